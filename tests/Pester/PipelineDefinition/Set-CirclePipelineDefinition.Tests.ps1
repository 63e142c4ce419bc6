BeforeAll { . (Join-Path $PSScriptRoot 'DefinitionTestSetup.ps1') }

Describe 'Set-CirclePipelineDefinition' {
    BeforeEach { Reset-DefinitionTest }

    It 'changes only what is given, on a piped definition' {
        $updated = $Definition | Set-CirclePipelineDefinition -ConfigFilePath .circleci/build.yml -Confirm:$false
        $updated.ConfigSource.FilePath | Should -Be '.circleci/build.yml'
        $updated.Name | Should -Be 'build'
        $updated.ConfigSource.Repo.ExternalId | Should -Be $Definition.ConfigSource.Repo.ExternalId
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'PATCH'
        $request.path | Should -Be "/api/v2/projects/$($Project.Id)/pipeline-definitions/$($Definition.Id)"
        ($Definition | Get-CirclePipelineDefinition).ConfigSource.FilePath | Should -Be '.circleci/build.yml'
    }

    It 'refuses to send an empty change' {
        { $Definition | Set-CirclePipelineDefinition -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.NothingToSet*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf' {
        $Definition | Set-CirclePipelineDefinition -Name other -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
