# Dependency isolation on PowerShell 7 (issue 17): the module's Polly.Core loads in the module's own
# AssemblyLoadContext, so another component's Polly.Core 8.x (all share assembly version 8.0.0.0) loaded before the
# module does not replace ours, and one loaded after it is not refused. Each case runs in a fresh pwsh with an older
# Polly.Core from NuGet (build/tools.proj restores it into .packages), under the build this run tests.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $repo = Resolve-Path (Join-Path $PSScriptRoot '../../..')
    Import-Module (Join-Path $repo 'build/Help/HelpBuild.psm1') -Force

    $otherPolly = Get-ChildItem (Join-Path $repo '.packages/polly.core') -Recurse -Filter Polly.Core.dll |
        Where-Object { $_.Directory.Name -eq 'net8.0' } | Select-Object -First 1 -ExpandProperty FullName
    if (-not $otherPolly) { throw 'An older Polly.Core is not restored: run ./build.ps1 build first (it restores build/tools.proj).' }
    $otherVersion = [Diagnostics.FileVersionInfo]::GetVersionInfo($otherPolly).FileVersion
    $framework = if ($env:CIRCLECI_POWERSHELL_FRAMEWORK) { $env:CIRCLECI_POWERSHELL_FRAMEWORK } else { 'net8.0' }
    $buildFolder = Join-Path (Split-Path -Parent $env:CIRCLECI_TEST_MODULE) "bin/$framework"
    $ourVersion = [Diagnostics.FileVersionInfo]::GetVersionInfo((Join-Path $buildFolder 'Polly.Core.dll')).FileVersion

    function Invoke-BesideOtherPolly([string] $When) {
        Reset-CircleEmulator
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'status'; statusCode = 503; count = 1 }
        $json = Invoke-ChildPwsh -File (Join-Path $PSScriptRoot 'Use-BesideOtherPolly.ps1') -ArgumentList @(
            '-Manifest', $env:CIRCLECI_TEST_MODULE, '-OtherPolly', $otherPolly, '-When', $When, '-ApiUrl', $EmulatorUrl, '-Token', $AdminToken)
        ($json | Select-Object -Last 1) | ConvertFrom-Json
    }
}

Describe 'Another Polly.Core in the same PowerShell' {
    It 'is an older 8.x than ours (the case the isolation is for)' {
        [version]$otherVersion | Should -BeLessThan ([version]$ourVersion)
        $otherVersion | Should -BeLike '8.*'
    }

    It 'loaded <_> the module: the module retries on its own copy, the other component on its copy' -ForEach 'Before', 'After' {
        $result = Invoke-BesideOtherPolly $_

        # The module works, through its retry pipeline (one 503, then the answer).
        $result.Slug | Should -Be 'gh/acme/api'
        $result.Login | Should -Be 'ada'
        $result.RetriesSeen | Should -Be 1
        @(Get-CircleEmulatorRequest -Path '/api/v2/me').Count | Should -Be 2

        # ... on the Polly.Core it ships, in its own load context.
        $result.Module.Context | Should -Be 'CircleCi.PowerShell'
        $result.Module.Location | Should -BeLike "*[\/]bin[\/]$framework[\/]CircleCi.PowerShell.dll"
        $result.ModulePolly.Context | Should -Be 'CircleCi.PowerShell'
        $result.ModulePolly.FileVersion | Should -Be $ourVersion
        $result.ModulePolly.Location | Should -Be (Join-Path $buildFolder 'Polly.Core.dll')

        # The other component's copy loaded (after the module, too) and its retry ran: two attempts.
        $result.OtherPolly.Context | Should -Be 'Default'
        $result.OtherPolly.FileVersion | Should -Be $otherVersion
        $result.OtherAttempts | Should -Be 2
        $result.SamePolly | Should -BeFalse
        $result.PollyCopies | Should -Be 2
    }

    It 'keeps the runtime''s System.Text.Json: one copy, in the default context' {
        $result = Invoke-BesideOtherPolly 'After'
        $result.ModuleContextNames | Should -Not -Contain 'System.Text.Json'
        @($result.TextJsonContexts) | Should -Be @('Default')
        $result.ModuleContextNames | Should -Contain 'Polly.Core'
        if (Test-Path (Join-Path $buildFolder 'Microsoft.Bcl.TimeProvider.dll')) {
            # The netstandard2.0 build's Polly.Core references it; the runtime does not ship it.
            $result.ModuleContextNames | Should -Contain 'Microsoft.Bcl.TimeProvider'
        }
    }
}
