BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'New-CircleWebhook' {
    BeforeEach {
        Connect-TestCircle
        $script:web = Get-CircleProject gh/acme/web
        Clear-CircleEmulatorRequest
    }

    It 'creates a webhook with the documented body and reads it back' {
        $hook = $web | New-CircleWebhook -Name deploys -Url https://hooks.example.com/deploy -Events workflow-completed, job-completed -SigningSecret 'whsec-7777'
        $body = (Get-CircleEmulatorRequest | Where-Object method -EQ POST).body | ConvertFrom-Json
        $body.scope.id | Should -Be $web.Id
        $body.scope.type | Should -Be 'project'
        $body.'verify-tls' | Should -BeTrue
        $body.'signing-secret' | Should -Be 'whsec-7777'
        $body.events | Should -Be @('workflow-completed', 'job-completed')
        $hook.SigningSecret | Should -Not -Be 'whsec-7777'
        (Get-CircleWebhook -WebhookId $hook.Id).Url | Should -Be 'https://hooks.example.com/deploy'
    }

    It 'refuses a URL that is not absolute http(s) before sending; -WhatIf sends nothing' {
        { $web | New-CircleWebhook -Name x -Url 'ftp://example.com' -SigningSecret s } | Should -Throw -ErrorId 'CircleCi.InvalidWebhookUrl*'
        { $web | New-CircleWebhook -Name x -Url 'hooks/relative' -SigningSecret s } | Should -Throw -ErrorId 'CircleCi.InvalidWebhookUrl*'
        $web | New-CircleWebhook -Name x -Url https://example.com -SigningSecret s -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'a missing project is a per-item error; Reader gets 403' {
        [guid]::NewGuid(), $web.Id | New-CircleWebhook -Name n -Url https://example.com -SigningSecret s -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        ($web | Get-CircleWebhook).Name | Should -Be 'n'
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        $web | New-CircleWebhook -Name n -Url https://example.com -SigningSecret s -ErrorVariable denied -ErrorAction SilentlyContinue
        $denied[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
