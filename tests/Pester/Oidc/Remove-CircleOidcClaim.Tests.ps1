BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleOidcClaim' {
    BeforeEach {
        Connect-TestCircle
        $script:Api = Get-CircleProject gh/acme/api
        $Api | Set-CircleOidcClaim -Audience vault -Ttl 1h -Confirm:$false | Out-Null
        Clear-CircleEmulatorRequest
    }

    It 'removes the claims named, keeping the others' {
        $left = $Api | Remove-CircleOidcClaim -Claim ttl -Confirm:$false
        $left.Ttl | Should -BeNullOrEmpty
        $left.Audience | Should -Be 'vault'
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'DELETE'
        $request.query | Should -Be 'claims=ttl'
    }

    It 'removes both in one call' {
        $left = $Api | Remove-CircleOidcClaim -Claim audience, ttl -Confirm:$false
        $left.Audience | Should -BeNullOrEmpty
        # One comma-separated value; the comma is sent escaped, as every query value is.
        (Get-CircleEmulatorRequest).query | Should -Be 'claims=audience%2Cttl'
    }

    It 'sends nothing with -WhatIf' {
        $Api | Remove-CircleOidcClaim -Claim ttl -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        ($Api | Get-CircleOidcClaim).Ttl | Should -Be '1h'
    }
}
