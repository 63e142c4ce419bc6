BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Stop-CircleWorkflow' {
    BeforeEach { Connect-CiTest }

    It 'cancels a running workflow and its unfinished jobs; -PassThru returns it canceled' {
        $workflow = New-TestPipeline pass -Run '00:01:00' | Get-CircleWorkflow
        $stopped = $workflow | Stop-CircleWorkflow -PassThru -Confirm:$false
        $stopped.Status | Should -Be 'canceled'
        $stopped.CanceledBy | Should -Not -BeNullOrEmpty
        $jobs = Get-CircleJob -WorkflowId $workflow.Id
        ($jobs | Where-Object Name -EQ build).Status | Should -Be 'success' -Because 'build had finished before the cancel'
        ($jobs | Where-Object Name -NE build).Status | Should -Be @('canceled', 'canceled')
        @(Get-CircleEmulatorRequest -Path "/api/v2/workflow/$($workflow.Id)/cancel").method | Should -Be 'POST'
    }

    It '-WhatIf sends nothing' {
        $workflow = New-TestPipeline pass | Get-CircleWorkflow
        Clear-CircleEmulatorRequest
        $workflow | Stop-CircleWorkflow -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        (Get-CircleWorkflow -WorkflowId $workflow.Id).Status | Should -Be 'running'
    }

    It 'reports an unknown workflow and cancels the next one' {
        $workflow = New-TestPipeline pass | Get-CircleWorkflow
        $missing = [guid]::NewGuid()
        Stop-CircleWorkflow -WorkflowId $missing, $workflow.Id -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[0].TargetObject | Should -Be $missing
        (Get-CircleWorkflow -WorkflowId $workflow.Id).Status | Should -Be 'canceled'
    }

    It 'is refused to a read-only member (PermissionDenied)' {
        $workflow = New-TestPipeline pass | Get-CircleWorkflow
        Connect-Circle -Token (Get-CircleEmulatorToken -Kind Reader) -ApiUrl $EmulatorUrl
        Stop-CircleWorkflow $workflow.Id -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.Forbidden*'
        $err[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        (Get-CircleWorkflow -WorkflowId $workflow.Id).Status | Should -Be 'running'
    }
}
