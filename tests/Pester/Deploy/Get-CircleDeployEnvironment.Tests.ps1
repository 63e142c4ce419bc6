BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
}

Describe 'Get-CircleDeployEnvironment' {
    BeforeEach { Clear-CircleEmulatorRequest }

    It 'lists the environments page by page, sending the required org-id and page-size' {
        $envs = Get-CircleDeployEnvironment $OrgId -PageSize 1
        $envs.Name | Should -Be @('staging', 'production')
        $envs[0] | Should -BeOfType ([CircleCi.PowerShell.Models.DeployEnvironment])
        $envs[1].Labels[0].Key | Should -Be 'tier'
        $envs[1].Labels[0].Value | Should -Be 'production'
        $requests = Get-CircleEmulatorRequest
        $requests | Should -HaveCount 2
        $requests[0].path | Should -Be '/api/v2/deploy/environments'
        $requests[0].query | Should -Be "org-id=$OrgId&page-size=1"
    }

    It 'gets environments by id, and an unknown id is a NotFound error' {
        $staging = Get-CircleDeployEnvironment $OrgId | Select-Object -First 1
        ($staging | Get-CircleDeployEnvironment).Description | Should -Be 'staging cluster'
        Get-CircleDeployEnvironment -EnvironmentId ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
    }

    It 'is empty for an organization without deploys' {
        @(Get-CircleDeployEnvironment ([guid]::NewGuid())) | Should -HaveCount 0
    }
}
