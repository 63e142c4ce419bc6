BeforeAll { . (Join-Path $PSScriptRoot 'DefinitionTestSetup.ps1') }

Describe 'New-CirclePipelineDefinition' {
    BeforeEach { Reset-DefinitionTest }

    It 'creates a definition that reads the given file and checks out the other repository' {
        $new = New-CirclePipelineDefinition $Project.Id deploy -Description 'Deploys' -RepoExternalId 11 -ConfigFilePath .circleci/deploy.yml -CheckoutRepoExternalId 22 -Confirm:$false
        $new.ProjectId | Should -Be $Project.Id
        (Get-CircleEmulatorRequest).method | Should -Be 'POST'
        $stored = $new | Get-CirclePipelineDefinition
        $stored.ConfigSource.FilePath | Should -Be '.circleci/deploy.yml'
        $stored.ConfigSource.Repo.ExternalId | Should -Be '11'
        $stored.CheckoutSource.Repo.ExternalId | Should -Be '22'
        (Get-CirclePipelineDefinition $Project.Id).Name | Should -Be @('build', 'deploy')
    }

    It 'writes a NotFound error for an unknown project' {
        New-CirclePipelineDefinition ([guid]::NewGuid()) x -RepoExternalId 1 -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].TargetObject | Should -Be 'x'
    }

    It 'sends nothing with -WhatIf' {
        New-CirclePipelineDefinition $Project.Id x -RepoExternalId 1 -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
