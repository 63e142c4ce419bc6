BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Get-CirclePolicyDecisionBundle' {
    BeforeEach {
        Connect-TestCircle
        $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
        $script:Decision = Get-CirclePolicyDecision $OrgId | Select-Object -First 1
        Clear-CircleEmulatorRequest
    }

    It 'reads the policies of a decision piped in' {
        $policies = @($Decision | Get-CirclePolicyDecisionBundle)
        $policies | Should -HaveCount 1
        $policies[0] | Should -BeOfType ([CircleCi.PowerShell.Models.PolicyDocument])
        $policies[0].Name | Should -Be 'require_security_orb'
        $policies[0].Content | Should -Match 'require_orbs\["acme/security"\]'
        $policies[0].OwnerId | Should -Be $OrgId
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/owner/$OrgId/context/config/decision/$($Decision.Id)/policy-bundle"
    }

    It 'keeps the bundle of the time of the decision after the policies change' {
        Publish-CirclePolicyBundle $OrgId -Policy @{ other = "package org`npolicy_name[`"other`"]`n" } -Confirm:$false | Out-Null
        (Get-CirclePolicy $OrgId).Name | Should -Be 'other'
        (Get-CirclePolicyDecisionBundle $OrgId $Decision.Id).Name | Should -Be 'require_security_orb'
    }

    It 'writes a NotFound error for an unknown decision and goes on with the others' {
        $missing = [guid]::NewGuid()
        $got = @(Get-CirclePolicyDecisionBundle $OrgId $missing, $Decision.Id -ErrorVariable failed -ErrorAction SilentlyContinue)
        $got.Name | Should -Be 'require_security_orb'
        $failed | Should -HaveCount 1
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].TargetObject | Should -Be "$missing"
    }
}
