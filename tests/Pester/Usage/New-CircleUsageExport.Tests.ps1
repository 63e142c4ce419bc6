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

    It 'sends nothing with -WhatIf' {
        New-CircleUsageExport $OrgId $Start $End -WhatIf | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
