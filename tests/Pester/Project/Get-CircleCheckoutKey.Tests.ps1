BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
}

Describe 'Get-CircleCheckoutKey' {
    It 'lists the keys with md5 fingerprints by default and sha256 with -Digest' {
        $key = Get-CircleCheckoutKey gh/acme/api
        $key | Should -BeOfType ([CircleCi.PowerShell.Models.CheckoutKey])
        $key.Type | Should -Be 'deploy-key'
        $key.Preferred | Should -BeTrue
        $key.Fingerprint | Should -Match '^([0-9a-f]{2}:){15}[0-9a-f]{2}$'
        $key.ProjectSlug | Should -Be 'gh/acme/api'
        Clear-CircleEmulatorRequest
        (Get-CircleCheckoutKey gh/acme/api -Digest sha256).Fingerprint | Should -BeLike 'SHA256:*'
        (Get-CircleEmulatorRequest)[0].query | Should -Be 'digest=sha256'
    }

    It 'gets one key by either fingerprint, and ObjectNotFound for an unknown one' {
        $md5 = (Get-CircleCheckoutKey gh/acme/api).Fingerprint
        (Get-CircleCheckoutKey gh/acme/api -Fingerprint $md5).Fingerprint | Should -Be $md5
        Get-CircleCheckoutKey gh/acme/api -Fingerprint 'aa:bb' -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'binds ProjectSlug from Get-CircleProject' {
        (Get-CircleProject gh/acme/api | Get-CircleCheckoutKey).ProjectSlug | Should -Be 'gh/acme/api'
    }
}
