# Picks the build for this PowerShell: net8.0 on PowerShell 7.4+, netstandard2.0 on Windows PowerShell 5.1.
# CIRCLECI_POWERSHELL_FRAMEWORK=netstandard2.0 forces the 5.1 build under pwsh 7 (the test suite runs both builds).
# On PowerShell 7 the build and its dependencies load in the module's own AssemblyLoadContext, through the loader
# (bin/net8.0/CircleCi.PowerShell.Loader.dll, src/CircleCi.PowerShell.Loader): another module's Polly.Core, older or
# newer, loaded before or after ours, is not ours and ours is not theirs. Windows PowerShell has no load contexts; there
# the build's resolve handler (Module/ModuleInitializer.cs) answers its own assemblies' requests.
# Every statement here is paid on each import (build.ps1 bench -Suite import measures it), and the first .NET method
# call, type conversion or -ErrorAction in a session costs tens of milliseconds of binder set-up: so the happy path
# uses plain variables, commands and a try only, and the version is looked at only when the load failed (7.0-7.3
# cannot load net8.0).
$framework = $env:CIRCLECI_POWERSHELL_FRAMEWORK
if (-not $framework) { if ($IsCoreCLR) { $framework = 'net8.0' } else { $framework = 'netstandard2.0' } }
# Module scope only: the nested import's failure becomes the one error the user sees, with its reason inside.
$ErrorActionPreference = 'Stop'
try {
    if ($IsCoreCLR) {
        Import-Module "$PSScriptRoot/bin/net8.0/CircleCi.PowerShell.Loader.dll"
        Import-CircleModuleAssembly "$PSScriptRoot/bin/$framework/CircleCi.PowerShell.dll"
    }
    else { Import-Module "$PSScriptRoot/bin/$framework/CircleCi.PowerShell.dll" }
}
catch {
    throw "CircleCi.PowerShell could not load its $framework build: $($_.Exception.Message.Trim()) It needs PowerShell 7.4 or later, or Windows PowerShell 5.1; this is PowerShell $($PSVersionTable.PSVersion)."
}
