BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    $script:Fast = @{ PollInterval = 0.02; MaxPollInterval = 0.05 }
}

Describe 'Wait-CirclePipeline' {
    BeforeEach { Connect-CiTest }

    It 'polls while the run goes on, reports progress, and returns the finished workflows' {
        $pipeline = New-TestPipeline pass
        # The clock moves 20 virtual seconds a poll: the first poll sees the run (95 virtual seconds) at its start and
        # a later one its end, on a machine however loaded.
        Clear-CircleEmulatorRequest
        $out = $pipeline | Wait-CirclePipeline @Fast -Verbose 4>&1 | Step-ClockWithPolls -Step '00:00:20'
        $workflows = @($out | Where-Object { $_ -is [CircleCi.PowerShell.Models.Workflow] })
        $workflows.Count | Should -Be 1
        $workflows[0].Status | Should -Be 'success'
        $workflows[0].PipelineId | Should -Be $pipeline.Id
        $progress = @($out | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like "Waiting for gh/acme/api pipeline #$($pipeline.Number):*" })
        $progress[0].Message | Should -BeLike '*0/1 workflows finished*'
        $progress[-1].Message | Should -BeLike '*1/1 workflows finished*'
        @(Get-CircleEmulatorRequest -Path "/api/v2/pipeline/$($pipeline.Id)/workflow").Count | Should -BeGreaterThan 1
    }

    It 'gives up at -Timeout with an OperationTimeout error and the workflows as they were' {
        $pipeline = New-TestPipeline pass
        $workflows = Wait-CirclePipeline $pipeline.Id -Timeout 1 @Fast -ErrorAction SilentlyContinue -ErrorVariable err
        $workflows.Status | Should -Be 'running'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleWait.Timeout*'
        $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        $err[0].TargetObject | Should -Be $pipeline.Id
    }

    It 'returns a workflow held by an approval as on hold, with a warning saying how to approve' {
        $pipeline = New-TestPipeline hold
        Set-CircleEmulatorClock -Speed 1000 | Out-Null
        $workflows = $pipeline | Wait-CirclePipeline @Fast -WarningVariable warn -WarningAction SilentlyContinue
        $workflows.Status | Should -Be 'on_hold'
        $warn[0] | Should -BeLike "*$($workflows.Id)*Approve-CircleJob*"
    }

    It '-ErrorOnFailure makes an approval hold an error naming the held workflow and the way on' {
        $pipeline = New-TestPipeline hold
        Set-CircleEmulatorClock -Speed 1000 | Out-Null
        $workflows = $pipeline | Wait-CirclePipeline @Fast -ErrorOnFailure -ErrorAction SilentlyContinue -ErrorVariable err -WarningAction SilentlyContinue
        $workflows.Status | Should -Be 'on_hold'
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleWorkflow.OnHold*'
        $err[0].CategoryInfo.Category | Should -Be 'OperationStopped'
        $err[0].TargetObject.Id | Should -Be $workflows.Id
        $err[0].ErrorDetails.RecommendedAction | Should -BeLike '*Approve-CircleJob*-WaitForApproval*'
    }

    It '-ErrorOnFailure -WaitForApproval waits through the hold and succeeds once approved' {
        $pipeline = New-TestPipeline hold -Run '00:10:00'
        Get-CircleWorkflow -PipelineId $pipeline.Id | Get-CircleJob | Where-Object Type -EQ approval | Approve-CircleJob -Confirm:$false
        Set-CircleEmulatorClock -Speed 1000 | Out-Null
        $workflows = $pipeline | Wait-CirclePipeline @Fast -ErrorOnFailure -WaitForApproval -ErrorAction SilentlyContinue -ErrorVariable err
        $workflows.Status | Should -Be 'success'
        $err | Should -BeNullOrEmpty
    }

    It 'keeps waiting on hold with -WaitForApproval (until -Timeout)' {
        $pipeline = New-TestPipeline hold -Run '00:10:00'
        $workflows = $pipeline | Wait-CirclePipeline @Fast -WaitForApproval -Timeout 1 -ErrorAction SilentlyContinue -ErrorVariable err
        $workflows.Status | Should -Be 'on_hold'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleWait.Timeout*'
    }

    It 'ends with the pipeline''s config error instead of waiting for workflows that never come' {
        $pipeline = New-TestPipeline config-error
        $out = $pipeline | Wait-CirclePipeline @Fast -ErrorAction SilentlyContinue -ErrorVariable err
        $out | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CirclePipeline.Errored*'
        $err[0].Exception.Message | Should -BeLike '*Config does not conform to schema*'
        $err[0].TargetObject | Should -Be $pipeline.Id
    }

    It 'ends after -NoWorkflowTimeout when a created pipeline shows no workflow' {
        $pipeline = New-TestPipeline no-workflow
        $pipeline | Wait-CirclePipeline @Fast -NoWorkflowTimeout 1 -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CirclePipeline.NoWorkflow*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidResult'
        $err[0].Exception.Message | Should -BeLike "*gh/acme/api #$($pipeline.Number) ($($pipeline.Id))*"
        $err[0].ErrorDetails.RecommendedAction | Should -BeLike "*Get-CirclePipelineConfig -PipelineId $($pipeline.Id)*"
    }

    It '-FailFast -ErrorOnFailure stops at the failed job with an error' {
        $pipeline = New-TestPipeline fail -FailJob build
        Set-CircleEmulatorClock -Speed 1000 | Out-Null
        $workflows = $pipeline | Wait-CirclePipeline @Fast -FailFast -ErrorOnFailure -ErrorAction SilentlyContinue -ErrorVariable err
        $workflows.Status | Should -BeIn 'failed', 'failing'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleWorkflow.Failed*'
        Get-CircleJob -WorkflowId $workflows.Id | Where-Object Name -EQ 'build' | ForEach-Object Status | Should -Be 'failed'
    }

    It 'reports an unknown pipeline and still waits for the next one piped' {
        $pipeline = New-TestPipeline pass -Run '00:10:00'
        $workflows = [guid]::NewGuid(), $pipeline.Id | Wait-CirclePipeline @Fast -ErrorAction SilentlyContinue -ErrorVariable err
        $workflows.Status | Should -Be 'success'
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
    }
}
