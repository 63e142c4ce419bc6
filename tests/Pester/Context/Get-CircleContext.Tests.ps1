BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
}

Describe 'Get-CircleContext' {
    It 'lists an organization''s contexts across pages, sorted by name' {
        $all = Get-CircleContext gh/acme
        $all.Count | Should -Be 23
        $all[0] | Should -BeOfType ([CircleCi.PowerShell.Models.Context])
        $all.Name | Should -Contain 'deploy-prod'
        $requests = Get-CircleEmulatorRequest -Path /api/v2/context
        $requests.Count | Should -Be 2
        $requests[0].query | Should -Be 'owner-slug=gh%2Facme'
        $requests[1].query | Should -Match 'page-token='
    }

    It 'filters by name with wildcards and stops paging with Select-Object -First' {
        (Get-CircleContext gh/acme -Name 'deploy*').Name | Should -Be 'deploy-prod'
        Clear-CircleEmulatorRequest
        (Get-CircleContext gh/acme | Select-Object -First 2).Count | Should -Be 2
        @(Get-CircleEmulatorRequest -Path /api/v2/context).Count | Should -Be 1
    }

    It 'lists by owner id and binds OrgSlug from Get-CircleCollaboration' {
        $org = Get-CircleCollaboration | Where-Object Slug -EQ 'gh/acme'
        (Get-CircleContext -OwnerId $org.Id).Count | Should -Be 23
        ($org | Get-CircleContext -Name deploy-prod).Name | Should -Be 'deploy-prod'
    }

    It 'gets contexts by id, piped, with a per-item 404' {
        $ctx = Get-CircleContext gh/acme -Name deploy-prod
        $got = $ctx, [pscustomobject]@{ ContextId = [guid]::NewGuid() } | Get-CircleContext -ErrorVariable e -ErrorAction SilentlyContinue
        $got.Id | Should -Be $ctx.Id
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}
