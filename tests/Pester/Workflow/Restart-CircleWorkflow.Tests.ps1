BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Restart-CircleWorkflow' {
    BeforeEach {
        Connect-CiTest
        $script:Failed = New-TestPipeline fail -Run '00:10:00' | Get-CircleWorkflow
        $script:Jobs = Get-CircleJob -WorkflowId $Failed.Id
        Clear-CircleEmulatorRequest
    }

    It 'reruns all jobs by default and returns the new workflow of the same pipeline' {
        $rerun = $Failed | Restart-CircleWorkflow -Confirm:$false
        $rerun.Id | Should -Not -Be $Failed.Id
        $rerun.PipelineId | Should -Be $Failed.PipelineId
        $rerun.Status | Should -Be 'running'
        (Get-PostedBody "/api/v2/workflow/$($Failed.Id)/rerun").Count | Should -Be 0
        $new = Get-CircleJob -WorkflowId $rerun.Id
        $new.JobNumber | ForEach-Object { $_ | Should -Not -BeIn $Jobs.JobNumber }
    }

    It '-FromFailed keeps the passed build and reruns test and deploy, which now pass' {
        $rerun = Restart-CircleWorkflow $Failed.Id -FromFailed -Confirm:$false
        (Get-PostedBody "/api/v2/workflow/$($Failed.Id)/rerun").from_failed | Should -BeTrue
        $new = Get-CircleJob -WorkflowId $rerun.Id
        ($new | Where-Object Name -EQ build).JobNumber | Should -Be ($Jobs | Where-Object Name -EQ build).JobNumber
        ($new | Where-Object Name -EQ test).JobNumber | Should -Not -Be ($Jobs | Where-Object Name -EQ test).JobNumber
        Set-CircleEmulatorClock -Advance '00:10:00' | Out-Null
        (Get-CircleWorkflow -WorkflowId $rerun.Id).Status | Should -Be 'success'
    }

    It '-FromFailed on a real failure (the emulator''s broken scenario): the rerun fails again, and Wait-CircleWorkflow says so' {
        $broken = New-TestPipeline broken -Run '00:10:00' | Get-CircleWorkflow
        $broken.Status | Should -Be 'failed'
        $rerun = $broken | Restart-CircleWorkflow -FromFailed -Confirm:$false
        Set-CircleEmulatorClock -Advance '00:10:00' | Out-Null
        $done = $rerun | Wait-CircleWorkflow -PollInterval 0.05 -ErrorOnFailure -ErrorAction SilentlyContinue -ErrorVariable err
        $done.Status | Should -Be 'failed'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleWorkflow.Failed*'
        (Get-CircleJob -WorkflowId $rerun.Id | Where-Object Name -EQ test).Status | Should -Be 'failed'
    }

    It '-Job -EnableSsh -SparseTree sends the job ids and flags, and reruns only that job' {
        $test = $Jobs | Where-Object Name -EQ test
        $rerun = Restart-CircleWorkflow $Failed.Id -Job $test.Id -EnableSsh -SparseTree -Confirm:$false
        $body = Get-PostedBody "/api/v2/workflow/$($Failed.Id)/rerun"
        $body.jobs | Should -Be @($test.Id.ToString())
        $body.enable_ssh | Should -BeTrue
        $body.sparse_tree | Should -BeTrue
        $new = Get-CircleJob -WorkflowId $rerun.Id
        ($new | Where-Object Name -EQ deploy).Status | Should -Be 'not_run' -Because 'a sparse tree does not rerun what follows'
        $detail = Get-CircleJob gh/acme/api ($new | Where-Object Name -EQ test).JobNumber
        $detail.Messages.Message | Should -Contain 'SSH is enabled for this job.'
    }

    It '-Job without -SparseTree reruns the jobs downstream too' {
        $rerun = Restart-CircleWorkflow $Failed.Id -Job ($Jobs | Where-Object Name -EQ test).Id -Confirm:$false
        Set-CircleEmulatorClock -Advance '00:10:00' | Out-Null
        (Get-CircleJob -WorkflowId $rerun.Id | Where-Object Name -EQ deploy).Status | Should -Be 'success'
    }

    It '-WhatIf sends nothing; a running workflow is refused with a BadRequest error' {
        Restart-CircleWorkflow $Failed.Id -FromFailed -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        $running = New-TestPipeline pass | Get-CircleWorkflow
        Restart-CircleWorkflow $running.Id -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.BadRequest*'
        $err[0].TargetObject | Should -Be $running.Id
    }
}
