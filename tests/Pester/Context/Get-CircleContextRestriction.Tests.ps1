BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Get-CircleContextRestriction' {
    BeforeEach { Connect-TestCircle }

    It 'lists a piped context''s restrictions' {
        $r = Get-CircleContext gh/acme -Name deploy-prod | Get-CircleContextRestriction
        $r | Should -BeOfType ([CircleCi.PowerShell.Models.ContextRestriction])
        $r.RestrictionType | Should -Be 'project'
        $r.RestrictionValue | Should -Be (Get-CircleProject gh/acme/api).Id
    }
}
