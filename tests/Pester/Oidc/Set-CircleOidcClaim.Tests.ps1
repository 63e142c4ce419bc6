BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Set-CircleOidcClaim' {
    BeforeEach {
        Connect-TestCircle
        $script:Api = Get-CircleProject gh/acme/api
        Clear-CircleEmulatorRequest
    }

    It 'patches only the claims given and returns the result' {
        $set = Set-CircleOidcClaim $Api.OrganizationId -Audience sts.amazonaws.com, vault -Ttl 1h -Confirm:$false
        $set.Audience | Should -Be @('sts.amazonaws.com', 'vault')
        $set.Ttl | Should -Be '1h'
        $set.AudienceUpdatedAt | Should -Not -BeNullOrEmpty
        (Get-CircleEmulatorRequest).method | Should -Be 'PATCH'
        $after = Set-CircleOidcClaim $Api.OrganizationId -Ttl 30m -Confirm:$false
        $after.Audience | Should -Be @('sts.amazonaws.com', 'vault')
        $after.Ttl | Should -Be '30m'
    }

    It 'sets a piped project''s claims' {
        $Api | Set-CircleOidcClaim -Audience api-only -Confirm:$false | Out-Null
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/org/$($Api.OrganizationId)/project/$($Api.Id)/oidc-custom-claims"
        ($Api | Get-CircleOidcClaim).Audience | Should -Be 'api-only'
        (Get-CircleOidcClaim $Api.OrganizationId).Audience | Should -BeNullOrEmpty
    }

    It 'checks its input before sending: a bad -Ttl, or nothing to set' {
        { Set-CircleOidcClaim $Api.OrganizationId -Ttl 1d -Confirm:$false } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        { Set-CircleOidcClaim $Api.OrganizationId -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.NothingToSet*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'is refused for a member who is not an admin' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        Set-CircleOidcClaim $Api.OrganizationId -Ttl 1h -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }

    It 'sends nothing with -WhatIf' {
        Set-CircleOidcClaim $Api.OrganizationId -Ttl 1h -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
