# Picks the build for this PowerShell: net8.0 on PowerShell 7.4+, netstandard2.0 on Windows PowerShell 5.1.
# CIRCLECI_POWERSHELL_FRAMEWORK=netstandard2.0 forces the 5.1 build under pwsh 7 (the test suite runs both builds).
# Every statement here is paid on each import (build.ps1 bench measures it), and the first .NET method call, type
# conversion or -ErrorAction in a session costs tens of milliseconds of binder set-up: so the happy path uses plain
# variables and a try only, and the version is looked at only when the load failed (7.0-7.3 cannot load net8.0).
$framework = $env:CIRCLECI_POWERSHELL_FRAMEWORK
if (-not $framework) { if ($IsCoreCLR) { $framework = 'net8.0' } else { $framework = 'netstandard2.0' } }
# Module scope only: the nested import's failure becomes the one error the user sees, with its reason inside.
$ErrorActionPreference = 'Stop'
try { Import-Module "$PSScriptRoot/bin/$framework/CircleCi.PowerShell.dll" }
catch {
    throw "CircleCi.PowerShell could not load its $framework build: $($_.Exception.Message) It needs PowerShell 7.4 or later, or Windows PowerShell 5.1; this is PowerShell $($PSVersionTable.PSVersion)."
}
