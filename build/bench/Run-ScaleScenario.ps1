<#
.SYNOPSIS
    One scale run in a fresh pwsh: every pipeline of a project piped from Get-CirclePipeline to Measure-Object.
    Prints one JSON line: seconds, items, idle and peak memory.
#>
param(
    [Parameter(Mandatory)] [string] $EmulatorUrl,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $ProjectSlug = 'gh/acme/big'
)
$ErrorActionPreference = 'Stop'

. (Join-Path $PSScriptRoot 'BenchProcess.ps1')

Import-Module (Join-Path $ModulePath 'CircleCi.PowerShell.psd1')
Connect-Circle -Token $Token -ApiUrl $EmulatorUrl -SkipVerification -MaximumRetryCount 10 | Out-Null
[GC]::Collect()
$idle = Get-StatusMB 'VmRSS'
Wait-JitSettled

$watch = [Diagnostics.Stopwatch]::StartNew()
$items = (Get-CirclePipeline -ProjectSlug $ProjectSlug | Measure-Object).Count
$watch.Stop()
[ordered]@{
    seconds = [math]::Round($watch.Elapsed.TotalSeconds, 3); items = $items; idleMB = $idle; peakMB = Get-StatusMB 'VmHWM'
} | ConvertTo-Json -Compress
