<#
.SYNOPSIS
    The scale benchmark: every pipeline of a project of 10,000 and of 100,000 (5,000 pages) piped from
    Get-CirclePipeline to Measure-Object at 0 ms, each run in a fresh pwsh (Run-ScaleScenario.ps1).
.DESCRIPTION
    Targets: time grows linearly with the items (the time per item at 100,000 at most 1.25x that at 10,000), and peak
    memory stays at most 50 MB above the idle process at both sizes, since a listing streams. Medians of -Runs runs
    after a discarded warm-up; JSON in out/bench/scale-latest.json.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Runs = 3,
    [int[]] $Sizes = @(10000, 100000),
    [string] $OutDirectory = (Join-Path $PSScriptRoot '../../out/bench')
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path
$repo = Resolve-Path (Join-Path $PSScriptRoot '../..')
Import-Module (Join-Path $repo 'tests/Pester/Emulator.psm1') -Force
$runner = Join-Path $PSScriptRoot 'Run-ScaleScenario.ps1'
. (Join-Path $PSScriptRoot 'BenchTurns.ps1')

New-Item -ItemType Directory -Force $OutDirectory | Out-Null
$savedCacheHome = $env:XDG_CACHE_HOME
$env:XDG_CACHE_HOME = Join-Path $OutDirectory 'cache/scale-module'
$token = Get-CircleEmulatorToken -Kind Admin
$rows = foreach ($size in $Sizes) {
    Write-Host "$size pipelines piped to Measure-Object..." -ForegroundColor Cyan
    # One emulator per size: the project holds exactly that many pipelines.
    $emulator = Start-CircleEmulator -BigPipelines $size -NoContract -TimeoutSeconds 120
    try {
        $samples = Invoke-InTurns @('module') $Runs {
            $output = & dotnet pwsh -NoProfile -NonInteractive -File $runner -EmulatorUrl $emulator.Url -Token $token -ModulePath $ModulePath
            if ($LASTEXITCODE -ne 0) { throw "Scale run at $size failed: $output" }
            $result = $output | Select-Object -Last 1 | ConvertFrom-Json
            if ($result.items -ne $size) { throw "Listed $($result.items) pipelines, expected $size." }
            $result
        }
    }
    finally {
        Stop-CircleEmulator $emulator
    }
    $s = $samples['module']
    $seconds = Get-Median $s.seconds
    [pscustomobject]@{
        Items = $size; MedianSeconds = [math]::Round($seconds, 3); MicrosecondsPerItem = [math]::Round($seconds * 1e6 / $size, 1)
        IdleMB = Get-Median $s.idleMB; PeakMB = Get-Median $s.peakMB
        PeakOverIdleMB = [math]::Round((Get-Median ($s | ForEach-Object { $_.peakMB - $_.idleMB })), 1)
    }
}
$env:XDG_CACHE_HOME = $savedCacheHome

$small, $large = ($rows | Sort-Object Items)[0, -1]
$report = [ordered]@{
    date = (Get-Date).ToUniversalTime().ToString('o'); machine = "$([Environment]::ProcessorCount) cores"; runs = $Runs; results = $rows
    targets = [ordered]@{
        perItemGrowth = [math]::Round($large.MicrosecondsPerItem / $small.MicrosecondsPerItem, 2)
        worstPeakOverIdleMB = ($rows | Measure-Object PeakOverIdleMB -Maximum).Maximum
    }
}
$file = Join-Path $OutDirectory ("scale-" + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.json')
$report | ConvertTo-Json -Depth 5 | Set-Content $file
$report | ConvertTo-Json -Depth 5 | Set-Content (Join-Path $OutDirectory 'scale-latest.json')
Write-Host "`nScale (median seconds; memory in MB)" -ForegroundColor Cyan; $rows | Format-Table -AutoSize | Out-Host
Write-Host "Results written to $file"
