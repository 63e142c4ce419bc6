# Every default view against emulator data, as a CI log shows it: output redirected is formatted at 80 columns, so
# every table must fit 80 columns with its headers whole; and durations of days show their days.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'OutputSamples.ps1')
    Connect-TestCircle
    $script:Samples = Get-OutputSample -PerType 5

    # The table lines of a rendering: the header is the line above the first line of dashes.
    function Get-TableShape([string] $Text) {
        $lines = $Text -split "`r?`n"
        $rule = [array]::FindIndex($lines, [Predicate[string]] { param($l) $l -match '^-[- ]*$' })
        [pscustomobject]@{ Lines = $lines; Header = if ($rule -gt 0) { $lines[$rule - 1] } else { $null }; Rule = $rule }
    }
}

Describe 'Default views in an 80-column log' {
    It 'finds emulator data for the main output types' {
        $script:Samples.Keys | Should -Contain 'CircleCi.PowerShell.Models.Workflow'
        $script:Samples.Keys | Should -Contain 'CircleCi.PowerShell.Models.Pipeline'
        $script:Samples.Keys | Should -Contain 'CircleCi.PowerShell.Models.Job'
        $script:Samples.Count | Should -BeGreaterThan 15
    }

    It 'renders every table within 80 columns with whole headers' {
        $problems = foreach ($entry in $script:Samples.GetEnumerator() | Sort-Object Key) {
            $view = Get-FormatData -TypeName $entry.Key -PowerShellVersion $PSVersionTable.PSVersion
            $table = $view.FormatViewDefinition | Where-Object { $_.Control -is [System.Management.Automation.TableControl] } | Select-Object -First 1
            if (-not $table) { continue }
            $env:NO_COLOR = '1'
            $shape = Get-TableShape ($entry.Value | Format-Table | Out-String -Width 80)
            if ($shape.Rule -lt 1) { "$($entry.Key): no table header"; continue }
            foreach ($line in $shape.Lines) { if ($line.Length -gt 80) { "$($entry.Key): a line of $($line.Length) characters" } }
            $labels = $table.Control.Headers | ForEach-Object Label
            $i = 0
            foreach ($column in $table.Control.Rows[0].Columns) {
                $label = if ($labels[$i]) { $labels[$i] } else { $column.DisplayEntry.Value }
                $i++
                if ($shape.Header -notmatch "(^|\s)$([regex]::Escape($label))(\s|$)") { "$($entry.Key): header '$label' is cut or wrapped in: $($shape.Header)" }
            }
        }
        $problems | Should -BeNullOrEmpty
    }
}

Describe 'Durations of days' {
    BeforeAll {
        $script:Now = [DateTimeOffset]::UtcNow
        $script:Long = [timespan]::new(33, 12, 19, 48)
        $env:NO_COLOR = '1'
    }

    It '<Type> shows 33 days as 33d' -ForEach @(
        @{ Type = 'Workflow'; Make = { [CircleCi.PowerShell.Models.Workflow]@{ Name = 'build'; Status = 'success'; CreatedAt = $Now - $Long; StoppedAt = $Now } } }
        @{ Type = 'Job'; Make = { [CircleCi.PowerShell.Models.Job]@{ Name = 'build'; Status = 'success'; StartedAt = $Now - $Long; StoppedAt = $Now } } }
        @{ Type = 'JobDetail'; Make = {
                # Milliseconds are the wire's form and internal: set the way the JSON reader sets them.
                $detail = [CircleCi.PowerShell.Models.JobDetail]@{ Name = 'build'; Status = 'success' }
                [CircleCi.PowerShell.Models.JobDetail].GetProperty('DurationMilliseconds', [Reflection.BindingFlags]'NonPublic, Instance').SetValue($detail, [long]$Long.TotalMilliseconds)
                $detail } }
        @{ Type = 'WorkflowRun'; Make = { [CircleCi.PowerShell.Models.WorkflowRun]@{ Status = 'success'; DurationSeconds = [long]$Long.TotalSeconds } } }
    ) {
        $text = & $Make | Format-Table | Out-String -Width 80
        $text | Should -Match '33d 12:19:48'
    }
}
