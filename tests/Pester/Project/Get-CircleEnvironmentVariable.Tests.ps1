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
}
