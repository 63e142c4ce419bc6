BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    $script:Fast = @{ PollInterval = 0.02; MaxPollInterval = 0.05 }
}

Describe 'Wait-CircleWorkflow' {
    BeforeEach { Connect-CiTest }

    It 'waits for all piped workflows together and returns each once finished' {
        $workflows = (New-TestPipeline pass), (New-TestPipeline fail) | Get-CircleWorkflow
        Set-CircleEmulatorClock -Speed 1000 | Out-Null
        $done = @($workflows | Wait-CircleWorkflow @Fast)
        $done.Count | Should -Be 2
        $done.Status | Should -Be @('success', 'failed')
        $done.Id | Should -Be $workflows.Id
    }

    It 'returns at on_hold, and after an approval waits the workflow to success' {
        $workflow = New-TestPipeline hold -Run '00:10:00' | Get-CircleWorkflow
        (Wait-CircleWorkflow $workflow.Id @Fast -WarningAction SilentlyContinue).Status | Should -Be 'on_hold'
        Get-CircleJob -WorkflowId $workflow.Id | Where-Object Type -EQ approval | Approve-CircleJob -Confirm:$false
        Set-CircleEmulatorClock -Speed 1000 | Out-Null
        (Wait-CircleWorkflow $workflow.Id @Fast).Status | Should -Be 'success'
    }

    It 'times out with -Timeout on a frozen clock' {
        $workflow = New-TestPipeline pass | Get-CircleWorkflow
        Wait-CircleWorkflow $workflow.Id -Timeout 1 @Fast -ErrorAction SilentlyContinue -ErrorVariable err | ForEach-Object Status | Should -Be 'running'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleWait.Timeout*'
        $err[0].TargetObject | Should -Be $workflow.Id
    }

    It '-ErrorOnFailure writes an error per failed workflow with the job-log command to run' {
        $workflow = New-TestPipeline fail -Run '00:10:00' | Get-CircleWorkflow
        Wait-CircleWorkflow $workflow.Id @Fast -ErrorOnFailure -ErrorAction SilentlyContinue -ErrorVariable err | Out-Null
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleWorkflow.Failed*'
        $err[0].ErrorDetails.RecommendedAction | Should -BeLike "Get-CircleJob -WorkflowId $($workflow.Id)*Get-CircleJobLog"
    }
}
