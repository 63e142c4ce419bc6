BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Get-CircleOidcClaim' {
    BeforeEach {
        Connect-TestCircle
        $script:Api = Get-CircleProject gh/acme/api
        Clear-CircleEmulatorRequest
    }

    It 'gets the organization claims, empty until set' {
        $claims = Get-CircleOidcClaim $Api.OrganizationId
        $claims | Should -BeOfType ([CircleCi.PowerShell.Models.OidcClaims])
        $claims.OrgId | Should -Be $Api.OrganizationId
        $claims.ProjectId | Should -BeNullOrEmpty
        $claims.Audience | Should -BeNullOrEmpty
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/org/$($Api.OrganizationId)/oidc-custom-claims"
    }

    It 'gets a piped project''s claims, separate from the organization''s' {
        Set-CircleOidcClaim $Api.OrganizationId -Ttl 2h -Confirm:$false | Out-Null
        Clear-CircleEmulatorRequest
        $claims = $Api | Get-CircleOidcClaim
        $claims.ProjectId | Should -Be $Api.Id
        $claims.Ttl | Should -BeNullOrEmpty
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/org/$($Api.OrganizationId)/project/$($Api.Id)/oidc-custom-claims"
        (Get-CircleOidcClaim $Api.OrganizationId).Ttl | Should -Be '2h'
    }

    It 'reads the {"error": ...} body of a refusal into the error record' {
        Get-CircleOidcClaim ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failed[0].ErrorDetails.Message | Should -Match 'Forbidden'
    }
}
