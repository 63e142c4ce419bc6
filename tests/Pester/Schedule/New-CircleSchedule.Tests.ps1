BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'New-CircleSchedule' {
    BeforeEach { Connect-TestCircle }

    It 'creates a schedule with the documented body and reads it back' {
        $s = New-CircleSchedule gh/acme/web weekly -Description 'Weekly full build' -PerHour 2 -HoursOfDay 5, 3 -DaysOfWeek SAT -Months JAN, JUL `
            -AttributionActor system -Parameters @{ deploy = $true; shards = 4 } -Branch release
        $post = Get-CircleEmulatorRequest | Where-Object method -EQ POST
        $post.path | Should -Be '/api/v2/project/gh/acme/web/schedule'
        $body = $post.body | ConvertFrom-Json
        $body.timetable.'per-hour' | Should -Be 2
        $body.timetable.'hours-of-day' | Should -Be @(3, 5)
        $body.'attribution-actor' | Should -Be 'system'
        $body.parameters.branch | Should -Be 'release'
        $body.parameters.deploy | Should -BeTrue
        $s.Actor.Login | Should -Be 'system-actor'
        (Get-CircleSchedule -ScheduleId $s.Id).Timetable.Months | Should -Be @('JAN', 'JUL')
    }

    It 'refuses an incomplete timetable, a missing branch and out-of-range hours before sending' {
        { New-CircleSchedule gh/acme/web x -PerHour 1 -HoursOfDay 1 -Branch main } | Should -Throw -ErrorId 'CircleCi.IncompleteTimetable*'
        { New-CircleSchedule gh/acme/web x -PerHour 1 -HoursOfDay 1 -DaysOfWeek MON } | Should -Throw -ErrorId 'CircleCi.NoBranchOrTag*'
        { New-CircleSchedule gh/acme/web x -PerHour 61 -HoursOfDay 1 -DaysOfWeek MON -Branch main } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        { New-CircleSchedule gh/acme/web x -PerHour 1 -HoursOfDay 24 -DaysOfWeek MON -Branch main } | Should -Throw -ErrorId 'ParameterArgumentValidationError*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'creates on several projects; a missing one does not stop the others; -WhatIf sends nothing' {
        'gh/acme/api', 'gh/acme/missing', 'gh/acme/web' | New-CircleSchedule -Name hourly -PerHour 1 -HoursOfDay (0..23) -DaysOfWeek MON -Branch main -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        (Get-CircleSchedule gh/acme/web -Name hourly) | Should -Not -BeNullOrEmpty
        Clear-CircleEmulatorRequest
        New-CircleSchedule gh/acme/web x -PerHour 1 -HoursOfDay 1 -DaysOfWeek MON -Branch main -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'gets 403 with the read-only token' {
        Connect-TestCircle -Token (Get-CircleEmulatorToken -Kind Reader)
        New-CircleSchedule gh/acme/web x -PerHour 1 -HoursOfDay 1 -DaysOfWeek MON -Branch main -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
    }
}
