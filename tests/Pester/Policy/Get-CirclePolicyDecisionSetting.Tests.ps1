BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Get-CirclePolicyDecisionSetting' {
    BeforeEach {
        Connect-TestCircle
        $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
        Clear-CircleEmulatorRequest
    }

    It 'reads the setting for the config context, binding OwnerId from OrgId' {
        $settings = [pscustomobject]@{ OrgId = $OrgId } | Get-CirclePolicyDecisionSetting
        $settings | Should -BeOfType ([CircleCi.PowerShell.Models.PolicyDecisionSettings])
        $settings.Enabled | Should -BeFalse
        $settings.OwnerId | Should -Be $OrgId
        $settings.Context | Should -Be 'config'
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/owner/$OrgId/context/config/decision/settings"
    }

    It 'reads the {"error": ...} body of a refusal into the error record' {
        Get-CirclePolicyDecisionSetting ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failed[0].ErrorDetails.Message | Should -Match 'Forbidden'
    }
}
