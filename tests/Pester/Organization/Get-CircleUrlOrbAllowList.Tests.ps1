BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Get-CircleUrlOrbAllowList' {
    BeforeEach { Connect-TestCircle }

    It 'is empty for a new organization and lists what was added, with the OrgSlug it was asked for' {
        @(Get-CircleUrlOrbAllowList gh/acme) | Should -HaveCount 0
        Add-CircleUrlOrbAllowListEntry gh/acme -Name one -Prefix https://a.example/orbs/ -Confirm:$false | Out-Null
        Add-CircleUrlOrbAllowListEntry gh/acme -Name two -Prefix https://b.example/ -Auth github-app -Confirm:$false | Out-Null
        Clear-CircleEmulatorRequest
        $entries = Get-CircleUrlOrbAllowList gh/acme
        $entries | Should -HaveCount 2
        $entries[0] | Should -BeOfType ([CircleCi.PowerShell.Models.UrlOrbAllowListEntry])
        $entries.Prefix | Should -Be @('https://a.example/orbs/', 'https://b.example/')
        $entries.Auth | Should -Be @('none', 'github-app')
        $entries.OrgSlug | Should -Be @('gh/acme', 'gh/acme')
        (Get-CircleEmulatorRequest).path | Should -Be '/api/v2/organization/gh/acme/url-orb-allow-list'
    }

    It 'keeps allow-lists per organization and binds OrgSlug from collaborations' {
        Add-CircleUrlOrbAllowListEntry gh/acme -Name one -Prefix https://a.example/ -Confirm:$false | Out-Null
        $all = Get-CircleCollaboration | Get-CircleUrlOrbAllowList
        @($all).Count | Should -Be 1
        $all.OrgSlug | Should -Be 'gh/acme'
    }

    It 'answers an unknown organization with a NotFound error record' {
        Get-CircleUrlOrbAllowList gh/nobody -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $failed[0].TargetObject | Should -Be 'gh/nobody'
    }
}
