# Tab completion: values come from what the session has seen (and the organizations Connect-Circle read once),
# and pressing Tab never sends a request.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    function Complete([string] $Line) {
        @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches | ForEach-Object CompletionText)
    }
}

Describe 'Tab completion' {
    BeforeAll {
        Connect-TestCircle
        # Connect-Circle read the organizations; now let the session see some projects, branches and workflows.
        $pipelines = @(Get-CirclePipeline -ProjectSlug gh/acme/api | Select-Object -First 6)
        $branches = @($pipelines.Vcs.Branch | Sort-Object -Unique)
        $workflowName = @(Get-CircleWorkflowMetric gh/acme/api)[0].WorkflowName
        Clear-CircleEmulatorRequest
    }
    AfterAll { Disconnect-Circle }

    It 'completes project slugs seen and "vcs/org/" for the user''s organizations' {
        Complete 'Get-CircleProject gh/acme/a' | Should -Contain 'gh/acme/api'
        Complete 'Get-CircleProject g' | Should -Contain 'gh/acme/'
        Complete 'Get-CircleProject bb/' | Should -Contain 'bb/acme/'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'completes branches from seen pipelines and workflow names from seen workflows and metrics' {
        $branches | Should -Contain 'feature/login'
        Complete 'Get-CirclePipeline gh/acme/api -Branch feat' | Should -Be @('feature/login')
        Complete "Get-CircleWorkflowMetric gh/acme/api -WorkflowName $($workflowName.Substring(0, 3))" | Should -Contain $workflowName
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'completes organizations for -OrgSlug' {
        Complete 'Get-CircleOrgSummary gh/' | Should -Be @('gh/acme')
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'completes the values the API documents' {
        Complete 'Get-CircleWorkflowMetric gh/acme/api -ReportingWindow last-3' | Should -Be @('last-30-days')
        Complete 'Get-CircleJobTimeseries gh/acme/api build -Granularity h' | Should -Be @('hourly')
        Complete 'Get-CircleTestResult -Result f' | Should -Be @('failure')
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'completes <Parameter> on every exported cmdlet that has it' -ForEach @(
        @{ Parameter = 'ProjectSlug'; Prefix = 'gh/acme/a'; Expected = 'gh/acme/api' }
        @{ Parameter = 'Branch'; Prefix = 'feat'; Expected = 'feature/login' }
        @{ Parameter = 'OrgSlug'; Prefix = 'gh/'; Expected = 'gh/acme' }
        @{ Parameter = 'WorkflowName'; Prefix = ''; Expected = $null }
    ) {
        $commands = @(Get-Command -Module CircleCi.PowerShell -CommandType Cmdlet | Where-Object { $_.Parameters.ContainsKey($Parameter) })
        $commands | Should -Not -BeNullOrEmpty
        $want = if ($Expected) { $Expected } else { $workflowName }
        foreach ($command in $commands) {
            # Only string parameters complete names (a [string[]] Branch filter of another shape would too).
            Complete "$($command.Name) -$Parameter $Prefix" | Should -Contain $want -Because "$($command.Name) -$Parameter should complete"
        }
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Tab completion of workflows seen' {
    It 'completes workflow names seen only through Get-CircleWorkflow' {
        Connect-TestCircle   # a new session: nothing seen yet
        Complete 'Get-CircleWorkflowRun gh/acme/api -WorkflowName ' | Should -BeNullOrEmpty
        $seen = @(Get-CirclePipeline gh/acme/api -Number 98 | Get-CircleWorkflow)
        $seen | Should -Not -BeNullOrEmpty
        Clear-CircleEmulatorRequest
        foreach ($name in $seen.Name) {
            Complete "Get-CircleWorkflowRun gh/acme/api -WorkflowName $($name.Substring(0, 2))" | Should -Contain $name
        }
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        Disconnect-Circle
    }
}

Describe 'Tab completion without a session' {
    It 'offers no cached names and connects nowhere' {
        Reset-CircleEmulator
        Disconnect-Circle
        Complete 'Get-CircleProject gh/acme/a' | Should -Not -Contain 'gh/acme/api'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
