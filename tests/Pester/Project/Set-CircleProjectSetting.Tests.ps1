BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Set-CircleProjectSetting' {
    BeforeEach { Connect-TestCircle }

    It 'sends only the settings given and keeps the others' {
        $after = Set-CircleProjectSetting gh/acme/api -AutocancelBuilds $true -SetGithubStatus $false -PassThru
        $patch = Get-CircleEmulatorRequest | Where-Object method -EQ PATCH
        $patch.path | Should -Be '/api/v2/project/gh/acme/api/settings'
        $sent = ($patch.body | ConvertFrom-Json -AsHashtable).advanced
        $sent.Keys | Sort-Object | Should -Be @('autocancel_builds', 'set_github_status')
        $after.AutocancelBuilds | Should -BeTrue
        $after.SetGithubStatus | Should -BeFalse
        (Get-CircleProjectSetting gh/acme/api).BuildPrsOnly | Should -BeFalse
    }

    It 'sets branch overrides and applies to several projects from the pipeline' {
        Get-CircleProject gh/acme/api, gh/acme/web | Set-CircleProjectSetting -BuildPrsOnly $true -PrOnlyBranchOverrides main, release
        (Get-CircleProjectSetting gh/acme/web).PrOnlyBranchOverrides | Should -Be @('main', 'release')
        (Get-CircleProjectSetting gh/acme/api).BuildPrsOnly | Should -BeTrue
    }

    It 'refuses a call with no setting before sending' {
        { Set-CircleProjectSetting gh/acme/api } | Should -Throw -ErrorId 'CircleCi.NoSetting*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It '-WhatIf sends nothing' {
        Set-CircleProjectSetting gh/acme/api -Oss $true -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'gets 403 with the read-only token' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        Set-CircleProjectSetting gh/acme/api -Oss $true -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
