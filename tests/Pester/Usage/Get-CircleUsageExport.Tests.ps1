BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $script:End = [datetime]::UtcNow.Date
}

Describe 'Get-CircleUsageExport' {
    BeforeEach {
        Connect-TestCircle
        $script:OrgId = (Get-CircleProject gh/acme/api).OrganizationId
        $script:Job = New-CircleUsageExport $OrgId $End.AddDays(-7) $End -Confirm:$false
        Clear-CircleEmulatorRequest
    }

    It 'reports the state as the job advances, bound from the piped job' {
        ($Job | Get-CircleUsageExport).State | Should -Be 'created'
        $second = $Job | Get-CircleUsageExport
        $second.State | Should -Be 'processing'
        $second.DownloadUrls | Should -BeNullOrEmpty
        $done = $Job | Get-CircleUsageExport
        $done.State | Should -Be 'completed'
        $done.DownloadUrls | Should -HaveCount 2
        (Get-CircleEmulatorRequest).path | Sort-Object -Unique | Should -Be "/api/v2/organizations/$OrgId/usage_export_job/$($Job.UsageExportJobId)"
    }

    It 'waits with -Wait and downloads with -Destination, without sending the token to the file URLs' {
        $folder = Join-Path $TestDrive 'later'
        $done = $Job | Get-CircleUsageExport -Wait -PollInterval 0 -Destination $folder
        $done.State | Should -Be 'completed'
        $done.Files | ForEach-Object { Test-Path $_ | Should -BeTrue }
        (Get-Content $done.Files[1] -Raw) | Should -Match ',80'
    }

    It 'gives up after -Timeout with a timeout error record' {
        $Job | Get-CircleUsageExport -Wait -Timeout 0 -ErrorVariable failed -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleCi.UsageExportTimeout*'
        $failed[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
    }

    It 'writes a NotFound error for an unknown job' {
        Get-CircleUsageExport $OrgId ([guid]::NewGuid()) -ErrorVariable failed -ErrorAction SilentlyContinue
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
    }
}
