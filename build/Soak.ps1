#Requires -Version 7.4
<#
.SYNOPSIS
    The long fault soak (build.ps1 soak): tests/Pester/Core/Invoke-FaultSoak.ps1 for minutes instead of seconds,
    against its own emulator, printing its figures. Exits 1 when an item was lost silently or duplicated, a trigger
    was POSTed twice, or memory or sockets grew past the short soak's tolerances between the middle and the end.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [double] $Minutes = 3
)
$ErrorActionPreference = 'Stop'
$tests = Join-Path $PSScriptRoot '../tests/Pester'
Import-Module (Join-Path $ModulePath 'CircleCi.PowerShell.psd1')
Import-Module (Join-Path $tests 'Emulator.psm1')
$emulator = Start-CircleEmulator
try {
    $f = & (Join-Path $tests 'Core/Invoke-FaultSoak.ps1') -EmulatorUrl $emulator.Url -ArtifactUrl $emulator.OtherUrl `
        -Token (Get-CircleEmulatorToken) -Duration ([timespan]::FromMinutes($Minutes))
}
finally { Stop-CircleEmulator $emulator }

Write-Host ("Fault soak, {0} min: {1} rounds, {2} requests, {3} faults ({4})" -f $Minutes, $f.Rounds, $f.Requests, $f.Faults, $f.FaultKinds)
Write-Host ("  items {0}, errors reported {1} ({2}), duplicates {3}, silent losses {4}" -f $f.Items, $f.Errors, $f.ErrorIds, $f.Duplicates, $f.SilentLosses)
Write-Host ("  triggers {0}: {1} found after a lost answer, {2} outcome unknown, {3} POSTed twice ({4} sent again after a 429, as designed)" -f
    $f.Triggers, $f.TriggersFound, $f.TriggersUnknown, $f.TriggerPostedTwice, $f.TriggerResentAfter429)
foreach ($s in $f.Samples) { Write-Host ("  {0,-6} managed {1,7:0.00} MB, sockets {2}" -f $s.When, ($s.ManagedBytes / 1MB), $s.Sockets) }
foreach ($p in $f.Problems) { Write-Host "  problem: $p" -ForegroundColor Red }
$middle, $end = $f.Samples[1], $f.Samples[-1]
$grew = ($end.ManagedBytes - $middle.ManagedBytes) -ge 4MB -or ($null -ne $end.Sockets -and $end.Sockets - $middle.Sockets -gt 8)
if ($f.Problems.Count -gt 0 -or $f.SilentLosses -gt 0 -or $f.Duplicates -gt 0 -or $f.TriggerPostedTwice -gt 0 -or $grew) { exit 1 }
