BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Get-CircleFailure' {
    BeforeEach { Connect-CiTest }

    It 'reports failed tests with file, line and the Insights flaky flag, the failing step with its exit code and output tail, and the rerun' {
        $pipeline = New-TestPipeline failures -Run '00:10:00'
        $failures = @($pipeline | Get-CircleFailure)
        $failures.Count | Should -Be 1
        $f = $failures[0]
        $f | Should -BeOfType ([CircleCi.PowerShell.Models.CircleFailure])
        $f.JobName | Should -Be 'test'
        $f.WorkflowName | Should -Be 'build-and-test'
        $f.Status | Should -Be 'failed'
        $f.Reason | Should -Be 'TestsFailed'
        $f.Steps.Count | Should -Be 1
        $f.Steps[0].Name | Should -Be 'Run tests'
        $f.Steps[0].ExitCode | Should -Be 1
        $f.Steps[0].NodeIndex | Should -Be 1
        $f.Steps[0].OutputTail | Should -Not -Match "`e"
        $f.Steps[0].OutputTail | Should -BeLike "*FAILED tests/test_login.py::test_token_refresh*"
        ($f.Steps[0].OutputTail -split "`n")[-1] | Should -Be 'Exited with code exit status 1'
        $f.Tests.Count | Should -Be 3
        $login = $f.Tests | Where-Object Name -EQ test_token_refresh
        $login.File | Should -Be 'tests/test_login.py'
        $login.Line | Should -Be 42
        $login.Flaky | Should -BeFalse
        $orders = $f.Tests | Where-Object Name -EQ test_create_order
        $orders.Line | Should -Be 118
        $orders.Flaky | Should -BeTrue -Because 'Insights lists tests.test_orders test_create_order as flaky'
        ($f.Tests | Where-Object Classname -EQ tests.report).Line | Should -BeNullOrEmpty
        $f.LikelyTransient | Should -BeFalse
        $f.Rerun | Should -Be "Restart-CircleWorkflow -WorkflowId $($f.WorkflowId) -Job $($f.JobId)"
        $f.Message | Should -Be "Job test #$($f.JobNumber) of workflow build-and-test failed: step ""Run tests"" exited with code 1; 3 failed tests (1 known flaky)."
        $f.WebUrl | Should -BeLike "*/jobs/$($f.JobNumber)"
    }

    It 'tells a timed-out step (exit code null) from a failed one' {
        $f = New-TestPipeline timeout -Run '00:10:00' | Get-CircleFailure
        $f.Status | Should -Be 'timedout'
        $f.Reason | Should -Be 'TimedOut'
        $f.Steps[0].Status | Should -Be 'timedout'
        $f.Steps[0].ExitCode | Should -BeNullOrEmpty
        $f.Steps[0].Reason | Should -Be 'TimedOut'
        $f.Steps[0].OutputTail | Should -BeLike '*Too long with no output*'
        $f.LikelyTransient | Should -BeTrue
        $f.Message | Should -BeLike '*step "Run tests" timed out.'
    }

    It 'tells an infrastructure failure in the first step, with no tests' {
        $f = New-TestPipeline infra-fail -FailJob build -Run '00:10:00' | Get-CircleFailure
        $f.JobName | Should -Be 'build'
        $f.Reason | Should -Be 'InfrastructureFailure'
        $f.Steps[0].Name | Should -Be 'Spin up environment'
        $f.Steps[0].ExitCode | Should -BeNullOrEmpty
        $f.Tests.Count | Should -Be 0
        $f.LikelyTransient | Should -BeTrue
    }

    It 'takes workflows and jobs from the pipe, reports a job once, and nothing for jobs that passed' {
        $workflow = New-TestPipeline failures -Run '00:10:00' | Get-CircleWorkflow
        @($workflow | Get-CircleFailure).Count | Should -Be 1
        $jobs = @($workflow | Get-CircleJob)
        @($jobs | Get-CircleFailure).JobName | Should -Be 'test'
        @($jobs | Where-Object Name -EQ build | Get-CircleFailure).Count | Should -Be 0
    }

    It 'counts only the latest run of a workflow: a rerun that passed clears the failure' {
        $pipeline = New-TestPipeline fail -Run '00:10:00'
        $pipeline | Get-CircleWorkflow | Restart-CircleWorkflow -FromFailed -Confirm:$false | Out-Null
        Set-CircleEmulatorClock -Advance '00:10:00' | Out-Null
        @($pipeline | Get-CircleFailure).Count | Should -Be 0
    }

    It 'has a default table view' {
        $out = New-TestPipeline failures -Run '00:10:00' | Get-CircleFailure | Out-String -Width 120
        $out | Should -Match 'Workflow\s+Job\s+Number\s+Reason\s+Step\s+Tests'
        $out | Should -Match 'build-and-test\s+test\s+\d+\s+TestsFailed\s+Run tests \(exit 1\)\s+3 failed, 1 flaky'
    }
}
