BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Get-CircleSchedule' {
    BeforeEach { Connect-TestCircle }

    It 'lists a project''s schedules with timetable, actor and parameters' {
        $s = Get-CircleSchedule gh/acme/api
        $s | Should -BeOfType ([CircleCi.PowerShell.Models.Schedule])
        $s.Name | Should -Be 'nightly'
        $s.Timetable.PerHour | Should -Be 1
        $s.Timetable.HoursOfDay | Should -Be @(2)
        $s.Timetable.DaysOfWeek | Should -Be @('MON', 'TUE', 'WED', 'THU', 'FRI')
        $s.Actor.Login | Should -Be 'ada'
        $s.Parameters['branch'] | Should -Be 'main'
        $s.ProjectSlug | Should -Be 'gh/acme/api'
    }

    It 'pages across more than one page and filters by name' {
        1..21 | ForEach-Object { New-CircleSchedule gh/acme/web "s$_" -PerHour 1 -HoursOfDay 1 -DaysOfMonth 1 -Branch main }
        Clear-CircleEmulatorRequest
        (Get-CircleSchedule gh/acme/web).Count | Should -Be 21
        @(Get-CircleEmulatorRequest -Path /api/v2/project/gh/acme/web/schedule).Count | Should -Be 2
        (Get-CircleSchedule gh/acme/web -Name 's2?').Name | Should -Be @('s20', 's21')
    }

    It 'gets by id from the pipeline, with a per-item 404; binds ProjectSlug from Get-CircleProject' {
        $s = Get-CircleProject gh/acme/api | Get-CircleSchedule
        $got = $s, [pscustomobject]@{ ScheduleId = [guid]::NewGuid() } | Get-CircleSchedule -ErrorVariable e -ErrorAction SilentlyContinue
        $got.Id | Should -Be $s.Id
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}
