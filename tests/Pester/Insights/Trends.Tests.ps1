# Insights trends as typed values: a ratio, the change and a direction, comparable with numbers and with each other,
# printed as the change; and the README's "which workflow got slower" one-liner works as written.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
}

Describe 'InsightTrend' {
    It 'has a ratio, a change and a direction' {
        $up = [CircleCi.PowerShell.Models.InsightTrend]::new(1.2)
        $up.Ratio | Should -Be 1.2
        [math]::Round($up.Change, 6) | Should -Be 0.2
        $up.Direction | Should -Be 'Up'
        [CircleCi.PowerShell.Models.InsightTrend]::new(0.5).Direction | Should -Be 'Down'
        [CircleCi.PowerShell.Models.InsightTrend]::new(1).Direction | Should -Be 'Flat'
        "$up" | Should -Be '+20%'
    }

    It 'compares with numbers and sorts by ratio' {
        $a = [CircleCi.PowerShell.Models.InsightTrend]::new(1.3); $b = [CircleCi.PowerShell.Models.InsightTrend]::new(0.9)
        $a -gt 1.2 | Should -BeTrue
        $b -lt 0.95 | Should -BeTrue
        (@($b, $a) | Sort-Object -Descending)[0].Ratio | Should -Be 1.3
    }
}

Describe 'Trends on Insights objects' {
    BeforeAll {
        $script:Summaries = @(Get-CircleWorkflowMetric gh/acme/api | Get-CircleWorkflowSummary)
    }

    It 'are typed on every summary' {
        $script:Summaries | Should -Not -BeNullOrEmpty
        foreach ($s in $script:Summaries) {
            $s.P95DurationTrend | Should -BeOfType ([CircleCi.PowerShell.Models.InsightTrend])
            $s.P95DurationTrend.Direction | Should -BeIn 'Up', 'Down', 'Flat'
        }
    }

    It 'the README one-liner answers which workflow got slower, slowest-growing first' {
        $readme = Get-Content -Raw (Join-Path $PSScriptRoot '../../../README.md')
        $lines = $readme -split "`r?`n"
        $i = [array]::FindIndex($lines, [Predicate[string]] { param($l) $l -like '*# which workflow got slower*' })
        $line = $lines[$i]
        while ($i -gt 0 -and $lines[$i - 1].TrimEnd().EndsWith('|')) { $i--; $line = $lines[$i] + "`n" + $line }
        $line | Should -Match 'Direction'
        $code = ($line -split '#')[0]
        $slower = @(& ([scriptblock]::Create($code)))
        $expected = @($script:Summaries | Where-Object { $_.P95DurationTrend.Ratio -gt 1.005 } | Sort-Object { $_.P95DurationTrend.Ratio } -Descending)
        $slower.Count | Should -Be $expected.Count
        if ($expected) { $slower[0].WorkflowName | Should -Be $expected[0].WorkflowName }
    }

    It 'export as the change, not a type name' {
        $csv = $script:Summaries | Select-Object WorkflowName, P95DurationTrend | ConvertTo-Csv | Out-String
        $csv | Should -Not -Match 'CircleCi\.PowerShell'
        $csv | Should -Match '"[+-]?\d+%"'
    }
}
