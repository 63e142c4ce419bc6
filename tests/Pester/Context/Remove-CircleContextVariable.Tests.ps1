BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleContextVariable' {
    BeforeEach {
        Connect-TestCircle
        $script:ctx = Get-CircleContext gh/acme -Name deploy-prod
    }

    It 'removes piped variables; a missing name is a per-item error' {
        Clear-CircleEmulatorRequest
        'AWS_ACCESS_KEY_ID', 'MISSING', 'AWS_SECRET_ACCESS_KEY' | Remove-CircleContextVariable -ContextId $ctx.Id -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        @(Get-CircleEmulatorRequest | Where-Object method -EQ DELETE).Count | Should -Be 3
        $e.Count | Should -Be 1
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $ctx | Get-CircleContextVariable | Should -BeNullOrEmpty
    }

    It 'takes Get-CircleContextVariable output' {
        $ctx | Get-CircleContextVariable -Name '*SECRET*' | Remove-CircleContextVariable -Confirm:$false
        ($ctx | Get-CircleContextVariable).Variable | Should -Be 'AWS_ACCESS_KEY_ID'
    }

    It '-WhatIf sends nothing' {
        Clear-CircleEmulatorRequest
        $ctx | Get-CircleContextVariable | Remove-CircleContextVariable -WhatIf
        Get-CircleEmulatorRequest | Where-Object method -EQ DELETE | Should -BeNullOrEmpty
    }
}
