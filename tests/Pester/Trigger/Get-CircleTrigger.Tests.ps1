BeforeAll { . (Join-Path $PSScriptRoot '../PipelineDefinition/DefinitionTestSetup.ps1') }

Describe 'Get-CircleTrigger' {
    BeforeEach { Reset-DefinitionTest }

    It 'lists the triggers of a piped definition' {
        $triggers = $Definition | Get-CircleTrigger
        $triggers | Should -HaveCount 1
        $triggers | Should -BeOfType ([CircleCi.PowerShell.Models.DefinitionTrigger])
        $triggers.EventPreset | Should -Be 'all-pushes'
        $triggers.EventSource.Provider | Should -Be 'github_app'
        $triggers.DefinitionId | Should -Be $Definition.Id
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/projects/$($Project.Id)/pipeline-definitions/$($Definition.Id)/triggers"
    }

    It 'gets triggers by id, and an unknown id is NotFound' {
        $listed = $Definition | Get-CircleTrigger
        Clear-CircleEmulatorRequest
        ($listed | Get-CircleTrigger).Id | Should -Be $listed.Id
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/projects/$($Project.Id)/triggers/$($listed.Id)"
        Get-CircleTrigger $Project.Id -TriggerId ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
    }
}
