BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
    $script:WebId = (Get-CircleProject gh/acme/web).Id
}

Describe 'Get-CirclePolicyDecision' {
    BeforeEach { Clear-CircleEmulatorRequest }

    It 'pages through every decision by offset, newest first, until a page is empty' {
        $logs = @(Get-CirclePolicyDecision $OrgId)
        $logs | Should -HaveCount 25
        $logs[0] | Should -BeOfType ([CircleCi.PowerShell.Models.PolicyDecisionLog])
        $logs[0].PipelineNumber | Should -Be 125
        $logs[-1].PipelineNumber | Should -Be 101
        @($logs.Id | Sort-Object -Unique) | Should -HaveCount 25
        ($logs | Where-Object Status -EQ 'HARD_FAIL').PipelineNumber | Should -Be @(121, 114, 107)
        $logs[0].OwnerId | Should -Be $OrgId
        $logs[0].Policies['require_security_orb'] | Should -Match '^[0-9a-f]{128}$'
        $requests = @(Get-CircleEmulatorRequest)
        $requests.path | Select-Object -Unique | Should -Be "/api/v2/owner/$OrgId/context/config/decision"
        $requests.query | Should -Be @('', 'offset=20', 'offset=25')
    }

    It 'stops requesting once Select-Object -First is satisfied' {
        Get-CirclePolicyDecision $OrgId | Select-Object -First 3 | Should -HaveCount 3
        @(Get-CircleEmulatorRequest) | Should -HaveCount 1
    }

    It 'sends the status, branch, time, project and pipeline number filters' {
        $hard = @(Get-CirclePolicyDecision $OrgId -Status HARD_FAIL -Branch feature/login)
        $hard.PipelineNumber | Should -Be 121
        $hard[0].Decision.HardFailures[0].Rule | Should -Be 'require_orbs'
        $hard[0].Decision.HardFailures[0].Reason | Should -Be 'acme/security orb is required'
        (Get-CircleEmulatorRequest)[0].query | Should -Be 'status=HARD_FAIL&branch=feature%2Flogin'

        Clear-CircleEmulatorRequest
        $after = [datetimeoffset]::new(2026, 11, 1, 3, 0, 0, [timespan]::FromHours(1))   # 02:00 UTC
        $window = @(Get-CirclePolicyDecision $OrgId -After $after -Before '2026-11-01T03:00:00Z')
        $window.PipelineNumber | Should -Be @(117, 116, 115, 114, 113)
        (Get-CircleEmulatorRequest)[0].query | Should -Be 'after=2026-11-01T02%3A00%3A00Z&before=2026-11-01T03%3A00%3A00Z'

        Clear-CircleEmulatorRequest
        $web = @(Get-CirclePolicyDecision $OrgId -ProjectId $WebId)
        $web.PipelineNumber | Should -Be @(125, 120, 115, 110, 105)
        (Get-CirclePolicyDecision $OrgId -BuildNumber 104).Status | Should -Be 'SOFT_FAIL'
        (Get-CircleEmulatorRequest).query | Should -Contain "project_id=$WebId"
        (Get-CircleEmulatorRequest).query | Should -Contain 'build_number=104'
    }

    It 'writes the time and number filters the same under <_> as under the invariant culture' -ForEach @('th-TH', 'fi-FI', 'ar-SA') {
        $after = [datetimeoffset]::new(2026, 11, 1, 2, 0, 0, [timespan]::Zero)
        $culture = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = $_
            Get-CirclePolicyDecision $OrgId -After $after -Before $after.AddHours(1) -BuildNumber 1104 | Out-Null
        }
        finally {
            [cultureinfo]::CurrentCulture = $culture
        }
        (Get-CircleEmulatorRequest)[0].query | Should -Be 'after=2026-11-01T02%3A00%3A00Z&before=2026-11-01T03%3A00%3A00Z&build_number=1104'
    }

    It 'reads decisions by id, piped from the list, with a NotFound error for an unknown one that does not stop the others' {
        $listed = Get-CirclePolicyDecision $OrgId -Status HARD_FAIL | Select-Object -First 1
        Clear-CircleEmulatorRequest
        $missing = [guid]::NewGuid()
        $got = @(Get-CirclePolicyDecision $OrgId -DecisionId $missing, $listed.Id -ErrorVariable failed -ErrorAction SilentlyContinue)
        $got.Id | Should -Be $listed.Id
        $got[0].Branch | Should -Be 'feature/login'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].ErrorDetails.Message | Should -Match 'decision log not found'
        $failed[0].TargetObject | Should -Be "$missing"
        (Get-CircleEmulatorRequest).path | Should -Contain "/api/v2/owner/$OrgId/context/config/decision/$($listed.Id)"
        ($listed | Get-CirclePolicyDecision).PipelineNumber | Should -Be $listed.PipelineNumber
    }

    It 'reports a refused owner and a malformed id as errors' {
        Get-CirclePolicyDecision ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        Get-CirclePolicyDecision $OrgId -DecisionId nope -ErrorVariable bad -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $bad[0].ErrorDetails.Message | Should -Match 'decisionID'
    }
}
