BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Set-CirclePolicyDecisionSetting' {
    BeforeEach {
        Connect-TestCircle
        $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
        Clear-CircleEmulatorRequest
    }

    It 'turns evaluation on and off, as read back' {
        (Set-CirclePolicyDecisionSetting $OrgId -Enabled $true -Confirm:$false).Enabled | Should -BeTrue
        (Get-CircleEmulatorRequest).method | Should -Be 'PATCH'
        (Get-CirclePolicyDecisionSetting $OrgId).Enabled | Should -BeTrue
        (Set-CirclePolicyDecisionSetting $OrgId -Enabled $false -Confirm:$false).Enabled | Should -BeFalse
        (Get-CirclePolicyDecisionSetting $OrgId).Enabled | Should -BeFalse
    }

    It 'is refused for a member who is not an admin' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        Set-CirclePolicyDecisionSetting $OrgId -Enabled $true -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }

    It 'sends nothing with -WhatIf' {
        Set-CirclePolicyDecisionSetting $OrgId -Enabled $true -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
