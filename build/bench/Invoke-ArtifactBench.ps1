<#
.SYNOPSIS
    The artifact benchmark: 200 artifacts of 1 MiB (at 0 and 50 ms latency) and one of 500 MiB, saved with
    Save-CircleArtifact, the API guide's recipe (wget, where installed), an Invoke-WebRequest loop and a raw
    sequential HttpClient loop, side by side in one run.
.DESCRIPTION
    Every run happens in a fresh pwsh (Run-ArtifactScenario.ps1) so memory and warm-up are measured alike for each
    client. Wall time: medians of -Runs runs, compared as ratios. Memory: peak resident set (VmHWM) minus the
    resident set just before the download (idle), for the large artifact. -ThrottleLimits also measures the module
    at other -ThrottleLimit values (how its default was chosen). Results: a table, and JSON in out/bench/.
    Targets (issue 4): at least 3x faster than the sequential recipe on the many-files case; at most 100 MB above
    idle while saving the 500 MiB file.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Runs = 3,
    [int] $Files = 200,
    [long] $FileSize = 1MB,
    [long] $LargeSize = 500MB,
    [int[]] $ThrottleLimits = @(),
    [string] $OutDirectory = (Join-Path $PSScriptRoot '../../out/bench')
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path
$repo = Resolve-Path (Join-Path $PSScriptRoot '../..')
Import-Module (Join-Path $repo 'tests/Pester/Emulator.psm1') -Force
$runner = Join-Path $PSScriptRoot 'Run-ArtifactScenario.ps1'
$work = Join-Path ([IO.Path]::GetTempPath()) ("artifact-bench-" + [guid]::NewGuid().ToString('N').Substring(0, 8))

function Get-Median([double[]] $values) {
    $sorted = $values | Sort-Object
    $n = $sorted.Count
    if ($n % 2) { $sorted[[int][math]::Floor($n / 2)] } else { ($sorted[$n / 2 - 1] + $sorted[$n / 2]) / 2 }
}

function Invoke-Run([string] $Client, [long] $JobNumber, [int] $ThrottleLimit = 0) {
    $destination = Join-Path $work ([guid]::NewGuid().ToString('N'))
    $arguments = @('-NoProfile', '-NonInteractive', '-File', $runner, '-Client', $Client, '-EmulatorUrl', $script:emulator.Url,
        '-OtherUrl', $script:emulator.OtherUrl, '-Token', $script:token, '-ModulePath', $ModulePath, '-JobNumber', $JobNumber,
        '-Destination', $destination, '-ThrottleLimit', $ThrottleLimit)
    try {
        $output = & dotnet pwsh @arguments
        if ($LASTEXITCODE -ne 0) { throw "Run $Client/$JobNumber failed: $output" }
        $output | Select-Object -Last 1 | ConvertFrom-Json
    }
    finally { Remove-Item -Recurse -Force -LiteralPath $destination -ErrorAction Ignore }
}

function Measure-Client([string] $Case, [string] $Client, [long] $JobNumber, [int] $LatencyMs, [long] $ExpectedBytes, [int] $ThrottleLimit = 0) {
    Set-CircleEmulatorLatency -Ms $LatencyMs
    $samples = 1..$Runs | ForEach-Object { Invoke-Run $Client $JobNumber $ThrottleLimit }
    foreach ($s in $samples) { if ($s.bytes -ne $ExpectedBytes) { throw "$Case/$Client saved $($s.bytes) bytes, expected $ExpectedBytes." } }
    [pscustomobject]@{
        Case = $Case; LatencyMs = $LatencyMs; Client = $(if ($ThrottleLimit) { "$Client (x$ThrottleLimit)" } else { $Client })
        MedianSeconds = [math]::Round((Get-Median $samples.seconds), 3)
        MiBPerSecond = [math]::Round($ExpectedBytes / 1MB / (Get-Median $samples.seconds), 1)
        IdleMB = Get-Median $samples.idleMB; PeakMB = Get-Median $samples.peakMB
        PeakOverIdleMB = [math]::Round((Get-Median ($samples | ForEach-Object { $_.peakMB - $_.idleMB })), 1)
    }
}

$clients = @('module', 'iwr', 'raw') + $(if (Get-Command wget -ErrorAction Ignore) { 'wget' })
New-Item -ItemType Directory -Force $OutDirectory, $work | Out-Null
$script:token = Get-CircleEmulatorToken -Kind Admin
$script:emulator = Start-CircleEmulator -BigPipelines 10
try {
    Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 90001 -Count $Files -Size $FileSize -PathFormat 'many/f{0:000}.bin' | Out-Null
    Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 90002 -Count 1 -Size $LargeSize -PathFormat 'large/big.bin' | Out-Null
    $rows = foreach ($latency in 0, 50) {
        Write-Host "$Files x $($FileSize / 1MB) MiB at $latency ms..." -ForegroundColor Cyan
        foreach ($client in $clients) { Measure-Client 'many' $client 90001 $latency ($Files * $FileSize) }
        foreach ($limit in $ThrottleLimits) { Measure-Client 'many' 'module' 90001 $latency ($Files * $FileSize) $limit }
    }
    Write-Host "1 x $($LargeSize / 1MB) MiB..." -ForegroundColor Cyan
    $rows = @($rows) + @(foreach ($client in $clients) { Measure-Client 'large' $client 90002 0 $LargeSize })
}
finally {
    Stop-CircleEmulator $script:emulator
    Remove-Item -Recurse -Force -LiteralPath $work -ErrorAction Ignore
}

function Ratio($a, $b) { if ($b) { [math]::Round($a / $b, 2) } }
$ratios = foreach ($key in 'many/0', 'many/50', 'large/0') {
    $case, $latency = $key -split '/'
    $pick = { param($c) ($rows | Where-Object { $_.Case -eq $case -and $_.LatencyMs -eq [int]$latency -and $_.Client -eq $c }).MedianSeconds }
    $module = & $pick 'module'
    [pscustomobject]@{
        Case = $key
        IwrOverModule = Ratio (& $pick 'iwr') $module
        WgetOverModule = Ratio (& $pick 'wget') $module
        RawOverModule = Ratio (& $pick 'raw') $module
    }
}
$largeModule = $rows | Where-Object { $_.Case -eq 'large' -and $_.Client -eq 'module' }
$targets = [ordered]@{
    fasterThanSequentialRecipeAt50ms = ($ratios | Where-Object Case -eq 'many/50').IwrOverModule
    atLeast3x = (($ratios | Where-Object Case -eq 'many/50').IwrOverModule -ge 3)
    largePeakOverIdleMB = $largeModule.PeakOverIdleMB
    within100MB = ($largeModule.PeakOverIdleMB -le 100)
}
$report = [ordered]@{
    date = (Get-Date).ToUniversalTime().ToString('o'); machine = "$([Environment]::ProcessorCount) cores"; runs = $Runs
    files = $Files; fileSize = $FileSize; largeSize = $LargeSize; results = $rows; ratios = $ratios; targets = $targets
}
$file = Join-Path $OutDirectory ("artifacts-" + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.json')
$report | ConvertTo-Json -Depth 5 | Set-Content $file
$report | ConvertTo-Json -Depth 5 | Set-Content (Join-Path $OutDirectory 'artifacts-latest.json')
Write-Host "`nArtifact downloads (median seconds; memory in MB)" -ForegroundColor Cyan; $rows | Format-Table -AutoSize | Out-Host
Write-Host 'Ratios (other client time / module time: higher is better for the module)' -ForegroundColor Cyan; $ratios | Format-Table -AutoSize | Out-Host
Write-Host 'Targets' -ForegroundColor Cyan; [pscustomobject]$targets | Format-List | Out-Host
Write-Host "Results written to $file"
