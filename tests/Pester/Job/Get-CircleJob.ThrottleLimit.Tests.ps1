BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')

    # The job-list request of each workflow, as the emulator logged it, in the order of $Workflows.
    function Get-JobListRequest($Workflows) {
        $log = @(Get-CircleEmulatorRequest -Path '/api/v2/workflow/')
        foreach ($w in $Workflows) { $log | Where-Object path -EQ "/api/v2/workflow/$($w.Id)/job" | Select-Object -First 1 }
    }
}

Describe 'Get-CircleJob and Get-CircleWorkflow with piped input (-ThrottleLimit)' {
    BeforeEach {
        Connect-CiTest
        $script:workflows = @(1..4 | ForEach-Object { New-TestPipeline pass -Run '00:30:00' } | Get-CircleWorkflow)
        # The first workflow's job list answers slowly, so the others finish first.
        Add-CircleEmulatorFault @{ path = "/api/v2/workflow/$($workflows[0].Id)/job"; kind = 'latency'; ms = 800; count = 1 } | Out-Null
        Clear-CircleEmulatorRequest
    }

    It 'fetches several workflows'' jobs at once and still writes them in input order' {
        $jobs = @($workflows | Get-CircleJob -ThrottleLimit 4)
        $expected = foreach ($w in $workflows) { @(Get-CircleJob -WorkflowId $w.Id) | ForEach-Object { "$($w.Id)/$($_.Name)" } }
        ($jobs | ForEach-Object { "$($_.WorkflowId)/$($_.Name)" }) | Should -Be $expected
        $requests = @(Get-JobListRequest $workflows)
        # Overlap: the later workflows' requests arrived while the first one was still being answered.
        foreach ($later in $requests[1..3]) { $later.received | Should -BeLessThan $requests[0].completed }
    }

    It 'with -ThrottleLimit 1 sends one request after another' {
        $null = $workflows | Get-CircleJob -ThrottleLimit 1
        $requests = @(Get-JobListRequest $workflows)
        $requests.Count | Should -Be 4
        for ($i = 1; $i -lt 4; $i++) { $requests[$i].received | Should -BeGreaterThan $requests[$i - 1].completed }
    }

    It 'reports a failing input as its own error and writes the rest in order' {
        $missing = [pscustomobject]@{ WorkflowId = [guid]::NewGuid() }
        $inputs = @($workflows[0], $missing, $workflows[1])
        $jobs = @($inputs | Get-CircleJob -ErrorVariable failures -ErrorAction SilentlyContinue)
        $failures.Count | Should -Be 1
        $failures[0].TargetObject | Should -Be $missing.WorkflowId
        $failures[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        ($jobs.WorkflowId | Select-Object -Unique) | Should -Be @($workflows[0].Id, $workflows[1].Id)
    }

    It 'Get-CircleWorkflow overlaps piped pipelines the same way, in order' {
        $pipelines = @(Get-CirclePipeline gh/acme/api | Select-Object -First 4)
        Add-CircleEmulatorFault @{ path = "/api/v2/pipeline/$($pipelines[0].Id)/workflow"; kind = 'latency'; ms = 800; count = 1 } | Out-Null
        Clear-CircleEmulatorRequest
        $result = @($pipelines | Get-CircleWorkflow)
        ($result.PipelineId | Select-Object -Unique) | Should -Be $pipelines.Id
        $log = @(Get-CircleEmulatorRequest -Path '/api/v2/pipeline/')
        $first = $log | Where-Object path -EQ "/api/v2/pipeline/$($pipelines[0].Id)/workflow"
        $second = $log | Where-Object path -EQ "/api/v2/pipeline/$($pipelines[1].Id)/workflow"
        $second.received | Should -BeLessThan $first.completed
    }
}
