BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:OrgId = (Get-CircleCollaboration | Where-Object Slug -EQ gh/acme).Id
}

Describe 'Get-CircleGroup' {
    BeforeEach { Clear-CircleEmulatorRequest }

    It 'streams every group page by page with the limit asked for' {
        $groups = Get-CircleGroup $OrgId -PageSize 2
        $groups.Name | Should -Be @('developers', 'release-managers', 'auditors')
        $groups[0] | Should -BeOfType ([CircleCi.PowerShell.Models.Group])
        $groups.OrgId | Sort-Object -Unique | Should -Be $OrgId
        $requests = Get-CircleEmulatorRequest
        $requests | Should -HaveCount 2
        $requests[0].path | Should -Be "/api/v2/organizations/$OrgId/groups"
        $requests[0].query | Should -Be 'limit=2'
        $requests[1].query | Should -BeLike 'limit=2&page-token=*'
    }

    It 'stops asking once Select-Object -First has enough' {
        Get-CircleGroup $OrgId -PageSize 1 | Select-Object -First 1 | Should -HaveCount 1
        Get-CircleEmulatorRequest | Should -HaveCount 1
    }

    It 'gets groups by id, piped from the list, with a NotFound error for an unknown id' {
        $listed = Get-CircleGroup $OrgId | Select-Object -Last 1
        $one = $listed | Get-CircleGroup
        $one.Id | Should -Be $listed.Id
        $one.Description | Should -Be 'The auditors of acme'
        Get-CircleGroup $OrgId -GroupId ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
    }
}
