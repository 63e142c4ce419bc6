BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'New-CircleOrganization' {
    BeforeEach { Connect-TestCircle }

    It 'creates a standalone organization that the creator then belongs to' {
        $org = New-CircleOrganization -Name platform-team -Confirm:$false
        $org | Should -BeOfType ([CircleCi.PowerShell.Models.Organization])
        $org.Name | Should -Be 'platform-team'
        $org.VcsType | Should -Be 'circleci'
        $org.Slug | Should -Be "circleci/$($org.Id)"
        $request = Get-CircleEmulatorRequest | Where-Object path -EQ '/api/v2/organization'
        $request.method | Should -Be 'POST'
        $request.status | Should -Be 201
        (Get-CircleCollaboration).Slug | Should -Contain $org.Slug
    }

    It 'names GitHub organizations gh/<name>, and refuses a second one with the same name' {
        (New-CircleOrganization -Name newco -VcsType github -Confirm:$false).Slug | Should -Be 'gh/newco'
        New-CircleOrganization -Name newco -VcsType github -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.*'
        $failed[0].TargetObject | Should -Be 'newco'
    }

    It 'sends nothing with -WhatIf' {
        New-CircleOrganization -Name platform-team -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
