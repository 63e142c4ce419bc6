BeforeAll { . (Join-Path $PSScriptRoot '../PipelineDefinition/DefinitionTestSetup.ps1') }

Describe 'Set-CircleTrigger' {
    BeforeEach {
        Reset-DefinitionTest
        $script:Trigger = $Definition | Get-CircleTrigger
        Clear-CircleEmulatorRequest
    }

    It 'disables a piped trigger and changes its preset, keeping the rest' {
        $updated = $Trigger | Set-CircleTrigger -Disabled $true -EventPreset only-tags -Confirm:$false
        $updated.Disabled | Should -BeTrue
        $updated.EventPreset | Should -Be 'only-tags'
        $updated.EventSource.Provider | Should -Be 'github_app'
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'PATCH'
        $request.path | Should -Be "/api/v2/projects/$($Project.Id)/triggers/$($Trigger.Id)"
        ($Trigger | Get-CircleTrigger).Disabled | Should -BeTrue
        ($Trigger | Set-CircleTrigger -Disabled $false -Confirm:$false).Disabled | Should -BeFalse
    }

    It 'refuses an empty change and sends nothing with -WhatIf' {
        { $Trigger | Set-CircleTrigger -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.NothingToSet*'
        $Trigger | Set-CircleTrigger -Disabled $true -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
