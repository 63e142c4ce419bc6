# What a user exports is data: Export-Csv of every output type has no column holding a type name, ConvertTo-Json has no
# TimeSpan object (durations go out as ...Seconds numbers), and the TimeSpan durations and binding aliases are still
# there to read, sort and bind, as hidden members. Samples come from every Get- cmdlet against the emulator; the xunit
# ExportShapeTests hold the types no sample reaches to the same rule.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'OutputSamples.ps1')
    Connect-TestCircle
    $script:Samples = Get-OutputSample -PerType 3
    $script:Objects = @(foreach ($list in $script:Samples.Values) { $list })
    $script:TypeName = '^(System|CircleCi)\.[\w\.`\[\], ]+$'
}

Describe 'Exports carry data' {
    It 'the samples cover the output types' {
        $script:Samples.Count | Should -BeGreaterThan 30
    }

    It 'Export-Csv of every output type has no column holding a type name' {
        $found = foreach ($o in $script:Objects) {
            $row = $o | ConvertTo-Csv | ConvertFrom-Csv
            foreach ($p in $row.PSObject.Properties) { if ($p.Value -match $script:TypeName) { "$($o.GetType().Name).$($p.Name) = $($p.Value)" } }
        }
        @($found | Select-Object -Unique) | Should -BeNullOrEmpty
    }

    It 'ConvertTo-Json of every output type has no TimeSpan object' {
        $found = foreach ($o in $script:Objects) {
            $json = $o | ConvertTo-Json -Depth 8 -Compress -WarningAction SilentlyContinue
            foreach ($m in [regex]::Matches($json, '"(\w+)":\{"Ticks"')) { "$($o.GetType().Name).$($m.Groups[1].Value)" }
        }
        @($found | Select-Object -Unique) | Should -BeNullOrEmpty
    }

    It 'catches a TimeSpan and a type name when they are there' {
        $bad = [pscustomobject]@{ Duration = [timespan]::FromDays(33); Tags = [System.Collections.Generic.List[string]]::new() }
        ($bad | ConvertTo-Json -Compress) | Should -Match '"Duration":\{"Ticks"'
        ($bad | ConvertTo-Csv | ConvertFrom-Csv).Tags | Should -Match $script:TypeName
    }

    It 'every ...Seconds number has its TimeSpan beside it, hidden from exports but readable and sortable' {
        $checked = 0
        foreach ($o in $script:Objects) {
            foreach ($p in @($o.PSObject.Properties | Where-Object Name -Like '*Seconds')) {
                $name = $p.Name -replace 'Seconds$'
                $timespan = $o.PSObject.Properties[$name]
                $timespan | Should -Not -BeNullOrEmpty -Because "$($o.GetType().Name).$($p.Name) needs $name beside it"
                if ($null -ne $p.Value) {
                    $timespan.Value | Should -BeOfType ([timespan])
                    # A running workflow's duration grows between the two reads.
                    [math]::Abs($timespan.Value.TotalSeconds - [double]$p.Value) | Should -BeLessThan 1
                }
                @($o | Get-Member -Name $name) | Should -BeNullOrEmpty -Because 'it is hidden (Get-Member without -Force)'
                $checked++
            }
        }
        $checked | Should -BeGreaterThan 20
    }

    It 'a job detail and a job give their duration the same name and type' {
        $job = $script:Samples['CircleCi.PowerShell.Models.Job'] | Where-Object StoppedAt | Select-Object -First 1
        $detail = Get-CircleJob -ProjectSlug $job.ProjectSlug -JobNumber $job.JobNumber
        $detail.Duration | Should -BeOfType ([timespan])
        $detail.DurationSeconds | Should -BeOfType ([double])
        $job.Duration.GetType() | Should -Be $detail.Duration.GetType()
    }

    It 'jobs sort by their hidden Duration' {
        $jobs = @(Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 3 | Get-CircleWorkflow | Get-CircleJob | Where-Object StartedAt)
        $sorted = @($jobs | Sort-Object Duration)
        $sorted.Count | Should -Be $jobs.Count
        for ($i = 1; $i -lt $sorted.Count; $i++) { $sorted[$i].Duration | Should -BeGreaterOrEqual $sorted[$i - 1].Duration }
    }
}
