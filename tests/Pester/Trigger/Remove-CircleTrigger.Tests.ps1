BeforeAll { . (Join-Path $PSScriptRoot '../PipelineDefinition/DefinitionTestSetup.ps1') }

Describe 'Remove-CircleTrigger' {
    BeforeEach {
        Reset-DefinitionTest
        $script:Trigger = $Definition | Get-CircleTrigger
        Clear-CircleEmulatorRequest
    }

    It 'deletes a piped trigger; it is then NotFound and no longer listed' {
        $Trigger | Remove-CircleTrigger -Confirm:$false
        (Get-CircleEmulatorRequest).method | Should -Be 'DELETE'
        @($Definition | Get-CircleTrigger) | Should -HaveCount 0
        $Trigger | Get-CircleTrigger -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'sends nothing with -WhatIf' {
        $Trigger | Remove-CircleTrigger -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
