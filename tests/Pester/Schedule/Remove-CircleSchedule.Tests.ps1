BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'Remove-CircleSchedule' {
    BeforeEach { Connect-TestCircle }

    It 'deletes piped schedules; they are 404 afterwards' {
        $s = Get-CircleSchedule gh/acme/api
        $s | Remove-CircleSchedule -Confirm:$false
        (Get-CircleEmulatorRequest | Where-Object method -EQ DELETE).path | Should -Be "/api/v2/schedule/$($s.Id)"
        Get-CircleSchedule gh/acme/api | Should -BeNullOrEmpty
        Get-CircleSchedule -ScheduleId $s.Id -ErrorVariable e -ErrorAction SilentlyContinue
        $e[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'a missing schedule is a per-item error; -WhatIf sends nothing; High impact' {
        $s = Get-CircleSchedule gh/acme/api
        Clear-CircleEmulatorRequest
        $s | Remove-CircleSchedule -WhatIf
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        [guid]::NewGuid(), $s.Id | Remove-CircleSchedule -Confirm:$false -ErrorVariable e -ErrorAction SilentlyContinue
        $e.Count | Should -Be 1
        Get-CircleSchedule gh/acme/api | Should -BeNullOrEmpty
        (Get-Command Remove-CircleSchedule).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false)[0].ConfirmImpact | Should -Be 'High'
    }
}
