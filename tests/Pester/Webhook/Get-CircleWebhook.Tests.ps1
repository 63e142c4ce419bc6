BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
}

Describe 'Get-CircleWebhook' {
    It 'lists a piped project''s webhooks by scope id, secret masked' {
        $api = Get-CircleProject gh/acme/api
        Clear-CircleEmulatorRequest
        $hook = $api | Get-CircleWebhook
        $hook | Should -BeOfType ([CircleCi.PowerShell.Models.Webhook])
        $hook.Name | Should -Be 'slack-notify'
        $hook.Events | Should -Be @('workflow-completed')
        $hook.VerifyTls | Should -BeTrue
        $hook.Scope.Id | Should -Be $api.Id
        $hook.SigningSecret | Should -Not -Be 'seeded-signing-secret'
        (Get-CircleEmulatorRequest)[0].query | Should -Be "scope-id=$($api.Id)&scope-type=project"
    }

    It 'gets by id with a per-item 404' {
        $hook = Get-CircleProject gh/acme/api | Get-CircleWebhook
        $got = Get-CircleWebhook -WebhookId $hook.Id, ([guid]::NewGuid()) -ErrorVariable e -ErrorAction SilentlyContinue
        $got.Id | Should -Be $hook.Id
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}
