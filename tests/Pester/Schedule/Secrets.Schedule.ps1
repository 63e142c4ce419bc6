# Invocations of the Schedule cmdlets for the secrets test (tests/Pester/Core/Secrets.Tests.ps1).
@{
    'Get-CircleSchedule'    = { Get-CircleSchedule gh/acme/api @args }
    'New-CircleSchedule'    = { New-CircleSchedule gh/acme/api secrets-test -PerHour 1 -HoursOfDay 1 -DaysOfWeek MON -Branch main @args }
    'Set-CircleSchedule'    = { Get-CircleSchedule gh/acme/api | Set-CircleSchedule -PerHour 2 -PassThru @args }
    'Remove-CircleSchedule' = { Get-CircleSchedule gh/acme/api | Remove-CircleSchedule -Confirm:$false @args }
}
