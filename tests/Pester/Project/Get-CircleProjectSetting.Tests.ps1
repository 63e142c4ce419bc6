BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
}

Describe 'Get-CircleProjectSetting' {
    It 'reads the advanced settings from /project/{provider}/{org}/{project}/settings' {
        $settings = Get-CircleProjectSetting gh/acme/api
        $settings | Should -BeOfType ([CircleCi.PowerShell.Models.ProjectSettings])
        $settings.ProjectSlug | Should -Be 'gh/acme/api'
        $settings.SetGithubStatus | Should -BeTrue
        $settings.PrOnlyBranchOverrides | Should -Be @('main')
        (Get-CircleEmulatorRequest)[-1].path | Should -Be '/api/v2/project/gh/acme/api/settings'
    }

    It 'binds from Get-CircleProject and reports a missing project per item' {
        $all = 'gh/acme/nope', 'gh/acme/web' | Get-CircleProjectSetting -ErrorVariable e -ErrorAction SilentlyContinue
        $all.ProjectSlug | Should -Be 'gh/acme/web'
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        (Get-CircleProject gh/acme/api | Get-CircleProjectSetting).ProjectSlug | Should -Be 'gh/acme/api'
    }
}
