BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:Api = Get-CircleProject gh/acme/api
    $script:Component = Get-CircleDeployComponent $Api.OrganizationId -ProjectId $Api.Id
    $script:Envs = Get-CircleDeployEnvironment $Api.OrganizationId
}

Describe 'Get-CircleDeployComponentVersion' {
    BeforeEach { Clear-CircleEmulatorRequest }

    It 'lists the versions of a piped component with where and by which job they were deployed' {
        $versions = $Component | Get-CircleDeployComponentVersion
        $versions.Name | Should -Be @('1.0.0', '1.1.0', '1.0.0')
        $versions.ComponentId | Sort-Object -Unique | Should -Be $Component.Id
        $versions[0].PipelineId | Should -Not -Be ([guid]::Empty)
        $versions[0].WorkflowId | Should -Not -Be ([guid]::Empty)
        $versions[0].JobNumber | Should -BeGreaterThan 0
        (Get-CircleEmulatorRequest)[0].path | Should -Be "/api/v2/deploy/components/$($Component.Id)/versions"
    }

    It 'filters by environment and by -Live' {
        $production = $Envs | Where-Object Name -EQ production
        $inProduction = Get-CircleDeployComponentVersion $Component.Id -EnvironmentId $production.Id
        $inProduction.Name | Should -Be '1.0.0'
        (Get-CircleEmulatorRequest).query | Should -Be "environment-id=$($production.Id)"
        $live = Get-CircleDeployComponentVersion $Component.Id -Live
        $live | Should -HaveCount 2
        $live.IsLive | Should -Not -Contain $false
    }

    It 'writes a NotFound error for an unknown component' {
        Get-CircleDeployComponentVersion ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}
