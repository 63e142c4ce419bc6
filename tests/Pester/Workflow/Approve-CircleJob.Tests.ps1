BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Approve-CircleJob' {
    BeforeEach {
        Connect-CiTest
        $script:Workflow = New-TestPipeline hold -Run '00:10:00' | Get-CircleWorkflow
        $script:Hold = Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Type -EQ approval
        Clear-CircleEmulatorRequest
    }

    It 'approves a piped approval job, and the workflow goes on to deploy' {
        $Workflow.Status | Should -Be 'on_hold'
        $Hold | Approve-CircleJob -Confirm:$false
        (Get-CircleEmulatorRequest)[0].path | Should -Be "/api/v2/workflow/$($Workflow.Id)/approve/$($Hold.ApprovalRequestId)"
        $approved = Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Type -EQ approval
        $approved.Status | Should -Be 'success'
        $approved.ApprovedBy | Should -Not -BeNullOrEmpty
        Set-CircleEmulatorClock -Advance '00:01:00' | Out-Null
        (Get-CircleWorkflow -WorkflowId $Workflow.Id).Status | Should -Be 'success'
    }

    It 'approves by workflow id and approval request id; -WhatIf sends nothing' {
        Approve-CircleJob $Workflow.Id $Hold.ApprovalRequestId -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        Approve-CircleJob $Workflow.Id $Hold.ApprovalRequestId -Confirm:$false
        (Get-CircleWorkflow -WorkflowId $Workflow.Id).Status | Should -Be 'running'
    }

    It 'refuses build jobs before sending, and goes on with the approval job piped after them' {
        Get-CircleJob -WorkflowId $Workflow.Id | Approve-CircleJob -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        @($err | Where-Object FullyQualifiedErrorId -Like 'CircleCi.NotAnApprovalJob*').Count | Should -Be 3
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err[0].TargetObject | Should -Be 'build'
        @(Get-CircleEmulatorRequest).Count | Should -Be 2 -Because 'one GET of the jobs, one approval'
    }

    It 'reports an approval that is no longer on hold as a BadRequest error' {
        $Hold | Approve-CircleJob -Confirm:$false
        $Hold | Approve-CircleJob -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.BadRequest*'
        $err[0].TargetObject | Should -Be 'hold'
    }
}
