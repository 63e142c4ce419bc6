# Everything sent is culture-invariant: a representative set of cmdlets that send dates and numbers (bodies, queries,
# paths) runs under th-TH (Buddhist calendar: year 2569) and fi-FI ('.' as time separator, ',' as decimal separator,
# U+2212 as minus sign), and the requests the emulator logged (method, path, query, body) must be byte-identical to the
# ones the same calls send under the invariant culture.
BeforeDiscovery {
    $script:Cultures = 'th-TH', 'fi-FI'
    # State-changing calls with dates and numbers in bodies, and reads with date ranges and numbers in queries.
    # Get-CircleWorkflowMetric takes a reporting window, not dates: it is here as the Insights read without a range.
    $script:Calls = @(
        @{ Name = 'New-CircleSchedule'; Call = {
                New-CircleSchedule gh/acme/api culture-check -Description 'Runs 2.5 times less' -PerHour 2 -HoursOfDay 1, 13 `
                    -DaysOfWeek MON, FRI -Months JAN, DEC -Parameters @{ branch = 'main'; replicas = 3; offset = -5; big = 12345678901 } -Confirm:$false } }
        @{ Name = 'Set-CircleSchedule'; Call = {
                Get-CircleSchedule gh/acme/api -Name nightly | Set-CircleSchedule -PerHour 4 -HoursOfDay 0, 23 -DaysOfMonth 1, 15, 31 -Confirm:$false } }
        @{ Name = 'New-CircleUsageExport'; Call = {
                $org = (Get-CircleProject gh/acme/api).OrganizationId
                New-CircleUsageExport $org ([datetime]::new(2026, 10, 1, 0, 0, 0, [DateTimeKind]::Utc)) `
                    ([datetime]::new(2026, 10, 31, 23, 59, 59, [DateTimeKind]::Utc)) -Confirm:$false } }
        @{ Name = 'Invoke-CirclePipeline'; Call = {
                Invoke-CirclePipeline gh/acme/api -Branch main -Parameters @{ replicas = 3; offset = -5; big = 12345678901; ratio = 2.0; deploy = $true; label = 'v1.5' } `
                    -Confirm:$false } }
        @{ Name = 'Set-CircleEnvironmentVariable'; Call = {
                Set-CircleEnvironmentVariable gh/acme/api -Name RATIO -Value '1.5' -Confirm:$false } }
        @{ Name = 'Set-CircleProjectSetting'; Call = {
                Set-CircleProjectSetting gh/acme/api -AutocancelBuilds $true -BuildForkPrs $false -Confirm:$false } }
        @{ Name = 'Get-CircleWorkflowRun'; Call = {
                Get-CircleWorkflowRun gh/acme/api build-and-test -AllBranches -StartDate ([datetime]::new(2026, 10, 1, 0, 0, 0, [DateTimeKind]::Utc)) `
                    -EndDate ([datetime]::new(2026, 10, 15, 12, 30, 0, [DateTimeKind]::Utc)) -MaxPages 1 } }
        @{ Name = 'Get-CircleJobTimeseries'; Call = {
                Get-CircleJobTimeseries gh/acme/api build-and-test -Granularity hourly -StartDate ([datetime]::new(2026, 10, 1, 0, 0, 0, [DateTimeKind]::Utc)) `
                    -EndDate ([datetime]::new(2026, 10, 2, 0, 0, 0, [DateTimeKind]::Utc)) } }
        @{ Name = 'Get-CircleWorkflowMetric'; Call = {
                Get-CircleWorkflowMetric gh/acme/api -ReportingWindow last-7-days } }
        @{ Name = 'Get-CirclePolicyDecision'; Call = {
                $org = (Get-CircleProject gh/acme/api).OrganizationId
                Get-CirclePolicyDecision $org -After ([datetimeoffset]::new(2026, 10, 1, 8, 0, 0, [timespan]::FromHours(2))) `
                    -Before ([datetimeoffset]::new(2026, 10, 31, 0, 0, 0, [timespan]::Zero)) -PipelineNumber 12345 } }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')

    # What each call sends when all of them run in order under one culture ('' = invariant) on a freshly reset emulator
    # (so seeded ids, and the state each call meets, are the same every time): per call, "METHOD path?query" lines with
    # the body indented under each, and last how the call failed, if it did. Ids are numbered by first appearance
    # ({id1}, ...): the emulator hands out new ones on every run (Invoke-CirclePipeline reads the pipeline it created
    # back), and a Guid's text does not depend on the culture, only where each one goes does.
    function Get-SentRequest([hashtable[]] $Calls, [string] $Culture) {
        Connect-TestCircle
        $guid = [regex] '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}'
        $sent = @{}
        foreach ($entry in $Calls) {
            Clear-CircleEmulatorRequest
            $savedCulture, $savedUiCulture = [cultureinfo]::CurrentCulture, [cultureinfo]::CurrentUICulture
            try {
                [cultureinfo]::CurrentCulture = [cultureinfo]::CurrentUICulture = [cultureinfo]::GetCultureInfo($Culture)
                $failure = try { & $entry.Call | Out-Null } catch { "  failed: $($_.Exception.Message)" }
            }
            finally {
                [cultureinfo]::CurrentCulture = $savedCulture
                [cultureinfo]::CurrentUICulture = $savedUiCulture
            }
            $ids = [System.Collections.Generic.Dictionary[string, string]]::new([StringComparer]::OrdinalIgnoreCase)
            $number = { param($m) if (-not $ids.ContainsKey($m.Value)) { $ids[$m.Value] = "{id$($ids.Count + 1)}" }; $ids[$m.Value] }
            $lines = foreach ($request in Get-CircleEmulatorRequest) {
                $guid.Replace("$($request.method) $($request.path)?$($request.query)", $number)
                if ($null -ne $request.body) { '  ' + $guid.Replace($request.body, $number) }
            }
            if ($failure) { $lines = @($lines) + $guid.Replace($failure, $number) }   # last: a difference in what was sent shows first
            $sent[$entry.Name] = @($lines) -join "`n"
        }
        $sent
    }
}

Describe 'Requests under <Culture>' -ForEach @(foreach ($culture in $Cultures) { @{ Culture = $culture; AllCalls = $Calls } }) {
    BeforeAll {
        if (-not $script:Invariant) { $script:Invariant = Get-SentRequest $AllCalls '' }
        $script:Localized = Get-SentRequest $AllCalls $Culture
    }

    It '<Name> sends the same bytes as under the invariant culture' -ForEach $Calls {
        $Invariant[$Name] | Should -Not -BeNullOrEmpty
        $Invariant[$Name] | Should -Not -Match 'failed: '
        $Localized[$Name] | Should -BeExactly $Invariant[$Name]
    }
}
