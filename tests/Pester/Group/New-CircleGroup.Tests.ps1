BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:OrgId = (Get-CircleCollaboration | Where-Object Slug -EQ gh/acme).Id
}

Describe 'New-CircleGroup' {
    BeforeEach { Connect-TestCircle }

    It 'creates a group that can be read back' {
        $group = New-CircleGroup $OrgId -Name deployers -Description 'Production deploys' -Confirm:$false
        $group.Name | Should -Be 'deployers'
        $group.OrgId | Should -Be $OrgId
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'POST'
        $request.status | Should -Be 201
        (Get-CircleGroup $OrgId $group.Id).Description | Should -Be 'Production deploys'
    }

    It 'turns a taken name into a Conflict error record' {
        New-CircleGroup $OrgId -Name developers -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.Conflict*'
        $failed[0].TargetObject | Should -Be 'developers'
    }

    It 'sends nothing with -WhatIf' {
        New-CircleGroup $OrgId -Name x -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
