BeforeAll { . (Join-Path $PSScriptRoot 'DefinitionTestSetup.ps1') }

Describe 'Get-CirclePipelineDefinition' {
    BeforeEach { Reset-DefinitionTest }

    It 'lists the definitions of a piped project with their sources' {
        $defs = $Project | Get-CirclePipelineDefinition
        $defs | Should -HaveCount 1
        $defs | Should -BeOfType ([CircleCi.PowerShell.Models.PipelineDefinition])
        $defs.Name | Should -Be 'build'
        $defs.ProjectId | Should -Be $Project.Id
        $defs.ConfigSource.Provider | Should -Be 'github_app'
        $defs.ConfigSource.Repo.FullName | Should -Be 'acme/mobile'
        $defs.ConfigSource.FilePath | Should -Be '.circleci/config.yml'
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/projects/$($Project.Id)/pipeline-definitions"
    }

    It 'gets a definition by id, and an unknown one is a NotFound error' {
        ($Definition | Get-CirclePipelineDefinition).Description | Should -Be 'Build and test'
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/projects/$($Project.Id)/pipeline-definitions/$($Definition.Id)"
        Get-CirclePipelineDefinition $Project.Id ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
    }

    It 'is empty for a project without definitions' {
        @(Get-CirclePipelineDefinition (Get-CircleProject gh/acme/api).Id) | Should -HaveCount 0
    }
}
