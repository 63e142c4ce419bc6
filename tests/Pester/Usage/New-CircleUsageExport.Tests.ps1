BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    Connect-TestCircle
    $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
    $script:End = [datetime]::UtcNow.Date
    $script:Start = $End.AddDays(-30)
}

Describe 'New-CircleUsageExport' {
    BeforeEach { Connect-TestCircle }

    It 'starts an export for the range and returns the created job' {
        $job = New-CircleUsageExport $OrgId $Start $End -Confirm:$false
        $job | Should -BeOfType ([CircleCi.PowerShell.Models.UsageExport])
        $job.State | Should -Be 'created'
        $job.OrgId | Should -Be $OrgId
        $job.Start.UtcDateTime | Should -Be $Start
        $job.End.UtcDateTime | Should -Be $End
        $request = Get-CircleEmulatorRequest
        $request.method | Should -Be 'POST'
        $request.path | Should -Be "/api/v2/organizations/$OrgId/usage_export_job"
        $request.status | Should -Be 201
    }

    It 'waits for completion and downloads the CSV files with -Destination' {
        $folder = Join-Path $TestDrive usage
        $job = New-CircleUsageExport $OrgId $Start $End -Destination $folder -PollInterval 0 -Confirm:$false
        $job.State | Should -Be 'completed'
        $job.Files | Should -HaveCount 2
        (Get-ChildItem $folder).Name | Should -Be @('usage-1.csv', 'usage-2.csv')
        (Import-Csv $job.Files[0]).TOTAL_CREDITS | Should -Be '120'
        # one POST, then one poll per state the emulator reports: created, processing, completed
        (Get-CircleEmulatorRequest).method | Should -Be @('POST', 'GET', 'GET', 'GET')
    }

    It 'refuses a range over 32 days, or the wrong way round, before sending anything' {
        { New-CircleUsageExport $OrgId $Start $Start.AddDays(33) -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.InvalidUsageRange*'
        { New-CircleUsageExport $OrgId $End $Start -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.InvalidUsageRange*'
        { New-CircleUsageExport $OrgId $Start.AddMonths(-14) $Start.AddMonths(-14).AddDays(1) -Confirm:$false } | Should -Throw -ErrorId 'CircleCi.InvalidUsageRange*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'names the 10-calls-an-hour limit when CircleCI refuses for it' {
        (Get-CircleSession).MaxRetries = 0
        1..10 | ForEach-Object { New-CircleUsageExport $OrgId $Start $End -Confirm:$false } | Should -HaveCount 10
        New-CircleUsageExport $OrgId $Start $End -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.RateLimited*'
        $failed[0].ErrorDetails.Message | Should -Match '10 calls an hour per organization'
    }

    It 'sends the same dates under <_> as under the invariant culture, and -Debug shows that body (issue 15)' -ForEach @('th-TH', 'fi-FI', 'ar-SA') {
        # Not midnight, so a culture's time separator (fi-FI writes 08.30.15) would show; Kind Utc, so no zone shifts it.
        $from = [datetime]::SpecifyKind([datetime]::UtcNow.Date.AddDays(-20).AddHours(8).AddMinutes(30).AddSeconds(15), 'Utc')
        $to = $from.AddDays(10)
        $invariant = [cultureinfo]::InvariantCulture
        $expected = '{"start":"' + $from.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $invariant) + '","end":"' + $to.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", $invariant) + '"}'
        $culture = [cultureinfo]::CurrentCulture
        try {
            [cultureinfo]::CurrentCulture = $invariant
            New-CircleUsageExport $OrgId $from $to -Confirm:$false | Out-Null
            $reference = (Get-CircleEmulatorRequest).body
            Clear-CircleEmulatorRequest
            [cultureinfo]::CurrentCulture = $_
            $debug = @(New-CircleUsageExport $OrgId $from $to -Confirm:$false -Debug -ErrorAction SilentlyContinue -ErrorVariable failed 5>&1 |
                    Where-Object { $_ -is [System.Management.Automation.DebugRecord] })
        }
        finally {
            [cultureinfo]::CurrentCulture = $culture
        }
        $reference | Should -BeExactly $expected
        $request = Get-CircleEmulatorRequest
        $request.body | Should -BeExactly $reference
        # The debug record of the request ends with the body it sent.
        $sent = @($debug.Message | Where-Object { $_.StartsWith('HTTP request POST') })
        $sent | Should -HaveCount 1
        ($sent[0] -split "`n")[-1] | Should -BeExactly $reference
        $failed | Should -BeNullOrEmpty
        $request.status | Should -Be 201
    }

    It 'sends nothing with -WhatIf' {
        New-CircleUsageExport $OrgId $Start $End -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
