# Test, flaky-test, project and organization Insights against the emulator's computed history.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:Slug = 'gh/acme/api'
}

Describe 'Get-CircleTestMetric and Get-CircleFlakyTest' {
    BeforeAll {
        $script:Report = Get-CircleTestMetric $Slug build-and-test -AllBranches
        $script:Flaky = @(Get-CircleFlakyTest $Slug)
    }

    It 'adds the per-run test counts up to the totals' {
        $Report.ProjectSlug | Should -Be $Slug
        $Report.TestRuns.Count | Should -BeGreaterThan 0
        $Report.TotalTestRuns | Should -Be ($Report.TestRuns.TestCounts | Measure-Object Total -Sum).Sum
        $Report.AverageTestCount | Should -Be ([math]::Round($Report.TotalTestRuns / $Report.TestRuns.Count))
        $Report.TestRuns | ForEach-Object {
            $c = $_.TestCounts
            $c.Total | Should -Be ($c.Success + $c.Failure + $c.Error + $c.Skipped)
            $_.SuccessRate | Should -Be ($c.Success / $c.Total)
        }
    }

    It 'ranks the most failed tests by failures, matching the failures in the test runs' {
        $failed = $Report.MostFailedTests
        $failed | Should -Not -BeNullOrEmpty
        @($failed.FailedRuns) | Should -Be @($failed.FailedRuns | Sort-Object -Descending)
        ($failed | Measure-Object FailedRuns -Sum).Sum | Should -Be ($Report.TestRuns.TestCounts | Measure-Object Failure -Sum).Sum
        $failed | ForEach-Object { $_.WorkflowName | Should -Be 'build-and-test'; $_.FailureRate | Should -Be ($_.FailedRuns / $_.TotalRuns) }
        @($Report.SlowestTests.P95Duration) | Should -Be @($Report.SlowestTests.P95Duration | Sort-Object -Descending)
    }

    It 'finds the tests that passed and failed on one commit, the same ones test metrics flag as flaky' {
        $Flaky.Count | Should -BeGreaterThan 0
        $flagged = @($Report.MostFailedTests + $Report.SlowestTests | Where-Object Flaky | ForEach-Object TestName | Sort-Object -Unique)
        @($Flaky.TestName | Sort-Object) | Should -Be $flagged
        foreach ($test in $Flaky) {
            $test.ProjectSlug | Should -Be $Slug
            $test.TimesFlaked | Should -BeGreaterThan 0
            $test.TimesFlaked | Should -BeLessOrEqual ($Report.MostFailedTests | Where-Object TestName -EQ $test.TestName).FailedRuns
            $test.TimeWasted | Should -Be ([timespan]::FromSeconds($test.TimeWastedSeconds))
        }
        # A test that fails on every run of its commits is broken, not flaky.
        $broken = $Report.MostFailedTests | Where-Object { -not $_.Flaky }
        $broken | Should -Not -BeNullOrEmpty
        $broken.TestName | ForEach-Object { $_ | Should -Not -BeIn $Flaky.TestName }
        @(Get-CircleFlakyTest $Slug -WorkflowName nothing*) | Should -BeNullOrEmpty
    }
}

Describe 'Get-CircleProjectSummary and Get-CircleOrgSummary' {
    It 'adds workflow and branch rows up to the project totals, as the workflow metrics count them' {
        $summary = Get-CircleProjectSummary $Slug
        $summary.ProjectSlug | Should -Be $Slug
        ($summary.Workflows | Measure-Object TotalRuns -Sum).Sum | Should -Be $summary.TotalRuns
        ($summary.WorkflowBranches | Measure-Object TotalRuns -Sum).Sum | Should -Be $summary.TotalRuns
        ($summary.Workflows | Measure-Object TotalCreditsUsed -Sum).Sum | Should -Be $summary.TotalCreditsUsed
        foreach ($metric in Get-CircleWorkflowMetric $Slug -AllBranches) {
            $row = $summary.Workflows | Where-Object WorkflowName -EQ $metric.WorkflowName
            $row.TotalRuns | Should -Be $metric.TotalRuns
            $row.SuccessRate | Should -Be $metric.SuccessRate
            $row.P95DurationSeconds | Should -Be $metric.P95DurationSeconds
            $row.ProjectSlug | Should -Be $Slug
        }
        $summary.AllBranches | Should -Contain 'feature/login'
        $summary.AllWorkflows | Should -Contain 'deploy'
    }

    It 'limits the rows to the branches and workflows asked for, sending each as its own query value' {
        Clear-CircleEmulatorRequest
        $summary = Get-CircleProjectSummary $Slug -Branch main -WorkflowName build-and-test, deploy
        @($summary.WorkflowBranches.Branch | Sort-Object -Unique) | Should -Be @('main')
        (Get-CircleEmulatorRequest)[0].query | Should -Match 'branches=main.*workflow-names=build-and-test&workflow-names=deploy'
    }

    It 'sums the projects of an organization, each with the project''s own totals' {
        $org = Get-CircleOrgSummary gh/acme
        $org.OrgSlug | Should -Be 'gh/acme'
        ($org.Projects | Measure-Object TotalRuns -Sum).Sum | Should -Be $org.TotalRuns
        ($org.Projects | Measure-Object TotalCreditsUsed -Sum).Sum | Should -Be $org.TotalCreditsUsed
        $api = $org.Projects | Where-Object ProjectName -EQ 'api'
        $api.ProjectSlug | Should -Be $Slug
        $api.TotalRuns | Should -Be (Get-CircleProjectSummary $Slug).TotalRuns
        @((Get-CircleOrgSummary gh/acme -ProjectName api).Projects.ProjectName) | Should -Be @('api')
        $org.AllProjects | Should -Contain 'web'
    }

    It 'refuses an organization slug that is not vcs/org before any request' {
        Clear-CircleEmulatorRequest
        Get-CircleOrgSummary gh -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -Match '^CircleCi.InvalidOrgSlug'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Insights default views' {
    It '<Command> fits a 120-column console' -ForEach @(
        @{ Command = { Get-CircleWorkflowMetric gh/acme/api } }
        @{ Command = { Get-CircleWorkflowRun gh/acme/api build-and-test -MaxPages 1 } }
        @{ Command = { Get-CircleJobMetric gh/acme/api build-and-test } }
        @{ Command = { Get-CircleWorkflowSummary gh/acme/api build-and-test } }
        @{ Command = { Get-CircleJobTimeseries gh/acme/api build-and-test } }
        @{ Command = { Get-CircleTestMetric gh/acme/api build-and-test } }
        @{ Command = { (Get-CircleTestMetric gh/acme/api build-and-test).MostFailedTests } }
        @{ Command = { (Get-CircleTestMetric gh/acme/api build-and-test).TestRuns } }
        @{ Command = { Get-CircleFlakyTest gh/acme/api } }
        @{ Command = { Get-CircleInsightBranch gh/acme/api } }
        @{ Command = { Get-CircleOrgSummary gh/acme } }
        @{ Command = { (Get-CircleOrgSummary gh/acme).Projects } }
        @{ Command = { Get-CircleProjectSummary gh/acme/api } }
        @{ Command = { (Get-CircleProjectSummary gh/acme/api).WorkflowBranches } }
    ) {
        $objects = @(& $Command)
        $objects | Should -Not -BeNullOrEmpty
        $type = $objects[0].GetType().FullName
        (Get-FormatData -TypeName $type) | Should -Not -BeNullOrEmpty -Because "$type needs a default view"
        $text = $objects | Format-Table | Out-String -Width 400
        $lines = $text -split "`r?`n" | Where-Object { $_.Trim() }
        $lines | ForEach-Object { ($_ -replace '\e\[[0-9;]*m', '').TrimEnd().Length | Should -BeLessOrEqual 120 }
        $lines.Count | Should -BeGreaterThan 2
    }
}
