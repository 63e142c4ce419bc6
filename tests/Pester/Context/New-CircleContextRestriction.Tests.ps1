BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'New-CircleContextRestriction' {
    BeforeEach {
        Connect-TestCircle
        $script:ctx = Get-CircleContext gh/acme -Name deploy-prod
        Clear-CircleEmulatorRequest
    }

    It 'adds an expression restriction, and a project one by slug' {
        $expr = $ctx | New-CircleContextRestriction -Type expression -Value 'pipeline.git.branch == "main"'
        $expr.RestrictionType | Should -Be 'expression'
        $expr.ContextId | Should -Be $ctx.Id
        $proj = $ctx | New-CircleContextRestriction -ProjectSlug gh/acme/web
        $proj.RestrictionValue | Should -Be (Get-CircleProject gh/acme/web).Id
        $bodies = Get-CircleEmulatorRequest | Where-Object method -EQ POST | ForEach-Object { $_.body | ConvertFrom-Json }
        $bodies.restriction_type | Should -Be @('expression', 'project')
        ($ctx | Get-CircleContextRestriction).Count | Should -Be 3
    }

    It 'a duplicate is ResourceExists (409)' {
        $apiId = (Get-CircleProject gh/acme/api).Id
        $ctx | New-CircleContextRestriction -Type project -Value $apiId -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'ResourceExists'
    }

    It 'refuses a project or group value that is not an id before sending; -WhatIf sends nothing' {
        { $ctx | New-CircleContextRestriction -Type group -Value 'admins' } | Should -Throw -ErrorId 'CircleCi.InvalidRestrictionValue*'
        $ctx | New-CircleContextRestriction -Type expression -Value 'true' -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
