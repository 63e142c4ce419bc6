BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleOrganization' {
    BeforeEach { Connect-TestCircle }

    It 'deletes organizations piped from New-CircleOrganization, by slug' {
        $org = New-CircleOrganization -Name doomed -VcsType github -Confirm:$false
        Clear-CircleEmulatorRequest
        $org | Remove-CircleOrganization -Confirm:$false | Should -BeNullOrEmpty
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'DELETE'
        $request.path | Should -Be '/api/v2/organization/gh/doomed'
        $request.status | Should -Be 202
        (Get-CircleCollaboration).Slug | Should -Not -Contain 'gh/doomed'
    }

    It 'deletes by id, and an unknown one is a non-terminating NotFound error that does not stop the rest' {
        $org = New-CircleOrganization -Name by-id -Confirm:$false
        Remove-CircleOrganization 'gh/nobody', $org.Id -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed.Count | Should -Be 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failed[0].TargetObject | Should -Be 'gh/nobody'
        (Get-CircleCollaboration).Slug | Should -Not -Contain $org.Slug
    }

    It 'sends nothing with -WhatIf' {
        Remove-CircleOrganization gh/acme -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        (Get-CircleCollaboration).Slug | Should -Contain 'gh/acme'
    }
}
