BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'New-CircleProject' {
    BeforeEach { Connect-TestCircle }

    It 'creates a project in an organization by name (createProject) and it can be read back' {
        $org = Get-CircleCollaboration | Where-Object Slug -Like 'circleci/*'
        $project = $org | New-CircleProject -Name payments
        $project | Should -BeOfType ([CircleCi.PowerShell.Models.Project])
        $project.Name | Should -Be 'payments'
        $project.Slug | Should -BeLike "$($org.Slug)/*"
        ($project.Slug | Get-CircleProject).Id | Should -Be $project.Id
        $post = Get-CircleEmulatorRequest | Where-Object method -EQ POST
        $post.path | Should -Be "/api/v2/organization/$($org.Slug)/project"
        ($post.body | ConvertFrom-Json).name | Should -Be 'payments'
    }

    It 'answers 409 ResourceExists for a name already taken' {
        New-CircleProject -Organization gh/acme -Name api -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'sets up a GitHub repository (createProject1) and returns the project' {
        $project = New-CircleProject -ProjectSlug gh/acme/tools
        $project.Slug | Should -Be 'gh/acme/tools'
        (Get-CircleEmulatorRequest | Where-Object method -EQ POST).path | Should -Be '/api/v2/project/gh/acme/tools'
    }

    It 'refuses a circleci/ slug for createProject1 before sending' {
        New-CircleProject -ProjectSlug 'circleci/abc/def' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CircleCi.StandaloneProject*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It '-WhatIf sends nothing' {
        New-CircleProject -Organization gh/acme -Name x -WhatIf
        New-CircleProject -ProjectSlug gh/acme/x -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'gets 403 with the read-only token' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        New-CircleProject -Organization gh/acme -Name x -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
