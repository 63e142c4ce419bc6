BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleEnvironmentVariable' {
    BeforeEach { Connect-TestCircle }

    It 'deletes a variable; reading it afterwards is a 404' {
        Remove-CircleEnvironmentVariable gh/acme/api -Name NPM_TOKEN -Confirm:$false
        (Get-CircleEmulatorRequest | Where-Object method -EQ DELETE).path | Should -Be '/api/v2/project/gh/acme/api/envvar/NPM_TOKEN'
        Get-CircleEnvironmentVariable gh/acme/api -Name NPM_TOKEN -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'takes 20 piped names; the one missing is a per-item error and the other 19 go' {
        $names = 1..19 | ForEach-Object { "VAR_$_" }
        Set-CircleEnvironmentVariable gh/acme/web -Variable ($names | ForEach-Object -Begin { $h = @{} } -Process { $h[$_] = "v$_" } -End { $h })
        Clear-CircleEmulatorRequest
        @($names[0..9]) + 'MISSING' + @($names[10..18]) | Remove-CircleEnvironmentVariable -ProjectSlug gh/acme/web -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        @(Get-CircleEmulatorRequest | Where-Object method -EQ DELETE).Count | Should -Be 20
        $e.Count | Should -Be 1
        $e[0].TargetObject | Should -Be 'gh/acme/web/MISSING'
        Get-CircleEnvironmentVariable gh/acme/web | Should -BeNullOrEmpty
    }

    It 'removes what Get-CircleEnvironmentVariable pipes in' {
        Get-CircleEnvironmentVariable gh/acme/api -Name '*TOKEN' | Remove-CircleEnvironmentVariable -Confirm:$false
        (Get-CircleEnvironmentVariable gh/acme/api).Name | Should -Be 'SLACK_HOOK'
    }

    It '-WhatIf sends nothing' {
        Remove-CircleEnvironmentVariable gh/acme/api -Name NPM_TOKEN -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'is ConfirmImpact High' {
        (Get-Command Remove-CircleEnvironmentVariable).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }
}
