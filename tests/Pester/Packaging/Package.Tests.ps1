# Packaging as users install it: build/Package.ps1 makes the Gallery .nupkg, Install-PSResource installs it from a
# local file repository into an empty module path, and a fresh pwsh imports it by name and calls the emulator.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $repo = Resolve-Path (Join-Path $PSScriptRoot '../../..')
    Import-Module (Join-Path $repo 'build/Help/HelpBuild.psm1') -Force
    $moduleFolder = Split-Path -Parent $env:CIRCLECI_TEST_MODULE

    # Runs a script in a fresh pwsh whose HOME (and so module path and PSResourceGet settings) is $EmptyHome.
    function Invoke-InEmptyHome([string] $EmptyHome, [string] $File, [string[]] $ArgumentList) {
        $saved = @{ HOME = $env:HOME; XDG_DATA_HOME = $env:XDG_DATA_HOME; XDG_CONFIG_HOME = $env:XDG_CONFIG_HOME; PSModulePath = $env:PSModulePath }
        try {
            $env:HOME = $EmptyHome
            Remove-Item env:XDG_DATA_HOME, env:XDG_CONFIG_HOME, env:PSModulePath -ErrorAction Ignore
            Invoke-ChildPwsh -File (Join-Path $PSScriptRoot $File) -ArgumentList $ArgumentList
        }
        finally {
            foreach ($entry in $saved.GetEnumerator()) { [Environment]::SetEnvironmentVariable($entry.Key, $entry.Value) }
        }
    }
}

Describe 'The module manifest' {
    It 'passes Test-ModuleManifest and carries what the Gallery shows' {
        $manifest = Test-ModuleManifest $env:CIRCLECI_TEST_MODULE
        $manifest.Name | Should -Be 'CircleCi.PowerShell'
        $manifest.Description | Should -Match 'CircleCI API'
        $manifest.CompatiblePSEditions | Should -Be @('Core', 'Desktop')
        $manifest.PowerShellVersion | Should -Be ([version]'5.1')
        $manifest.Tags | Should -Contain 'CircleCI'
        "$($manifest.ProjectUri)" | Should -Match '^https://'
        "$($manifest.LicenseUri)" | Should -Match '^https://.+/LICENSE$'
        $manifest.ReleaseNotes | Should -Not -BeNullOrEmpty
        @($manifest.ExportedCmdlets.Keys) | Should -Contain 'Connect-Circle'
        Test-Path (Join-Path $repo 'LICENSE') | Should -BeTrue
    }
}

Describe 'build/Package.ps1' {
    BeforeAll {
        $packages = Join-Path $TestDrive 'packages'
        & (Join-Path $repo 'build/Package.ps1') -ModulePath $moduleFolder -Destination $packages 6>$null
        $version = (Import-PowerShellDataFile $env:CIRCLECI_TEST_MODULE).ModuleVersion
        $nupkg = Join-Path $packages "CircleCi.PowerShell.$version.nupkg"
    }

    It 'writes CircleCi.PowerShell.<version>.nupkg with the module''s files and a nuspec' {
        Test-Path $nupkg | Should -BeTrue
        Add-Type -AssemblyName System.IO.Compression.FileSystem
        $zip = [System.IO.Compression.ZipFile]::OpenRead($nupkg)
        try { $entries = @($zip.Entries.FullName) } finally { $zip.Dispose() }
        foreach ($file in 'CircleCi.PowerShell.nuspec', 'CircleCi.PowerShell.psd1', 'CircleCi.PowerShell.psm1', 'LICENSE',
            'bin/net8.0/CircleCi.PowerShell.dll', 'bin/net8.0/CircleCi.PowerShell.Loader.dll', 'bin/netstandard2.0/CircleCi.PowerShell.dll',
            'en-US/CircleCi.PowerShell.dll-Help.xml', 'en-US/about_CircleCi.help.txt', 'CircleCi.PowerShell.Format.ps1xml') {
            $entries | Should -Contain $file
        }
    }

    It 'installs with Install-PSResource into an empty module path, imports by name and calls the emulator' {
        $emptyHome = Join-Path $TestDrive 'home'
        New-Item -ItemType Directory -Force $emptyHome | Out-Null
        $installed = Invoke-InEmptyHome $emptyHome 'Install-FromPackage.ps1' @('-PackageFolder', $packages)
        ($installed | Select-Object -Last 1) | Should -BeLike "$emptyHome*"

        Reset-CircleEmulator
        $json = Invoke-InEmptyHome $emptyHome 'Use-InstalledModule.ps1' @('-ApiUrl', $EmulatorUrl, '-Token', $AdminToken)
        $result = ($json | Select-Object -Last 1) | ConvertFrom-Json
        $result.ModuleBase | Should -BeLike "$emptyHome*"
        $result.Version | Should -Be $version
        $result.Slug | Should -Be 'gh/acme/api'
        $result.Examples | Should -BeLike '*Get-CircleProject gh/acme/api*'
        @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api').Count | Should -Be 1
    }
}
