BeforeAll { . (Join-Path $PSScriptRoot '../PipelineDefinition/DefinitionTestSetup.ps1') }

Describe 'New-CircleTrigger' {
    BeforeEach { Reset-DefinitionTest }

    It 'adds a webhook trigger whose URL comes back, and it is listed' {
        $t = $Definition | New-CircleTrigger -EventSource webhook -WebhookSender Jira -EventName jira-release -CheckoutRef main -ConfigRef main -Confirm:$false
        $t.EventSource.Webhook.Url | Should -Match $t.Id
        $t.EventSource.Webhook.Sender | Should -Be 'Jira'
        $t.CheckoutRef | Should -Be 'main'
        (Get-CircleEmulatorRequest).method | Should -Be 'POST'
        ($Definition | Get-CircleTrigger).Id | Should -Contain $t.Id
    }

    It 'adds a disabled GitHub App trigger for tags' {
        $t = $Definition | New-CircleTrigger -EventSource github_app -RepoExternalId 741852963 -EventPreset only-tags -Disabled -Confirm:$false
        $t.Disabled | Should -BeTrue
        $t.EventSource.Repo.ExternalId | Should -Be '741852963'
    }

    It 'needs -RepoExternalId for a github_app trigger, before sending' {
        { $Definition | New-CircleTrigger -EventSource github_app -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.RepoRequired*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sends nothing with -WhatIf' {
        $Definition | New-CircleTrigger -EventSource webhook -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
