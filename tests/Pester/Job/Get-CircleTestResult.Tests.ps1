BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
}

Describe 'Get-CircleTestResult' {
    BeforeEach {
        Connect-CiTest
        $script:Test = New-TestPipeline fail -Run '00:10:00' | Get-CircleWorkflow | Get-CircleJob | Where-Object Name -EQ test
        Clear-CircleEmulatorRequest
    }

    It 'streams every page of a job''s results, each tagged with project and job' {
        $results = @($Test | Get-CircleTestResult)
        $results.Count | Should -Be 25
        $requests = @(Get-CircleEmulatorRequest -Path "/api/v2/project/gh/acme/api/$($Test.JobNumber)/tests")
        $requests.Count | Should -Be 2
        $requests[1].query | Should -BeLike 'page-token=*'
        @($results | Select-Object Classname, Name -Unique).Count | Should -Be 25
        $results | ForEach-Object { $_.ProjectSlug | Should -Be 'gh/acme/api'; $_.JobNumber | Should -Be $Test.JobNumber }
    }

    It 'filters by -Result' {
        $failures = @(Get-CircleTestResult gh/acme/api $Test.JobNumber -Result failure)
        $failures.Name | Should -Be 'test_token_refresh'
        $failures.Message | Should -BeLike 'AssertionError*'
        $failures[0].RunTime | Should -Be ([timespan]::FromTicks([long]($failures[0].RunTimeSeconds * 1e7)))
    }

    It 'reports an unknown job as not found' {
        Get-CircleTestResult gh/acme/api 999999 -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[0].TargetObject | Should -Be 'gh/acme/api job 999999'
    }
}
