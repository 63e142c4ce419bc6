BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1')
    Connect-CiTest
}

Describe 'Get-CirclePipeline' {
    It 'streams a project''s pipelines newest first across pages, and filters by branch' {
        $all = @(Get-CirclePipeline gh/acme/api)
        $all.Count | Should -Be 100
        $all[0].Number | Should -Be 100
        ($all.Number | Sort-Object -Descending) -join ',' | Should -Be ($all.Number -join ',')
        @(Get-CircleEmulatorRequest -Path /api/v2/project/gh/acme/api/pipeline).Count | Should -Be 5
        $feature = @(Get-CirclePipeline gh/acme/api -Branch feature/login)
        $feature.Count | Should -Be @($all | Where-Object { $_.Vcs.Branch -eq 'feature/login' }).Count
        (Get-CircleEmulatorRequest -Path /api/v2/project/gh/acme/api/pipeline)[-1].query | Should -BeLike '*branch=feature%2Flogin*'
    }

    It 'reads only -MaxPages pages' {
        Clear-CircleEmulatorRequest
        @(Get-CirclePipeline gh/acme/api -MaxPages 2).Count | Should -Be 40
        @(Get-CircleEmulatorRequest).Count | Should -Be 2
    }

    It 'lists only the caller''s pipelines with -Mine' {
        Clear-CircleEmulatorRequest
        $mine = @(Get-CirclePipeline gh/acme/api -Mine)
        (Get-CircleEmulatorRequest)[0].path | Should -Be '/api/v2/project/gh/acme/api/pipeline/mine'
        $mine | ForEach-Object { $_.Trigger.Actor.Login | Should -Be 'ada' }
        $mine.Count | Should -Be @(Get-CirclePipeline gh/acme/api | Where-Object { $_.Trigger.Actor.Login -eq 'ada' }).Count
    }

    It 'lists an organization''s pipelines with -OrgSlug' {
        Clear-CircleEmulatorRequest
        $org = @(Get-CirclePipeline -OrgSlug gh/acme -MaxPages 1)
        $org.Count | Should -Be 20
        $org | ForEach-Object { $_.ProjectSlug | Should -BeLike 'gh/acme/*' }
        (Get-CircleEmulatorRequest)[0].query | Should -Be 'org-slug=gh%2Facme'
    }

    It 'gets pipelines by -Id and by -Number, each error on its own' {
        $known = Get-CirclePipeline gh/acme/api -Number 42
        $known.Number | Should -Be 42
        $missing = [guid]::NewGuid()
        $byId = @(Get-CirclePipeline -Id $missing, $known.Id -ErrorAction SilentlyContinue -ErrorVariable err)
        $byId.Number | Should -Be 42
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be $missing
        Get-CirclePipeline gh/acme/api -Number 9999 -ErrorAction SilentlyContinue -ErrorVariable err2
        $err2[0].TargetObject | Should -Be 'gh/acme/api #9999'
    }

    It 'feeds Get-CircleWorkflow and Get-CircleJob by pipeline binding alone' {
        $jobs = @(Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 3 | Get-CircleWorkflow | Get-CircleJob)
        $jobs.Count | Should -BeGreaterThan 3
        $jobs | ForEach-Object { $_ | Should -BeOfType ([CircleCi.PowerShell.Models.Job]) }
        $workflowIds = @((Get-CircleEmulatorRequest -Path /api/v2/workflow/).path | ForEach-Object { ($_ -split '/')[4] } | Sort-Object -Unique)
        @($jobs.WorkflowId | Sort-Object -Unique) | Should -Be $workflowIds
    }
}

Describe 'The API developer guide''s walk-through, with cmdlets' {
    It 'lists pipelines, triggers for a branch and with image-tag, then reads the project and a job' {
        $before = @(Get-CirclePipeline gh/acme/api -MaxPages 1)[0]
        $branch = Invoke-CirclePipeline gh/acme/api -Branch feature/login -Confirm:$false
        $branch.Number | Should -Be ($before.Number + 1)
        $tagged = Invoke-CirclePipeline gh/acme/api -Parameters @{ 'image-tag' = '4.8.2' } -Confirm:$false
        (Get-CirclePipeline -Id $tagged.Id).TriggerParameters['image-tag'] | Should -Be '4.8.2'
        (Get-CircleProject gh/acme/api).Slug | Should -Be 'gh/acme/api'
        Set-CircleEmulatorClock -Advance '00:05:00' | Out-Null
        $job = $tagged | Get-CircleWorkflow | Get-CircleJob | Select-Object -First 1
        $detail = Get-CircleJob gh/acme/api $job.JobNumber
        $detail.Name | Should -Be $job.Name
        $detail.PipelineId | Should -Be $tagged.Id
        $detail.Status | Should -Be 'success'
    }
}
