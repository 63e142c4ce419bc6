BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:OrgId = (Get-CircleCollaboration | Where-Object Slug -EQ gh/acme).Id
}

Describe 'Remove-CircleGroup' {
    BeforeEach { Connect-TestCircle }

    It 'deletes piped groups, after which they are not found' {
        $auditors = Get-CircleGroup $OrgId | Where-Object Name -EQ auditors
        Clear-CircleEmulatorRequest
        $auditors | Remove-CircleGroup -Confirm:$false
        (Get-CircleEmulatorRequest).path | Should -Be "/api/v2/organizations/$OrgId/groups/$($auditors.Id)"
        (Get-CircleGroup $OrgId).Name | Should -Not -Contain 'auditors'
        Get-CircleGroup $OrgId $auditors.Id -ErrorAction SilentlyContinue -ErrorVariable failed
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'is refused for a member who is not an admin, and the group stays' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        $group = Get-CircleGroup $OrgId | Select-Object -First 1
        $group | Remove-CircleGroup -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        $failed[0].TargetObject | Should -Be $group.Id
        (Get-CircleGroup $OrgId $group.Id).Name | Should -Be $group.Name
    }

    It 'sends nothing with -WhatIf' {
        $group = Get-CircleGroup $OrgId | Select-Object -First 1
        Clear-CircleEmulatorRequest
        $group | Remove-CircleGroup -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
