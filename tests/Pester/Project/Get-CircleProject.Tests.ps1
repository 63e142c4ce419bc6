BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
}

Describe 'Get-CircleProject' {
    It 'gets a project by slug: <Slug>' -ForEach @(
        @{ Slug = 'gh/acme/api' }
        @{ Slug = 'bb/acme/legacy' }
    ) {
        $project = Get-CircleProject -ProjectSlug $Slug
        $project | Should -BeOfType ([CircleCi.PowerShell.Models.Project])
        $project.Slug | Should -Be $Slug
        $project.VcsInfo.DefaultBranch | Should -Not -BeNullOrEmpty
    }

    It 'accepts long VCS names and circleci/ORG-ID/PROJECT-ID slugs, sent unescaped' {
        (Get-CircleProject github/acme/api).Slug | Should -Be 'gh/acme/api'
        $slug = (Get-CircleEmulatorSeed).projects | Where-Object { $_ -like 'circleci/*' } | Select-Object -First 1
        $slug | Should -Not -BeNullOrEmpty
        Clear-CircleEmulatorRequest
        (Get-CircleProject $slug).Slug | Should -Be $slug
        (Get-CircleEmulatorRequest)[0].path | Should -Be "/api/v2/project/$slug"
    }

    It 'binds Slug from piped objects' {
        $projects = [pscustomobject]@{ Slug = 'gh/acme/api' }, [pscustomobject]@{ ProjectSlug = 'gh/acme/web' } | Get-CircleProject
        $projects.Slug | Should -Be @('gh/acme/api', 'gh/acme/web')
    }
}
