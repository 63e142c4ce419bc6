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
try {
    Import-Module $Manifest -ErrorAction Stop
    'loaded: ' + [CircleCi.PowerShell.Models.Pipeline].Assembly.Location
    'commands: ' + @(Get-Command -Module CircleCi.PowerShell).Count
}
catch { 'failed: ' + $_.Exception.Message; 'module: ' + @(Get-Module CircleCi.PowerShell).Count }
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

    It 'fails the import with the versions it needs when the build cannot load' {
        $output = Invoke-Loader 'net99.0'
        ($output | Where-Object { $_ -like 'failed: *' }) | Should -Match 'could not load its net99\.0 build\. It needs PowerShell 7\.4 or later, or Windows PowerShell 5\.1; this is PowerShell 7\.'
        $output | Should -Contain 'module: 0'
    }
}
