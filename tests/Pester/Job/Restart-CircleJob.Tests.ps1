BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')

    # Every request went to API v2: the v1.1 retry and ssh POSTs answer 410 Gone from 2027-02-01.
    function Assert-OnlyApiV2 {
        $requests = @(Get-CircleEmulatorRequest)
        $requests | Should -Not -BeNullOrEmpty
        $requests.path | ForEach-Object { $_ | Should -BeLike '/api/v2/*' }
    }
}

Describe 'Restart-CircleJob' {
    BeforeEach {
        Connect-CiTest
        $script:Workflow = New-TestPipeline fail -Run '00:10:00' | Get-CircleWorkflow
        $script:Test = Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Name -EQ test
        Clear-CircleEmulatorRequest
    }

    It 'reruns the job in its workflow through API v2 only, and returns the new job''s details' {
        $retried = $Test | Restart-CircleJob -Confirm:$false
        Assert-OnlyApiV2
        @(Get-CircleEmulatorRequest | Where-Object method -EQ POST).path | Should -Be "/api/v2/workflow/$($Workflow.Id)/rerun"
        $body = Get-PostedBody "/api/v2/workflow/$($Workflow.Id)/rerun"
        $body.jobs | Should -Be @($Test.Id.ToString())
        $body.Keys | Should -Not -Contain 'enable_ssh'
        $retried | Should -BeOfType ([CircleCi.PowerShell.Models.JobDetail])
        $retried.Name | Should -Be 'test'
        $retried.Number | Should -BeGreaterThan $Test.JobNumber
        $retried.WorkflowId | Should -Not -Be $Workflow.Id
        (Get-CircleWorkflow -WorkflowId $retried.WorkflowId).PipelineId | Should -Be $Workflow.PipelineId
        Set-CircleEmulatorClock -Advance '00:05:00' | Out-Null
        (Get-CircleJob gh/acme/api $retried.Number).Status | Should -Be 'success'
    }

    It '-EnableSsh sends enable_ssh with the job, and the new job has SSH' {
        $retried = Restart-CircleJob gh/acme/api $Test.JobNumber -EnableSsh -Confirm:$false
        Assert-OnlyApiV2
        $body = Get-PostedBody "/api/v2/workflow/$($Workflow.Id)/rerun"
        $body.jobs | Should -Be @($Test.Id.ToString())
        $body.enable_ssh | Should -BeTrue
        $retried.Messages.Message | Should -Contain 'SSH is enabled for this job.'
    }

    It 'reruns a job a rerun carried over unchanged in its latest workflow' {
        $rerun = $Workflow | Restart-CircleWorkflow -FromFailed -Confirm:$false
        Set-CircleEmulatorClock -Advance '00:10:00' | Out-Null
        $build = Get-CircleJob -WorkflowId $rerun.Id | Where-Object Name -EQ build
        $build.JobNumber | Should -Be (Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Name -EQ build).JobNumber
        Clear-CircleEmulatorRequest
        $retried = $build | Restart-CircleJob -Confirm:$false
        Assert-OnlyApiV2
        (Get-PostedBody "/api/v2/workflow/$($rerun.Id)/rerun").jobs | Should -Be @($build.Id.ToString())
        $retried.Name | Should -Be 'build'
    }

    It '-WhatIf sends nothing' {
        $Test | Restart-CircleJob -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports a job whose workflow still runs (BadRequest) and goes on with the next one' {
        $running = New-TestPipeline pass -Run '00:00:10' | Get-CircleWorkflow | Get-CircleJob | Where-Object Status -EQ running
        $retried = @($running, $Test | Restart-CircleJob -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err)
        $retried.Name | Should -Be 'test'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.BadRequest*'
        $err[0].TargetObject | Should -Be "gh/acme/api job $($running.JobNumber)"
    }

    It 'reports a job number the project does not have (NotFound) before any rerun' {
        Restart-CircleJob gh/acme/api 999999 -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        Get-CircleEmulatorRequest | Where-Object method -EQ POST | Should -BeNullOrEmpty
    }
}
