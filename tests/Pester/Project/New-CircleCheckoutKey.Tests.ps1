BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'New-CircleCheckoutKey' {
    BeforeEach { Connect-TestCircle }

    It 'creates a deploy key by default and a user key on request' {
        $deploy = New-CircleCheckoutKey gh/acme/web
        $deploy.Type | Should -Be 'deploy-key'
        $deploy.ProjectSlug | Should -Be 'gh/acme/web'
        $user = New-CircleCheckoutKey gh/acme/web -Type user-key
        $user.Type | Should -Be 'github-user-key'
        (Get-CircleEmulatorRequest | Where-Object method -EQ POST).body | ForEach-Object { ($_ | ConvertFrom-Json).type } | Should -Be @('deploy-key', 'user-key')
        (Get-CircleCheckoutKey gh/acme/web).Fingerprint | Should -Be @($deploy.Fingerprint, $user.Fingerprint)
    }

    It '-WhatIf sends nothing' {
        New-CircleCheckoutKey gh/acme/web -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'gets 403 with the read-only token' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        New-CircleCheckoutKey gh/acme/web -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
