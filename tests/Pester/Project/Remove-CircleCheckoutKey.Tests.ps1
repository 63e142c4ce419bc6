BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleCheckoutKey' {
    BeforeEach { Connect-TestCircle }

    It 'deletes piped keys by fingerprint; the key is gone afterwards' {
        $new = New-CircleCheckoutKey gh/acme/api
        Get-CircleCheckoutKey gh/acme/api | Remove-CircleCheckoutKey -Confirm:$false
        @(Get-CircleEmulatorRequest | Where-Object method -EQ DELETE).Count | Should -Be 2
        Get-CircleCheckoutKey gh/acme/api | Should -BeNullOrEmpty
        Get-CircleCheckoutKey gh/acme/api -Fingerprint $new.Fingerprint -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'deletes by SHA256 fingerprint and reports an unknown one without stopping' {
        $sha = (Get-CircleCheckoutKey gh/acme/api -Digest sha256).Fingerprint
        'aa:bb', $sha | Remove-CircleCheckoutKey -ProjectSlug gh/acme/api -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        Get-CircleCheckoutKey gh/acme/api | Should -BeNullOrEmpty
    }

    It '-WhatIf sends nothing' {
        Get-CircleCheckoutKey gh/acme/api | Remove-CircleCheckoutKey -WhatIf
        Get-CircleEmulatorRequest | Where-Object method -EQ DELETE | Should -BeNullOrEmpty
    }
}
