BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    Connect-CiTest
}

Describe 'Get-CircleWorkflow' {
    It 'lists a piped pipeline''s workflows, and filters by name with wildcards' {
        $pipeline = Get-CirclePipeline gh/acme/api -Number 4   # seeded: build-and-test and deploy
        $workflows = @($pipeline | Get-CircleWorkflow)
        $workflows.Name | Sort-Object | Should -Be @('build-and-test', 'deploy')
        $workflows | ForEach-Object {
            $_ | Should -BeOfType ([CircleCi.PowerShell.Models.Workflow])
            $_.PipelineId | Should -Be $pipeline.Id
            $_.PipelineNumber | Should -Be 4
        }
        @($pipeline | Get-CircleWorkflow -Name 'dep*').Name | Should -Be 'deploy'
        (Get-CircleEmulatorRequest)[-1].path | Should -Be "/api/v2/pipeline/$($pipeline.Id)/workflow"
    }

    It 'gets workflows by id, including from piped workflow objects' {
        $workflow = Get-CirclePipeline gh/acme/api -Number 4 | Get-CircleWorkflow | Select-Object -First 1
        $again = Get-CircleWorkflow -WorkflowId $workflow.Id
        $again.Id | Should -Be $workflow.Id
        $again.Status | Should -Be $workflow.Status
        (Get-CircleEmulatorRequest)[-1].path | Should -Be "/api/v2/workflow/$($workflow.Id)"
    }

    It 'follows a triggered pipeline''s workflow through its states as the clock runs' {
        $pipeline = New-TestPipeline fail
        ($pipeline | Get-CircleWorkflow).Status | Should -Be 'running'
        Set-CircleEmulatorClock -Advance '00:10:00' | Out-Null
        $workflow = $pipeline | Get-CircleWorkflow
        $workflow.Status | Should -Be 'failed'
        $workflow.StoppedAt | Should -BeGreaterThan $workflow.CreatedAt
    }

    It 'writes one not-found error per unknown id and returns the others' {
        $known = (Get-CirclePipeline gh/acme/api -Number 4 | Get-CircleWorkflow)[0]
        $missing = [guid]::NewGuid()
        $found = @(Get-CircleWorkflow -WorkflowId $missing, $known.Id -ErrorAction SilentlyContinue -ErrorVariable err)
        $found.Id | Should -Be $known.Id
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be $missing
    }
}
