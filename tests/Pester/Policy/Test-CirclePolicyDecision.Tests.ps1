BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $script:Passing = "version: 2.1`norbs:`n  security: acme/security@1.2.0`n"
    $script:Failing = "version: 2.1`njobs:`n  build:`n    docker: [{ image: cimg/base:2024.01 }]`n"
}

Describe 'Test-CirclePolicyDecision' {
    BeforeEach {
        Connect-TestCircle
        $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
        Clear-CircleEmulatorRequest
    }

    It 'sends the config as input with the metadata as JSON and returns the decision' {
        $decision = Test-CirclePolicyDecision $OrgId -Content $Passing -Metadata @{ branch = 'main'; build_number = 12; vcs = @{ tags = @('v1', 'v2') } }
        $decision | Should -BeOfType ([CircleCi.PowerShell.Models.PolicyDecision])
        $decision.Status | Should -Be 'PASS'
        $decision.EnabledRules | Should -Be @('require_orbs')
        $decision.OwnerId | Should -Be $OrgId
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'POST'
        $request.path | Should -Be "/api/v2/owner/$OrgId/context/config/decision"
        $body = $request.body | ConvertFrom-Json
        $body.input | Should -Be $Passing
        $body.metadata.branch | Should -Be 'main'
        $body.metadata.build_number | Should -Be 12
        $body.metadata.vcs.tags | Should -Be @('v1', 'v2')
    }

    It 'writes metadata numbers and times the same under <_> as under the invariant culture' -ForEach @('th-TH', 'fi-FI', 'ar-SA') {
        $metadata = [ordered]@{ ratio = 1.5; count = 12345; at = [datetime]::new(2026, 11, 1, 8, 30, 15, [DateTimeKind]::Utc) }
        $culture = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = $_
            Test-CirclePolicyDecision $OrgId -Content $Passing -Metadata $metadata | Out-Null
        }
        finally {
            [cultureinfo]::CurrentCulture = $culture
        }
        (Get-CircleEmulatorRequest).body | Should -BeLikeExactly '*"metadata":{"ratio":1.5,"count":12345,"at":"2026-11-01T08:30:15.0000000Z"}}'
    }

    It 'judges each file, naming it on the decision, with an error for a missing one that does not stop the others' {
        Set-Content -Path TestDrive:/good.yml -Value $Passing
        Set-Content -Path TestDrive:/bad.yml -Value $Failing
        $decisions = @(Get-ChildItem TestDrive:/bad.yml, TestDrive:/good.yml | Test-CirclePolicyDecision $OrgId)
        $decisions.Status | Should -Be @('HARD_FAIL', 'PASS')
        $decisions[0].HardFailures[0].Rule | Should -Be 'require_orbs'
        $decisions[0].HardFailures[0].Reason | Should -Be 'acme/security orb is required'
        $decisions[0].Path | Should -BeLike '*bad.yml'
        Clear-CircleEmulatorRequest
        $got = @(Test-CirclePolicyDecision $OrgId TestDrive:/none.yml, TestDrive:/good.yml -ErrorVariable failed -ErrorAction SilentlyContinue)
        $got.Status | Should -Be 'PASS'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].TargetObject | Should -Be 'TestDrive:/none.yml'
        @(Get-CircleEmulatorRequest) | Should -HaveCount 1
    }

    It 'sends nothing with -WhatIf' {
        Test-CirclePolicyDecision $OrgId -Content $Passing -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'refuses metadata that is not JSON data and an empty file before sending anything' {
        { Test-CirclePolicyDecision $OrgId -Content $Passing -Metadata @{ hook = { 'code' } } } |
            Should -Throw -ErrorId 'CircleCi.InvalidPolicyMetadata,CircleCi.PowerShell.Cmdlets.Policy.TestCirclePolicyDecisionCommand'
        Set-Content -Path TestDrive:/empty.yml -Value ''
        Test-CirclePolicyDecision $OrgId TestDrive:/empty.yml -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleCi.EmptyPolicyInput*'
        $failed[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports a refused owner as an error record' {
        Test-CirclePolicyDecision ([guid]::NewGuid()) -Content $Passing -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failed[0].ErrorDetails.Message | Should -Match 'Forbidden'
    }
}
