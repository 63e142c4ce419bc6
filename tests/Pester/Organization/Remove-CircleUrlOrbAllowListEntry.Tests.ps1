BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleUrlOrbAllowListEntry' {
    BeforeEach {
        Connect-TestCircle
        $script:Kept = Add-CircleUrlOrbAllowListEntry gh/acme -Name keep -Prefix https://keep.example/ -Confirm:$false
        $script:Old = Add-CircleUrlOrbAllowListEntry gh/acme -Name old -Prefix https://old.example/ -Confirm:$false
        Clear-CircleEmulatorRequest
    }

    It 'removes piped entries by OrgSlug and EntryId' {
        Get-CircleUrlOrbAllowList gh/acme | Where-Object Name -EQ old | Remove-CircleUrlOrbAllowListEntry -Confirm:$false
        $delete = Get-CircleEmulatorRequest | Where-Object method -EQ DELETE
        $delete.path | Should -Be "/api/v2/organization/gh/acme/url-orb-allow-list/$($Old.Id)"
        (Get-CircleUrlOrbAllowList gh/acme).Id | Should -Be $Kept.Id
    }

    It 'writes a NotFound error for an unknown entry and still removes the next one' {
        Remove-CircleUrlOrbAllowListEntry gh/acme -EntryId missing, $Old.Id -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $failed[0].TargetObject | Should -Be 'missing'
        (Get-CircleUrlOrbAllowList gh/acme).Id | Should -Be $Kept.Id
    }

    It 'sends nothing with -WhatIf' {
        Remove-CircleUrlOrbAllowListEntry gh/acme $Old.Id -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
