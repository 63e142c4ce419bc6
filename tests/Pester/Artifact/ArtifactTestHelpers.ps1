# Dot-sourced by the Save-CircleArtifact tests in BeforeAll, after TestHelpers.ps1.

# A session that trusts the emulator's artifact host (as circleci.com trusts *.circle-artifacts.com).
function Connect-ArtifactCircle {
    param([switch] $Untrusted, [switch] $PassThru)
    Reset-CircleEmulator
    $trusted = if ($Untrusted) { @{} } else { @{ TrustedHost = $script:OtherUrl } }
    $session = Connect-Circle -Token $script:AdminToken -ApiUrl $script:EmulatorUrl @trusted -PassThru
    $session.RetryBaseDelay = [timespan]::FromMilliseconds(20)
    $session.MaxRetries = 2
    Clear-CircleEmulatorRequest
    Clear-CircleEmulatorRequest -Other
    Clear-CircleEmulatorRequest -Third
    if ($PassThru) { $session }
}
function New-Destination {
    $sandbox = Join-Path $TestDrive ([guid]::NewGuid().ToString('N'))
    New-Item -ItemType Directory $sandbox | Out-Null
    Join-Path $sandbox 'dest'
}
function Get-LeftOver([string] $Folder) { Get-ChildItem -LiteralPath $Folder -Recurse -Force -Filter '*.circle-part' -ErrorAction Ignore }
function Get-IdPath($Seeded) { ([uri]$Seeded.url).AbsolutePath }

# Save-CircleArtifact of one job in another runspace, to be stopped as Ctrl+C would: returns the PowerShell and its
# IAsyncResult (the caller disposes the PowerShell).
function Start-ArtifactSave([string] $Destination, [long] $JobNumber) {
    $ps = [powershell]::Create()
    $null = $ps.AddScript({
        param($module, $url, $token, $other, $dest, $job)
        Import-Module $module
        Connect-Circle -Token $token -ApiUrl $url -TrustedHost $other | Out-Null
        Save-CircleArtifact $dest gh/acme/api $job
    }).AddArgument($env:CIRCLECI_TEST_MODULE).AddArgument($script:EmulatorUrl).AddArgument($script:AdminToken).AddArgument($script:OtherUrl).AddArgument($Destination).AddArgument($JobNumber)
    [pscustomobject]@{ PowerShell = $ps; Async = $ps.BeginInvoke() }
}
