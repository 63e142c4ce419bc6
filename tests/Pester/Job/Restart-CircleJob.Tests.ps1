BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Restart-CircleJob' {
    BeforeEach {
        Connect-CiTest
        $script:Workflow = New-TestPipeline fail -Run '00:10:00' | Get-CircleWorkflow
        $script:Test = Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Name -EQ test
        Clear-CircleEmulatorRequest
    }

    It 'retries a job through API v1.1 and returns the new job''s details' {
        $retried = $Test | Restart-CircleJob -Confirm:$false
        $post = Get-CircleEmulatorRequest | Where-Object method -EQ POST
        $post.path | Should -Be "/api/v1.1/project/github/acme/api/$($Test.JobNumber)/retry"
        $post.headers.Accept | Should -Be 'application/json'
        $retried | Should -BeOfType ([CircleCi.PowerShell.Models.JobDetail])
        $retried.Name | Should -Be 'test'
        $retried.Number | Should -BeGreaterThan $Test.JobNumber
        Set-CircleEmulatorClock -Advance '00:05:00' | Out-Null
        (Get-CircleJob gh/acme/api $retried.Number).Status | Should -Be 'success'
    }

    It '-EnableSsh uses the ssh endpoint and the new job has SSH' {
        $retried = Restart-CircleJob gh/acme/api $Test.JobNumber -EnableSsh -Confirm:$false
        (Get-CircleEmulatorRequest | Where-Object method -EQ POST).path | Should -Be "/api/v1.1/project/github/acme/api/$($Test.JobNumber)/ssh"
        $retried.Messages.Message | Should -Contain 'SSH is enabled for this job.'
    }

    It '-WhatIf sends nothing' {
        $Test | Restart-CircleJob -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports a running job (BadRequest) and goes on with the next one' {
        $running = New-TestPipeline pass -Run '00:00:10' | Get-CircleWorkflow | Get-CircleJob | Where-Object Status -EQ running
        $retried = @($running, $Test | Restart-CircleJob -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err)
        $retried.Name | Should -Be 'test'
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.BadRequest*'
        $err[0].TargetObject | Should -Be "gh/acme/api job $($running.JobNumber)"
    }
}
