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

    It 'accepts long VCS names and circleci/<org-id>/<project-id> slugs, sent unescaped' {
        $collab = Get-CircleCollaboration | Where-Object Slug -Like 'circleci/*' | Select-Object -First 1
        $collab | Should -Not -BeNullOrEmpty
        $slug = (Get-CircleEmulatorRequest) | Out-Null
        $circleciProject = Get-CirclePipeline -OrgSlug $collab.Slug -MaxPages 1 -ErrorAction SilentlyContinue | Select-Object -First 1
        if ($circleciProject) {
            $project = Get-CircleProject $circleciProject.ProjectSlug
            $project.Slug | Should -BeLike 'circleci/*/*'
            (Get-CircleEmulatorRequest -Path "/api/v2/project/$($circleciProject.ProjectSlug)").Count | Should -BeGreaterThan 0
        }
        else {
            Set-ItResult -Inconclusive -Because 'the emulator lists no pipelines for the circleci org'
        }
    }

    It 'binds Slug from piped objects' {
        $projects = [pscustomobject]@{ Slug = 'gh/acme/api' }, [pscustomobject]@{ ProjectSlug = 'gh/acme/web' } | Get-CircleProject
        $projects.Slug | Should -Be @('gh/acme/api', 'gh/acme/web')
    }
}
