BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Get-CircleJob' {
    BeforeEach { Connect-CiTest }

    It 'lists a piped workflow''s jobs with their workflow id, dependencies and states' {
        $workflow = New-TestPipeline hold -Run '00:01:00' | Get-CircleWorkflow
        $jobs = @($workflow | Get-CircleJob)
        $jobs.Name | Should -Be @('build', 'test', 'hold', 'deploy')
        $jobs.Status | Should -Be @('success', 'running', 'blocked', 'blocked')
        $jobs | ForEach-Object { $_.WorkflowId | Should -Be $workflow.Id }
        $jobs[1].Dependencies | Should -Be @($jobs[0].Id)
        $jobs[2].Type | Should -Be 'approval'
        $jobs[2].JobNumber | Should -BeNullOrEmpty
        (Get-CircleEmulatorRequest)[-1].path | Should -Be "/api/v2/workflow/$($workflow.Id)/job"
    }

    It 'gets job details by project slug and number (parallel runs, executor, pipeline and workflow)' {
        $workflow = New-TestPipeline fail -Run '00:10:00' | Get-CircleWorkflow
        $test = Get-CircleJob -WorkflowId $workflow.Id | Where-Object Name -EQ test
        $detail = Get-CircleJob gh/acme/api $test.JobNumber
        $detail | Should -BeOfType ([CircleCi.PowerShell.Models.JobDetail])
        $detail.Status | Should -Be 'failed'
        $detail.Parallelism | Should -Be 2
        $detail.ParallelRuns.Status | Should -Be @('success', 'failed')
        $detail.WorkflowId | Should -Be $workflow.Id
        $detail.PipelineId | Should -Be $workflow.PipelineId
        $detail.ProjectSlug | Should -Be 'gh/acme/api'
        $detail.Duration | Should -Be ($detail.StoppedAt - $detail.StartedAt)
        $detail.DurationSeconds | Should -Be ($detail.StoppedAt - $detail.StartedAt).TotalSeconds
    }

    It 'takes piped jobs by property name (ProjectSlug, JobNumber)' {
        $numbers = [pscustomobject]@{ ProjectSlug = 'gh/acme/api'; JobNumber = 1 }, [pscustomobject]@{ ProjectSlug = 'gh/acme/api'; JobNumber = 2 } |
            Get-CircleJob | ForEach-Object Number
        $numbers | Should -Be @(1, 2)
    }

    It 'writes a not-found error for an unknown job number and goes on with the rest' {
        $jobs = @(Get-CircleJob gh/acme/api 999999, 1 -ErrorAction SilentlyContinue -ErrorVariable err)
        $jobs.Number | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[0].TargetObject | Should -Be 'gh/acme/api job 999999'
        Get-CircleJob -WorkflowId ([guid]::NewGuid()) -ErrorAction SilentlyContinue -ErrorVariable err2
        $err2[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
    }
}
