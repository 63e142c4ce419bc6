BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:Api = Get-CircleProject gh/acme/api
}

Describe 'Get-CircleDeployComponent' {
    BeforeEach { Clear-CircleEmulatorRequest }

    It 'lists the components of an organization' {
        $components = Get-CircleDeployComponent $Api.OrganizationId
        $components.Name | Should -Be @('api', 'web')
        $components[0].ProjectId | Should -Be $Api.Id
        $components[0].ReleaseCount | Should -Be 3
    }

    It 'filters by project with project-id' {
        $components = Get-CircleDeployComponent $Api.OrganizationId -ProjectId $Api.Id
        $components.Name | Should -Be 'api'
        (Get-CircleEmulatorRequest).query | Should -Be "org-id=$($Api.OrganizationId)&page-size=25&project-id=$($Api.Id)"
    }

    It 'gets components by id piped from the list' {
        $got = Get-CircleDeployComponent $Api.OrganizationId | Get-CircleDeployComponent
        $got.Name | Should -Be @('api', 'web')
        (Get-CircleEmulatorRequest | Where-Object path -Like '/api/v2/deploy/components/*').Count | Should -Be 2
    }
}
