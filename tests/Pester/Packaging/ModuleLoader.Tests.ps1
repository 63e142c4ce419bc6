# The .psm1 that picks the build for the running PowerShell: in a fresh pwsh, it loads the build asked for, and a
# build that cannot load ends the import with a message naming the PowerShell versions it needs.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $repo = Resolve-Path (Join-Path $PSScriptRoot '../../..')
    Import-Module (Join-Path $repo 'build/Help/HelpBuild.psm1') -Force

    # Imports the module in a fresh pwsh with CIRCLECI_POWERSHELL_FRAMEWORK set; returns what the child printed.
    function Invoke-Loader([string] $Framework) {
        $script = Join-Path $TestDrive "load-$Framework.ps1"
        Set-Content $script @'
param($Manifest)
# Through the PowerShell API, so the records written to the error stream before the import fails can be counted:
# each is one more error on the user's screen.
$ps = [powershell]::Create('CurrentRunspace').AddCommand('Import-Module').AddArgument($Manifest)
try {
    $null = $ps.Invoke()
    'loaded: ' + [CircleCi.PowerShell.Models.Pipeline].Assembly.Location
    'commands: ' + @(Get-Command -Module CircleCi.PowerShell).Count
}
catch { 'failed: ' + $_.Exception.InnerException.Message; 'module: ' + @(Get-Module CircleCi.PowerShell).Count }
'error records: ' + $ps.Streams.Error.Count
'@
        $saved = $env:CIRCLECI_POWERSHELL_FRAMEWORK
        try {
            $env:CIRCLECI_POWERSHELL_FRAMEWORK = $Framework
            Invoke-ChildPwsh -File $script -ArgumentList '-Manifest', $env:CIRCLECI_TEST_MODULE
        }
        finally { $env:CIRCLECI_POWERSHELL_FRAMEWORK = $saved }
    }
}

Describe 'The module loader' {
    It 'loads the <_> build when asked for it, with every cmdlet' -ForEach 'net8.0', 'netstandard2.0' {
        $output = Invoke-Loader $_
        $output | Should -Contain "commands: $((Test-ModuleManifest $env:CIRCLECI_TEST_MODULE).ExportedCmdlets.Count)"
        ($output | Where-Object { $_ -like 'loaded: *' }) | Should -BeLike "*[\/]bin[\/]$_[\/]CircleCi.PowerShell.dll"
    }

    It 'fails the import with one error naming the versions it needs and why the build did not load' {
        $output = Invoke-Loader 'net99.0'
        ($output | Where-Object { $_ -like 'failed: *' }) | Should -Match 'could not load its net99\.0 build: .*net99\.0.* It needs PowerShell 7\.4 or later, or Windows PowerShell 5\.1; this is PowerShell 7\.'
        $output | Should -Contain 'error records: 0'
        $output | Should -Contain 'module: 0'
    }
}
