BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Add-CircleUrlOrbAllowListEntry' {
    BeforeEach { Connect-TestCircle }

    It 'adds an entry and returns it with the id CircleCI gave it' {
        $entry = Add-CircleUrlOrbAllowListEntry gh/acme -Name 'acme orbs' -Prefix https://raw.githubusercontent.com/acme/orbs/ -Auth github-oauth -Confirm:$false
        $entry.Id | Should -Not -BeNullOrEmpty
        $entry.OrgSlug | Should -Be 'gh/acme'
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'POST'
        $request.path | Should -Be '/api/v2/organization/gh/acme/url-orb-allow-list'
        $stored = Get-CircleUrlOrbAllowList gh/acme
        $stored.Id | Should -Be $entry.Id
        $stored.Name | Should -Be 'acme orbs'
        $stored.Auth | Should -Be 'github-oauth'
    }

    It 'refuses a prefix that is not https before sending anything' {
        { Add-CircleUrlOrbAllowListEntry gh/acme -Name x -Prefix http://plain.example/ -Confirm:$false } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'is refused for a member who is not an admin, as a PermissionDenied error' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        Add-CircleUrlOrbAllowListEntry gh/acme -Name x -Prefix https://x.example/ -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }

    It 'sends nothing with -WhatIf' {
        Add-CircleUrlOrbAllowListEntry gh/acme -Name x -Prefix https://x.example/ -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
