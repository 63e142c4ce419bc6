BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Set-CircleWebhook' {
    BeforeEach {
        Connect-TestCircle
        $script:hook = Get-CircleProject gh/acme/api | Get-CircleWebhook
        Clear-CircleEmulatorRequest
    }

    It 'sends only the fields given (PUT) and keeps the rest' {
        $after = $hook | Set-CircleWebhook -Url https://hooks.example.com/v2 -VerifyTls $false -PassThru
        $put = Get-CircleEmulatorRequest | Where-Object method -EQ PUT
        $put.path | Should -Be "/api/v2/webhook/$($hook.Id)"
        ($put.body | ConvertFrom-Json -AsHashtable).Keys | Sort-Object | Should -Be @('url', 'verify-tls')
        $after.Url | Should -Be 'https://hooks.example.com/v2'
        $after.VerifyTls | Should -BeFalse
        $after.Name | Should -Be 'slack-notify'
    }

    It 'rotates the signing secret' {
        $hook | Set-CircleWebhook -SigningSecret (ConvertTo-SecureString 'rotated-9999' -AsPlainText -Force)
        ((Get-CircleEmulatorRequest | Where-Object method -EQ PUT).body | ConvertFrom-Json).'signing-secret' | Should -Be 'rotated-9999'
        (Get-CircleWebhook -WebhookId $hook.Id).SigningSecret | Should -BeLike '*9999'
    }

    It 'refuses no change or a bad URL before sending; -WhatIf sends nothing; Reader gets 403' {
        { $hook | Set-CircleWebhook } | Should -Throw -ErrorId 'CircleCi.NoChange*'
        { $hook | Set-CircleWebhook -Url 'not a url' } | Should -Throw -ErrorId 'CircleCi.InvalidWebhookUrl*'
        $hook | Set-CircleWebhook -NewName x -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        $hook | Set-CircleWebhook -NewName x -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
