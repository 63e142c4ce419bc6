BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
}

Describe 'Get-CircleEnvironmentVariable' {
    It 'lists a project''s variables with masked values and the project slug' {
        $vars = Get-CircleEnvironmentVariable gh/acme/api
        $vars.Name | Should -Be @('DEPLOY_TOKEN', 'NPM_TOKEN', 'SLACK_HOOK')
        $vars[0] | Should -BeOfType ([CircleCi.PowerShell.Models.EnvironmentVariable])
        $vars[0].Value | Should -Be 'xxxx1234'
        $vars[0].ProjectSlug | Should -Be 'gh/acme/api'
        $vars[0].CreatedAt | Should -Not -BeNullOrEmpty
    }

    It 'gets one variable by name with getEnvVar, and filters with wildcards from the list' {
        Clear-CircleEmulatorRequest
        (Get-CircleEnvironmentVariable gh/acme/api -Name NPM_TOKEN).Value | Should -Be 'xxxxabcd'
        (Get-CircleEmulatorRequest)[0].path | Should -Be '/api/v2/project/gh/acme/api/envvar/NPM_TOKEN'
        (Get-CircleEnvironmentVariable gh/acme/api -Name '*TOKEN').Name | Should -Be @('DEPLOY_TOKEN', 'NPM_TOKEN')
    }

    It 'binds ProjectSlug from Get-CircleProject and reports a missing project without stopping the others' {
        $vars = 'gh/acme/api', 'gh/acme/nope', 'gh/acme/web' | Get-CircleEnvironmentVariable -ErrorVariable listErrors -ErrorAction SilentlyContinue
        $vars.Count | Should -Be 3
        $listErrors.Count | Should -Be 1
        $listErrors[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        (Get-CircleProject gh/acme/api | Get-CircleEnvironmentVariable).Count | Should -Be 3
    }

    It 'writes ObjectNotFound for an unknown name' {
        Get-CircleEnvironmentVariable gh/acme/api -Name NOPE -ErrorVariable e -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $e[0].TargetObject | Should -Be 'gh/acme/api/NOPE'
    }

    Context 'created-at as CircleCI writes it' {
        # The document's own example for created-at, which it gives no type: a Clojure instant, offset without a colon.
        BeforeEach {
            Connect-TestCircle
            Add-CircleEmulatorEnvironmentVariable gh/acme/api -Name JODA_1 -CreatedAt '#joda/inst 2023-04-14T21:20:14+0000' | Out-Null
            Add-CircleEmulatorEnvironmentVariable gh/acme/api -Name JODA_2 -CreatedAt '#joda/inst 2024-02-29T23:59:59+0100' | Out-Null
        }

        It 'lists variables whose created-at is "#joda/inst ..." with the date parsed' {
            $vars = @(Get-CircleEnvironmentVariable gh/acme/api -Name 'JODA_*')
            $vars.Name | Should -Be @('JODA_1', 'JODA_2')
            $vars[0].CreatedAt | Should -BeOfType ([datetimeoffset])
            $vars[0].CreatedAt | Should -Be ([datetimeoffset]::new(2023, 4, 14, 21, 20, 14, [timespan]::Zero))
            $vars[1].CreatedAt.UtcDateTime | Should -Be ([datetime]::new(2024, 2, 29, 22, 59, 59, [DateTimeKind]::Utc))
            (Get-CircleEnvironmentVariable gh/acme/api -Name JODA_1).CreatedAt.UtcDateTime.Year | Should -Be 2023
        }

        It 'returns every item of a listing with one malformed date, leaves that date empty and says so once under -Debug' {
            Add-CircleEmulatorEnvironmentVariable gh/acme/api -Name BROKEN -CreatedAt 'sometime last spring' | Out-Null
            $all = Get-CircleEnvironmentVariable gh/acme/api -Debug -ErrorAction Stop 5>&1
            $vars = @($all | Where-Object { $_ -is [CircleCi.PowerShell.Models.EnvironmentVariable] })
            $debug = @($all | Where-Object { $_ -is [System.Management.Automation.DebugRecord] })
            $vars.Name | Should -Be @('BROKEN', 'DEPLOY_TOKEN', 'JODA_1', 'JODA_2', 'NPM_TOKEN', 'SLACK_HOOK')
            ($vars | Where-Object Name -EQ BROKEN).CreatedAt | Should -BeNullOrEmpty
            ($vars | Where-Object Name -EQ JODA_1).CreatedAt.Year | Should -Be 2023
            @($vars | Where-Object CreatedAt).Count | Should -Be 5
            $notes = @($debug.Message | Where-Object { $_ -like "*field 'created-at'*" })
            $notes.Count | Should -Be 1
            $notes[0] | Should -BeLike "*: field 'created-at' value 'sometime last spring' is not a date; left empty"
        }

        It 'reads a malformed date of one variable by name without failing, and notes it' {
            Add-CircleEmulatorEnvironmentVariable gh/acme/api -Name NUMBERED -CreatedAt 1681507214 | Out-Null
            $all = Get-CircleEnvironmentVariable gh/acme/api -Name NUMBERED -Debug -ErrorAction Stop 5>&1
            $var = @($all | Where-Object { $_ -is [CircleCi.PowerShell.Models.EnvironmentVariable] })
            $var.Name | Should -Be NUMBERED
            $var[0].CreatedAt | Should -BeNullOrEmpty
            $notes = @($all | Where-Object { $_ -is [System.Management.Automation.DebugRecord] -and $_.Message -like "*field 'created-at'*" })
            $notes.Message | Should -Be "getEnvVar: field 'created-at' value '1681507214' is not a date; left empty"
        }
    }
}
