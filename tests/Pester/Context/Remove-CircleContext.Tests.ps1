BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleContext' {
    BeforeEach { Connect-TestCircle }

    It 'deletes piped contexts; they are 404 afterwards' {
        Get-CircleContext gh/acme -Name 'shared-0*' | Remove-CircleContext -Confirm:$false
        @(Get-CircleEmulatorRequest | Where-Object method -EQ DELETE).Count | Should -Be 9
        (Get-CircleContext gh/acme).Count | Should -Be 14
    }

    It 'a missing context is a per-item error' {
        $ctx = Get-CircleContext gh/acme -Name deploy-prod
        [guid]::NewGuid(), $ctx.Id | Remove-CircleContext -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        Get-CircleContext -ContextId $ctx.Id -ErrorVariable gone -ErrorAction SilentlyContinue
        $gone[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It '-WhatIf sends nothing; High impact; Reader gets 403' {
        Get-CircleContext gh/acme -Name deploy-prod | Remove-CircleContext -WhatIf
        Get-CircleEmulatorRequest | Where-Object method -EQ DELETE | Should -BeNullOrEmpty
        (Get-Command Remove-CircleContext).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        Get-CircleContext gh/acme -Name deploy-prod | Remove-CircleContext -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
