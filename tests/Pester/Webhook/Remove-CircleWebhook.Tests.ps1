BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleWebhook' {
    BeforeEach { Connect-TestCircle }

    It 'deletes piped webhooks; 404 afterwards; a missing one is a per-item error' {
        $api = Get-CircleProject gh/acme/api
        $hook = $api | Get-CircleWebhook
        [guid]::NewGuid(), $hook.Id | Remove-CircleWebhook -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        $api | Get-CircleWebhook | Should -BeNullOrEmpty
        Get-CircleWebhook -WebhookId $hook.Id -ErrorVariable gone -ErrorAction SilentlyContinue
        $gone[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It '-WhatIf sends nothing; High impact; Reader gets 403' {
        $hook = Get-CircleProject gh/acme/api | Get-CircleWebhook
        Clear-CircleEmulatorRequest
        $hook | Remove-CircleWebhook -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        (Get-Command Remove-CircleWebhook).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        $hook | Remove-CircleWebhook -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
