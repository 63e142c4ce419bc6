# Picks the build for this PowerShell: net8.0 on PowerShell 7.4+, netstandard2.0 on Windows PowerShell 5.1.
# CIRCLECI_POWERSHELL_FRAMEWORK=netstandard2.0 forces the 5.1 build under pwsh 7 (the test suite runs both builds).
# Kept to a few statements: this script is compiled on every import (build.ps1 bench measures it). The binary
# module's cmdlets are exported through the manifest's CmdletsToExport, so no Export-ModuleMember is needed.
$framework = $env:CIRCLECI_POWERSHELL_FRAMEWORK
if (-not $framework) {
    if ($PSEdition -ne 'Core') { $framework = 'netstandard2.0' }
    elseif ($PSVersionTable.PSVersion -ge [version]'7.4') { $framework = 'net8.0' }
    else { throw "CircleCi.PowerShell needs PowerShell 7.4 or later (or Windows PowerShell 5.1); this is $($PSVersionTable.PSVersion)." }
}
Import-Module -Name "$PSScriptRoot/bin/$framework/CircleCi.PowerShell.dll" -ErrorAction Stop
