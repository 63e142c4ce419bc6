BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    function Get-Row { (Get-CircleBranchStatus gh/acme/api -Branch main) | Where-Object WorkflowName -EQ 'build-and-test' }
}

Describe 'Get-CircleBranchStatus' {
    BeforeEach { Connect-CiTest }

    It 'answers with the latest finished run, not the newer pipeline on hold, and shows the hold beside it' {
        $passed = New-TestPipeline pass -Run '01:00:00'
        $held = New-TestPipeline hold -Run '00:10:00'
        $row = Get-Row
        $row.Status | Should -Be 'success'
        $row.IsSuccess | Should -BeTrue
        $row.PipelineNumber | Should -Be $passed.Number
        $row.PipelineId | Should -Be $passed.Id
        $row.StoppedAt | Should -Not -BeNullOrEmpty
        $row.CurrentStatus | Should -Be 'on_hold'
        $row.CurrentPipelineNumber | Should -Be $held.Number
    }

    It 'is red when the latest finished run failed, even with an older success' {
        New-TestPipeline pass -Run '01:00:00' | Out-Null
        $failed = New-TestPipeline fail -Run '01:00:00'
        $row = Get-Row
        $row.Status | Should -Be 'failed'
        $row.IsSuccess | Should -BeFalse
        $row.PipelineNumber | Should -Be $failed.Number
        $row.CurrentStatus | Should -BeNullOrEmpty
    }

    It 'shows a running pipeline as current and the finished one before it as the status' {
        $passed = New-TestPipeline pass -Run '01:00:00'
        $running = New-TestPipeline pass -Run '00:00:10'
        $row = Get-Row
        $row.PipelineNumber | Should -Be $passed.Number
        $row.CurrentStatus | Should -Be 'running'
        $row.CurrentPipelineNumber | Should -Be $running.Number
    }

    It 'pipes its workflow to Get-CircleJob and renders within 80 columns' {
        New-TestPipeline fail -Run '01:00:00' | Out-Null
        $row = Get-Row
        ($row | Get-CircleJob | Where-Object Status -EQ failed).Name | Should -Be 'test'
        $env:NO_COLOR = '1'
        ($row | Format-Table | Out-String -Width 80) -split "`n" | Where-Object { $_.TrimEnd().Length -gt 80 } | Should -BeNullOrEmpty
    }

    It 'stops reading pipelines once every workflow has a finished run' {
        New-TestPipeline pass -Run '01:00:00' | Out-Null
        Clear-CircleEmulatorRequest
        Get-Row | Out-Null
        @(Get-CircleEmulatorRequest | Where-Object path -Like '/api/v2/pipeline/*/workflow').Count | Should -Be 1
    }

    It 'reports an invalid slug as an error' {
        Get-CircleBranchStatus 'not a slug' -Branch main -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleCi.InvalidProjectSlug*'
    }
}
