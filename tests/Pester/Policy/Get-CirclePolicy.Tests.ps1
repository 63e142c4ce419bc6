BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
}

Describe 'Get-CirclePolicy' {
    BeforeEach { Clear-CircleEmulatorRequest }

    It 'writes every policy of the bundle with its source' {
        $policies = Get-CirclePolicy $OrgId
        $policies | Should -HaveCount 1
        $policies | Should -BeOfType ([CircleCi.PowerShell.Models.PolicyDocument])
        $policies.Name | Should -Be 'require_security_orb'
        $policies.Content | Should -Match 'require_orbs\["acme/security"\]'
        $policies.CreatedBy | Should -Be 'ada'
        $policies.OwnerId | Should -Be $OrgId
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/owner/$OrgId/context/config/policy-bundle"
    }

    It 'gets policies by name, with a NotFound error for an unknown one that does not stop the others' {
        $got = Get-CirclePolicy $OrgId missing, require_security_orb -ErrorVariable failed -ErrorAction SilentlyContinue
        $got.Name | Should -Be 'require_security_orb'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].TargetObject | Should -Be 'missing'
        (Get-CircleEmulatorRequest).path | Should -Contain "/api/v2/owner/$OrgId/context/config/policy-bundle/require_security_orb"
    }

    It 'is empty for an organization without policies' {
        $other = (Get-CircleProject bb/acme/legacy).OrganizationId
        @(Get-CirclePolicy $other) | Should -HaveCount 0
    }
}
