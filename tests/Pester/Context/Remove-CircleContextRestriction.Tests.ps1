BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleContextRestriction' {
    BeforeEach { Connect-TestCircle }

    It 'removes piped restrictions; a second removal is a 404' {
        $ctx = Get-CircleContext gh/acme -Name deploy-prod
        $r = $ctx | Get-CircleContextRestriction
        $r | Remove-CircleContextRestriction -Confirm:$false
        $ctx | Get-CircleContextRestriction | Should -BeNullOrEmpty
        $r | Remove-CircleContextRestriction -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It '-WhatIf sends nothing; Reader gets 403' {
        $r = Get-CircleContext gh/acme -Name deploy-prod | Get-CircleContextRestriction
        Clear-CircleEmulatorRequest
        $r | Remove-CircleContextRestriction -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        $r | Remove-CircleContextRestriction -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
