BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleProject' {
    BeforeEach { Connect-TestCircle }

    It 'deletes projects; a missing one is a per-item error; deleted ones are 404 afterwards' {
        'gh/acme/web', 'gh/acme/missing', 'gh/acme/big' | Remove-CircleProject -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        @(Get-CircleEmulatorRequest | Where-Object method -EQ DELETE).Count | Should -Be 3
        Get-CircleProject gh/acme/web, gh/acme/big -ErrorVariable gone -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $gone.Count | Should -Be 2
    }

    It '-WhatIf sends nothing and it is ConfirmImpact High' {
        Remove-CircleProject gh/acme/web -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        (Get-Command Remove-CircleProject).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }

    It 'gets 403 with the read-only token and the project stays' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        Remove-CircleProject gh/acme/web -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        (Get-CircleProject gh/acme/web).Slug | Should -Be 'gh/acme/web'
    }
}
