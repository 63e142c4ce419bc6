# Picks the build for this PowerShell: net8.0 on PowerShell 7.4+, netstandard2.0 on Windows PowerShell 5.1.
# On PowerShell 7 the build and its dependencies load in the module's own AssemblyLoadContext, through the loader
# (bin/net8.0/CircleCi.PowerShell.Loader.dll, src/CircleCi.PowerShell.Loader): another module's Polly.Core, older or
# newer, loaded before or after ours, is not ours and ours is not theirs. The loader also honours
# CIRCLECI_POWERSHELL_FRAMEWORK=netstandard2.0 (the test suite runs the 5.1 build under pwsh 7 too) and turns a build
# that cannot load into one error saying why. Windows PowerShell has no load contexts; there the build's resolve
# handler (Module/ModuleInitializer.cs) answers its own assemblies' requests.
# Every statement here is paid on each import, and each kind of statement more than once: PowerShell compiles the
# parts of its script compiler this file uses (an if, a try, an environment variable, a method call...) the first time
# a session uses them (build.ps1 bench -Suite import -Breakdown measures it). So this file uses commands and one
# condition, and the choices are made in the loader's C#.
if ($IsCoreCLR) {
    # -ErrorAction Stop: a failure ends the import with one error (PowerShell 7.0-7.3 cannot load the net8.0 loader).
    Import-Module "$PSScriptRoot/bin/net8.0/CircleCi.PowerShell.Loader.dll" -ErrorAction Stop
    # Nothing comes back when this runspace imported the build before: the loader has then imported it (PowerShell#20710).
    $assembly = Get-CircleModuleAssembly $PSScriptRoot
    if ($assembly) { Import-Module -Assembly $assembly }
}
else { Import-Module "$PSScriptRoot/bin/netstandard2.0/CircleCi.PowerShell.dll" }
