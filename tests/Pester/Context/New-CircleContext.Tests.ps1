BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'New-CircleContext' {
    BeforeEach { Connect-TestCircle }

    It 'creates a context by owner slug and reads it back' {
        $ctx = New-CircleContext staging -OrgSlug gh/acme
        $ctx.Name | Should -Be 'staging'
        $body = (Get-CircleEmulatorRequest | Where-Object method -EQ POST).body | ConvertFrom-Json
        $body.owner.slug | Should -Be 'gh/acme'
        $body.owner.type | Should -Be 'organization'
        (Get-CircleContext -ContextId $ctx.Id).Name | Should -Be 'staging'
    }

    It 'creates by owner id' {
        $org = Get-CircleCollaboration | Where-Object Slug -EQ 'gh/acme'
        $ctx = New-CircleContext qa -OwnerId $org.Id
        ((Get-CircleEmulatorRequest | Where-Object method -EQ POST).body | ConvertFrom-Json).owner.id | Should -Be $org.Id
        (Get-CircleContext gh/acme -Name qa).Id | Should -Be $ctx.Id
    }

    It 'a duplicate name is a ResourceExists error and the other names are still created' {
        'deploy-prod', 'canary' | New-CircleContext -OrgSlug gh/acme -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        $e[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        (Get-CircleContext gh/acme -Name canary) | Should -Not -BeNullOrEmpty
    }

    It 'a blank name is a CircleCi.InvalidContextName error naming it, is not sent, and the other names are created' {
        "  `t ", 'blank-neighbour' | New-CircleContext -OrgSlug gh/acme -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        $e[0].FullyQualifiedErrorId | Should -BeLike 'CircleCi.InvalidContextName,*'
        $e[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $e[0].TargetObject | Should -Be "  `t "
        @(Get-CircleEmulatorRequest | Where-Object method -EQ POST).Count | Should -Be 1
        (Get-CircleContext gh/acme -Name blank-neighbour) | Should -Not -BeNullOrEmpty
    }

    It '-WhatIf sends nothing; the Reader token gets 403' {
        New-CircleContext x -OrgSlug gh/acme -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        New-CircleContext x -OrgSlug gh/acme -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
