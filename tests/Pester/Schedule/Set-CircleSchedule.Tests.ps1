BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Set-CircleSchedule' {
    BeforeEach {
        Connect-TestCircle
        $script:nightly = Get-CircleSchedule gh/acme/api -Name nightly
        Clear-CircleEmulatorRequest
    }

    It 'sends only the fields given (PATCH) and keeps the rest' {
        $after = $nightly | Set-CircleSchedule -HoursOfDay 4 -Description 'Moved to 4 UTC' -PassThru
        $patch = Get-CircleEmulatorRequest | Where-Object method -EQ PATCH
        $patch.path | Should -Be "/api/v2/schedule/$($nightly.Id)"
        $sent = $patch.body | ConvertFrom-Json -AsHashtable
        $sent.Keys | Sort-Object | Should -Be @('description', 'timetable')
        $sent.timetable.Keys | Should -Be @('hours-of-day')
        $after.Timetable.HoursOfDay | Should -Be @(4)
        $after.Timetable.DaysOfWeek.Count | Should -Be 5
        $after.Name | Should -Be 'nightly'
        $after.UpdatedAt | Should -BeGreaterThan $nightly.UpdatedAt
    }

    It 'renames and switches to days of month' {
        $nightly | Set-CircleSchedule -NewName monthly -DaysOfMonth 1, 15
        $s = Get-CircleSchedule -ScheduleId $nightly.Id
        $s.Name | Should -Be 'monthly'
        $s.Timetable.DaysOfMonth | Should -Be @(1, 15)
        $s.Timetable.DaysOfWeek | Should -BeNullOrEmpty
    }

    It 'refuses a call that changes nothing; -WhatIf sends nothing; missing id is per item; Reader gets 403' {
        { $nightly | Set-CircleSchedule } | Should -Throw -ErrorId 'CircleCi.NoChange*'
        $nightly | Set-CircleSchedule -PerHour 2 -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        [guid]::NewGuid(), $nightly.Id | Set-CircleSchedule -PerHour 3 -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        (Get-CircleSchedule -ScheduleId $nightly.Id).Timetable.PerHour | Should -Be 3
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        $nightly | Set-CircleSchedule -PerHour 2 -ErrorVariable denied -ErrorAction SilentlyContinue
        $denied[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
