<#
.SYNOPSIS
    Runs the Pester suite against one build of the assembled module, with one emulator for the whole run.
    Called by build.ps1 in a fresh pwsh per build (net8.0, netstandard2.0) so each run imports a clean module.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [ValidateSet('net8.0', 'netstandard2.0')] [string] $Framework,
    [Parameter(Mandatory)] [string] $ResultFile,
    [string] $Filter = $(if ($env:CIRCLECI_PESTER_FILTER) { $env:CIRCLECI_PESTER_FILTER } else { '*' }),
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
$repo = Resolve-Path (Join-Path $PSScriptRoot '../..')
$pesterManifest = Get-ChildItem (Join-Path $repo '.packages/pester') -Filter Pester.psd1 -Recurse | Select-Object -First 1
if (-not $pesterManifest) { throw 'Pester is not restored: run ./build.ps1 build first (it restores build/tools.proj).' }
Import-Module $pesterManifest.FullName -Force

# The module under test: tests import it through this path; the selector in the .psm1 honours the framework.
$env:CIRCLECI_POWERSHELL_FRAMEWORK = $Framework
$env:CIRCLECI_TEST_MODULE = Join-Path (Resolve-Path $ModulePath) 'CircleCi.PowerShell.psd1'
$env:CIRCLECI_TEST_CONFIGURATION = $Configuration
# Tests must never pick up a developer's real credentials.
foreach ($name in 'CIRCLE_TOKEN', 'CIRCLECI_TOKEN', 'CIRCLECI_CLI_TOKEN', 'CIRCLE_CLI_TOKEN', 'CIRCLE_HOST', 'CIRCLECI_CLI_HOST') {
    Remove-Item "env:$name" -ErrorAction SilentlyContinue
}

Import-Module (Join-Path $PSScriptRoot 'Emulator.psm1') -Force
$emulator = Start-CircleEmulator
$env:CIRCLECI_EMULATOR_URL = $emulator.Url
$env:CIRCLECI_EMULATOR_OTHER_URL = $emulator.OtherUrl
try {
    $config = New-PesterConfiguration
    $config.Run.Path = @(Get-ChildItem $PSScriptRoot -Recurse -Filter '*.Tests.ps1' | Where-Object FullName -Like $Filter | ForEach-Object FullName)
    $config.Run.PassThru = $true
    $config.Output.Verbosity = 'Normal'
    if ($env:CI) { $config.Output.RenderMode = 'Plaintext' }
    $config.Should.ErrorAction = 'Continue'
    $run = Invoke-Pester -Configuration $config
}
finally {
    Stop-CircleEmulator $emulator
}

$counts = [ordered]@{ Passed = $run.PassedCount; Failed = $run.FailedCount + $run.FailedBlocksCount + $run.FailedContainersCount; Skipped = $run.SkippedCount }
$counts | ConvertTo-Json | Set-Content -Path $ResultFile
Write-Host "pester ($Framework): $($counts.Passed) passed, $($counts.Failed) failed, $($counts.Skipped) skipped"
