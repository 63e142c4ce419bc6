# The .psm1 that picks the build for the running PowerShell: in a fresh pwsh, it loads the build asked for, and a
# build that cannot load ends the import with a message naming the PowerShell versions it needs.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $repo = Resolve-Path (Join-Path $PSScriptRoot '../../..')
    Import-Module (Join-Path $repo 'build/Help/HelpBuild.psm1') -Force

    # Imports the module in a fresh pwsh with CIRCLECI_POWERSHELL_FRAMEWORK set; returns what the child printed.
    function Invoke-Loader([string] $Framework) {
        $script = Join-Path $TestDrive "load-$Framework.ps1"
        Set-Content $script @'
param($Manifest)
# Through the PowerShell API, so the records written to the error stream before the import fails can be counted:
# each is one more error on the user's screen.
$ps = [powershell]::Create('CurrentRunspace').AddCommand('Import-Module').AddArgument($Manifest)
try {
    $null = $ps.Invoke()
    'loaded: ' + [CircleCi.PowerShell.Models.Pipeline].Assembly.Location
    'commands: ' + @(Get-Command -Module CircleCi.PowerShell).Count
}
catch { 'failed: ' + $_.Exception.InnerException.Message; 'module: ' + @(Get-Module CircleCi.PowerShell).Count }
'error records: ' + $ps.Streams.Error.Count
'@
        $saved = $env:CIRCLECI_POWERSHELL_FRAMEWORK
        try {
            $env:CIRCLECI_POWERSHELL_FRAMEWORK = $Framework
            Invoke-ChildPwsh -File $script -ArgumentList '-Manifest', $env:CIRCLECI_TEST_MODULE
        }
        finally { $env:CIRCLECI_POWERSHELL_FRAMEWORK = $saved }
    }

    # Imports, re-imports and removes the module in one fresh pwsh, calling a cmdlet after each step.
    function Invoke-Reimport([string] $Framework) {
        $script = Join-Path $TestDrive "reimport-$Framework.ps1"
        Set-Content $script @'
param($Manifest)
$ErrorActionPreference = 'Stop'
function Show([string] $Step) {
    $session = Connect-Circle -Token "token-$Step" -ApiUrl 'http://127.0.0.1:9' -SkipVerification -PassThru
    "${Step}: $(@(Get-Command -Module CircleCi.PowerShell).Count) commands, session for $($session.ApiUrl)"
}
Import-Module $Manifest; Show 'import'
Import-Module $Manifest -Force; Show 'force 1'
Import-Module $Manifest -Force; Show 'force 2'
Remove-Module CircleCi.PowerShell; Import-Module $Manifest; Show 'remove, import'
$assembly = (Get-Command Connect-Circle).ImplementingType.Assembly
'context: ' + [System.Runtime.Loader.AssemblyLoadContext]::GetLoadContext($assembly).Name
'copies: ' + @([AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'CircleCi.PowerShell' }).Count
'loader visible: ' + [bool](Get-Command Get-CircleModuleAssembly -ErrorAction SilentlyContinue)
# Code compiled against the module from the default load context binds to the cmdlets' own copy.
$references = $assembly.Location, [psobject].Assembly.Location, (Join-Path ([System.Runtime.InteropServices.RuntimeEnvironment]::GetRuntimeDirectory()) 'netstandard.dll')
Add-Type -ReferencedAssemblies $references -CompilerOptions '/nowarn:CS1701' -TypeDefinition 'public static class CircleProbe { public static System.Type SessionType() { return typeof(CircleCi.PowerShell.Core.CircleSession); } }'
'compiled against it: ' + ([CircleProbe]::SessionType() -eq (Get-CircleSession).GetType())
'@
        $saved = $env:CIRCLECI_POWERSHELL_FRAMEWORK
        try {
            $env:CIRCLECI_POWERSHELL_FRAMEWORK = $Framework
            Invoke-ChildPwsh -File $script -ArgumentList '-Manifest', $env:CIRCLECI_TEST_MODULE
        }
        finally { $env:CIRCLECI_POWERSHELL_FRAMEWORK = $saved }
    }
}

Describe 'The module loader' {
    It 'loads the <_> build when asked for it, with every cmdlet' -ForEach 'net8.0', 'netstandard2.0' {
        $output = Invoke-Loader $_
        $output | Should -Contain "commands: $((Test-ModuleManifest $env:CIRCLECI_TEST_MODULE).ExportedCmdlets.Count)"
        ($output | Where-Object { $_ -like 'loaded: *' }) | Should -BeLike "*[\/]bin[\/]$_[\/]CircleCi.PowerShell.dll"
    }

    It 'fails the import with one error naming the versions it needs and why the build did not load' {
        $output = Invoke-Loader 'net99.0'
        ($output | Where-Object { $_ -like 'failed: *' }) | Should -Match 'could not load its net99\.0 build: .*net99\.0.* It needs PowerShell 7\.4 or later, or Windows PowerShell 5\.1; this is PowerShell 7\.'
        $output | Should -Contain 'error records: 0'
        $output | Should -Contain 'module: 0'
    }

    It 'loads the <_> build in the module''s own load context, and keeps every cmdlet through Import-Module -Force and Remove-Module' -ForEach 'net8.0', 'netstandard2.0' {
        # PowerShell/PowerShell#20710: an assembly imported a second time in a runspace exported nothing.
        $count = (Test-ModuleManifest $env:CIRCLECI_TEST_MODULE).ExportedCmdlets.Count
        $output = Invoke-Reimport $_
        foreach ($step in 'import', 'force 1', 'force 2', 'remove, import') {
            $output | Should -Contain "${step}: $count commands, session for http://127.0.0.1:9"
        }
        $output | Should -Contain 'context: CircleCi.PowerShell'
        $output | Should -Contain 'copies: 1'
        $output | Should -Contain 'loader visible: False'
        $output | Should -Contain 'compiled against it: True'
    }
}
