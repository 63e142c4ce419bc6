BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Set-CircleContextVariable' {
    BeforeEach {
        Connect-TestCircle
        $script:ctx = Get-CircleContext gh/acme -Name deploy-prod
        Clear-CircleEmulatorRequest
    }

    It 'adds a variable with PUT, value in the body, and reads it back' {
        $stored = $ctx | Set-CircleContextVariable -Name DB_PASSWORD -Value 'db-pass-4321' -PassThru
        $stored.Variable | Should -Be 'DB_PASSWORD'
        $put = Get-CircleEmulatorRequest | Where-Object method -EQ PUT
        $put.path | Should -Be "/api/v2/context/$($ctx.Id)/environment-variable/DB_PASSWORD"
        ($put.body | ConvertFrom-Json).value | Should -Be 'db-pass-4321'
        ($ctx | Get-CircleContextVariable).Variable | Should -Contain 'DB_PASSWORD'
    }

    It 'updates an existing variable (UpdatedAt moves, CreatedAt stays)' {
        $before = $ctx | Get-CircleContextVariable -Name AWS_ACCESS_KEY_ID
        $after = $ctx | Set-CircleContextVariable -Name AWS_ACCESS_KEY_ID -Value (ConvertTo-SecureString 'AKIANEW' -AsPlainText -Force) -PassThru
        $after.CreatedAt | Should -Be $before.CreatedAt
        $after.UpdatedAt | Should -BeGreaterThan $before.UpdatedAt
    }

    It 'refuses invalid names before sending; -WhatIf sends nothing' {
        { $ctx | Set-CircleContextVariable -Name 'bad name' -Value x } | Should -Throw -ErrorId 'CircleCi.InvalidVariableName*'
        $ctx | Set-CircleContextVariable -Variable @{ A = 'x'; B = 'y' } -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'sets on several contexts; a missing one does not stop the others; Reader gets 403' {
        $other = Get-CircleContext gh/acme -Name shared-02
        $ctx.Id, [guid]::NewGuid(), $other.Id | Set-CircleContextVariable -Name SHARED -Value s -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        ($other | Get-CircleContextVariable -Name SHARED) | Should -Not -BeNullOrEmpty
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        Set-CircleContextVariable $ctx.Id -Name X -Value y -ErrorVariable denied -ErrorAction SilentlyContinue
        $denied[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
