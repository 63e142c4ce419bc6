BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Get-CircleContextVariable' {
    BeforeEach { Connect-TestCircle }

    It 'lists a piped context''s variables (names only)' {
        $vars = Get-CircleContext gh/acme -Name deploy-prod | Get-CircleContextVariable
        $vars.Variable | Should -Be @('AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY')
        $vars[0] | Should -BeOfType ([CircleCi.PowerShell.Models.ContextVariable])
        $vars[0].ContextId | Should -Be (Get-CircleContext gh/acme -Name deploy-prod).Id
        $vars[0].PSObject.Properties.Name | Should -Not -Contain 'Value'
    }

    It 'pages through more than one page and filters by name' {
        $ctx = Get-CircleContext gh/acme -Name shared-01
        $many = @{}; 1..25 | ForEach-Object { $many["VAR_$_"] = "v$_" }
        $ctx | Set-CircleContextVariable -Variable $many
        Clear-CircleEmulatorRequest
        ($ctx | Get-CircleContextVariable).Count | Should -Be 25
        @(Get-CircleEmulatorRequest -Path "/api/v2/context/$($ctx.Id)/environment-variable").Count | Should -Be 2
        ($ctx | Get-CircleContextVariable -Name 'VAR_2?').Count | Should -Be 6
    }

    It 'an unknown context is ObjectNotFound' {
        Get-CircleContextVariable ([guid]::NewGuid()) -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}
