BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Stop-CircleJob' {
    BeforeEach {
        Connect-CiTest
        $script:Workflow = New-TestPipeline pass -Run '00:01:00' | Get-CircleWorkflow
        $script:Test = Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Name -EQ test
        Clear-CircleEmulatorRequest
    }

    It 'cancels by number (piped job); the jobs after it do not run' {
        $Test.Status | Should -Be 'running'
        $Test | Stop-CircleJob -Confirm:$false
        (Get-CircleEmulatorRequest)[0].path | Should -Be "/api/v2/project/gh/acme/api/job/$($Test.JobNumber)/cancel"
        $jobs = Get-CircleJob -WorkflowId $Workflow.Id
        $jobs.Status | Should -Be @('success', 'canceled', 'not_run')
        (Get-CircleWorkflow -WorkflowId $Workflow.Id).Status | Should -Be 'canceled'
    }

    It 'cancels by job id' {
        Stop-CircleJob -JobId $Test.Id -Confirm:$false
        (Get-CircleEmulatorRequest)[0].path | Should -Be "/api/v2/jobs/$($Test.Id)/cancel"
        (Get-CircleJob gh/acme/api $Test.JobNumber).Status | Should -Be 'canceled'
    }

    It '-WhatIf sends nothing' {
        $Test | Stop-CircleJob -WhatIf
        Stop-CircleJob -JobId $Test.Id -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports a finished job (BadRequest) and an unknown one (NotFound), each with its target' {
        $build = Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Name -EQ build
        $build, [pscustomobject]@{ ProjectSlug = 'gh/acme/api'; JobNumber = 999999 }, $Test |
            Stop-CircleJob -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err.Count | Should -Be 2
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.BadRequest*'
        $err[0].TargetObject | Should -Be "gh/acme/api job $($build.JobNumber)"
        $err[1].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[1].TargetObject | Should -Be 'gh/acme/api job 999999'
        (Get-CircleJob gh/acme/api $Test.JobNumber).Status | Should -Be 'canceled' -Because 'the errors did not stop the pipeline'
    }
}
