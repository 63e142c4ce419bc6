BeforeAll { . (Join-Path $PSScriptRoot 'DefinitionTestSetup.ps1') }

Describe 'Remove-CirclePipelineDefinition' {
    BeforeEach { Reset-DefinitionTest }

    It 'deletes a piped definition with its triggers; reading it back is then NotFound' {
        $trigger = $Definition | Get-CircleTrigger
        $Definition | Remove-CirclePipelineDefinition -Confirm:$false
        (Get-CircleEmulatorRequest | Where-Object method -EQ DELETE).path | Should -Be "/api/v2/projects/$($Project.Id)/pipeline-definitions/$($Definition.Id)"
        @(Get-CirclePipelineDefinition $Project.Id) | Should -HaveCount 0
        $Definition | Get-CirclePipelineDefinition -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $trigger | Get-CircleTrigger -ErrorAction SilentlyContinue -ErrorVariable gone
        $gone[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'goes on after an unknown id' {
        Remove-CirclePipelineDefinition $Project.Id ([guid]::NewGuid()), $Definition.Id -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        @(Get-CirclePipelineDefinition $Project.Id) | Should -HaveCount 0
    }

    It 'sends nothing with -WhatIf' {
        $Definition | Remove-CirclePipelineDefinition -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
