BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Get-CircleJobLog' {
    BeforeEach {
        Connect-CiTest
        $script:Workflow = New-TestPipeline fail -Run '00:10:00' | Get-CircleWorkflow
        Clear-CircleEmulatorRequest
    }

    It 'prints the failing step''s output for failed jobs found by pipeline binding' {
        $logs = @(Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Status -EQ failed | Get-CircleJobLog -Failed)
        $logs.Count | Should -Be 1
        $logs[0] | Should -BeOfType ([CircleCi.PowerShell.Models.JobStepLog])
        $logs[0].Step | Should -Be 'Run tests'
        $logs[0].NodeIndex | Should -Be 1
        $logs[0].ExitCode | Should -Be 1
        $logs[0].Output | Should -BeLike '*FAILED tests/test_login.py::test_token_refresh*'
        $logs[0].Command | Should -Be 'make test'
    }

    It 'reads every step of every node from v1.1 and never sends the token to output_url' {
        $test = Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Name -EQ test
        $logs = @(Get-CircleJobLog gh/acme/api $test.JobNumber)
        $logs.Count | Should -Be 8 -Because '4 steps on 2 nodes'
        ($logs | Where-Object NodeIndex -EQ 0).Status | Should -Be @('success', 'success', 'success', 'success')
        $v1 = Get-CircleEmulatorRequest -Path /api/v1.1/
        $v1.path | Should -Be "/api/v1.1/project/github/acme/api/$($test.JobNumber)"
        $v1.headers.Accept | Should -Be 'application/json'
        $other = @(Get-CircleEmulatorRequest -Other)
        $other.Count | Should -Be 8
        $other | ForEach-Object {
            $sent = $_.headers.PSObject.Properties.Name
            $sent | Should -Contain 'Accept' -Because 'the header names are really there to look at'
            $sent | Should -Not -Contain 'Circle-Token'
            $sent | Should -Not -Contain 'Authorization'
            $_.path | Should -BeLike "/output/github/acme/api/$($test.JobNumber)/*"
        }
    }

    It 'filters by -Step (wildcards) and -NodeIndex, fetching only those outputs' {
        $test = Get-CircleJob -WorkflowId $Workflow.Id | Where-Object Name -EQ test
        Clear-CircleEmulatorRequest -Other
        $log = Get-CircleJobLog gh/acme/api $test.JobNumber -Step 'Run*' -NodeIndex 0
        $log.Status | Should -Be 'success'
        $log.Output | Should -BeLike '*12 passed*'
        @(Get-CircleEmulatorRequest -Other).Count | Should -Be 1
    }

    It 'shows a running job''s steps so far' {
        $running = New-TestPipeline pass -Run '00:00:10' | Get-CircleWorkflow | Get-CircleJob | Where-Object Name -EQ build
        $logs = @($running | Get-CircleJobLog)
        $logs[-1].Status | Should -Be 'running'
        $logs[-1].ExitCode | Should -BeNullOrEmpty
    }

    It 'writes a not-found error per unknown job and goes on' {
        $logs = @([pscustomobject]@{ ProjectSlug = 'gh/acme/api'; JobNumber = 999999 }, (Get-CircleJob -WorkflowId $Workflow.Id)[0] |
            Get-CircleJobLog -ErrorAction SilentlyContinue -ErrorVariable err)
        $logs.Count | Should -Be 4
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[0].TargetObject | Should -Be 'gh/acme/api job 999999'
    }
}
