# Dot-sourced by every *.Tests.ps1 in BeforeAll: imports the module under test and the emulator helpers.
$ErrorActionPreference = 'Stop'
if (-not $env:CIRCLECI_TEST_MODULE) {
    # Running one file by hand: use the assembled module in out/.
    $env:CIRCLECI_TEST_MODULE = Join-Path $PSScriptRoot '../../out/CircleCi.PowerShell/CircleCi.PowerShell.psd1'
}
Import-Module $env:CIRCLECI_TEST_MODULE
Import-Module (Join-Path $PSScriptRoot 'Emulator.psm1')
if (-not $env:CIRCLECI_EMULATOR_URL) {
    $script:OwnEmulator = Start-CircleEmulator
    $env:CIRCLECI_EMULATOR_URL = $script:OwnEmulator.Url
    $env:CIRCLECI_EMULATOR_OTHER_URL = $script:OwnEmulator.OtherUrl
}
$script:EmulatorUrl = $env:CIRCLECI_EMULATOR_URL
$script:OtherUrl = $env:CIRCLECI_EMULATOR_OTHER_URL
$script:AdminToken = Get-CircleEmulatorToken -Kind Admin

# A fresh emulator state and a default session with fast retries, for tests that need nothing special.
function Connect-TestCircle {
    param([string] $Token = $script:AdminToken, [switch] $PassThru)
    Reset-CircleEmulator
    $session = Connect-Circle -Token $Token -ApiUrl $script:EmulatorUrl -PassThru
    $session.RetryBaseDelay = [timespan]::FromMilliseconds(20)
    Clear-CircleEmulatorRequest   # tests count requests: the verification GET /me is not theirs
    if ($PassThru) { $session }
}
