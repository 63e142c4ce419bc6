BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    function Add-TestArtifacts {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9001 -Artifact @(
            @{ path = 'test-results/junit.xml'; size = 100 }
            @{ path = 'test-results/junit.xml'; nodeIndex = 1; size = 120 }
            @{ path = 'coverage/index.html'; content = '<html></html>' }
        )
    }
}

Describe 'Get-CircleArtifact' {
    BeforeEach { Connect-TestCircle }

    It 'lists a job''s artifacts with their node, URL and job' {
        $seeded = Add-TestArtifacts
        $artifacts = Get-CircleArtifact gh/acme/api 9001
        $artifacts | Should -HaveCount 3
        $artifacts[0] | Should -BeOfType ([CircleCi.PowerShell.Models.Artifact])
        $artifacts.Path | Should -Be @('test-results/junit.xml', 'coverage/index.html', 'test-results/junit.xml')
        $artifacts.NodeIndex | Should -Be @(0, 0, 1)
        $artifacts.Url | Should -Be ($seeded | Sort-Object nodeIndex, id).url
        $artifacts.JobNumber | Select-Object -Unique | Should -Be 9001
        $artifacts.ProjectSlug | Select-Object -Unique | Should -Be 'gh/acme/api'
        (Get-CircleEmulatorRequest).path | Should -Be @('/api/v2/project/gh/acme/api/9001/artifacts')
    }

    It 'follows next_page_token through every page' {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9002 -Count 45 -Size 1 -PathFormat 'f{0:00}.txt' | Out-Null
        $artifacts = Get-CircleArtifact gh/acme/api 9002
        $artifacts | Should -HaveCount 45
        $artifacts[44].Path | Should -Be 'f44.txt'
        $requests = Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/9002/artifacts'
        $requests | Should -HaveCount 3
        $requests[1].query | Should -Match '^page-token='
    }

    It 'filters on the path with -Path wildcards' {
        Add-TestArtifacts | Out-Null
        $artifacts = Get-CircleArtifact gh/acme/api 9001 -Path 'test-results/*.xml'
        $artifacts | Should -HaveCount 2
        $artifacts.Path | Select-Object -Unique | Should -Be 'test-results/junit.xml'
        Get-CircleArtifact gh/acme/api 9001 -Path '*.HTML' | ForEach-Object Path | Should -Be 'coverage/index.html'
    }

    It 'takes jobs from the pipe by property name and skips jobs without a number' {
        Add-TestArtifacts | Out-Null
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9003 -Artifact @{ path = 'x.bin'; size = 1 } | Out-Null
        $jobs = [pscustomobject]@{ ProjectSlug = 'gh/acme/api'; JobNumber = 9001 },
            [pscustomobject]@{ ProjectSlug = 'gh/acme/api'; JobNumber = $null; Name = 'hold' },
            [pscustomobject]@{ ProjectSlug = 'gh/acme/api'; JobNumber = 9003 }
        $artifacts = $jobs | Get-CircleArtifact
        $artifacts | Should -HaveCount 4
        $artifacts.JobNumber | Select-Object -Unique | Should -Be @(9001, 9003)
    }

    It 'an unknown project is an error for that item only' {
        Add-TestArtifacts | Out-Null
        $artifacts = 'gh/acme/nope', 'gh/acme/api' | ForEach-Object { [pscustomobject]@{ ProjectSlug = $_; JobNumber = 9001 } } |
            Get-CircleArtifact -ErrorVariable failures -ErrorAction SilentlyContinue
        $artifacts | Should -HaveCount 3
        $failures | Should -HaveCount 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $failures[0].TargetObject | Should -Be 'gh/acme/nope job 9001'
    }

    It 'asks for a job, workflow or pipeline when given only a project' {
        { Get-CircleArtifact gh/acme/api } | Should -Throw -ErrorId 'CircleArtifact.NoJob*'
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'gets the latest artifacts of a branch through API v1.1 with -Branch and -Filter' {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9010 -Branch main -Status success -Artifact @{ path = 'ok.txt'; size = 1 } | Out-Null
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9011 -Branch main -Status failed -Artifact @{ path = 'failed.txt'; size = 1 } | Out-Null
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9012 -Branch dev -Status success -Artifact @{ path = 'dev.txt'; size = 1 } | Out-Null
        (Get-CircleArtifact gh/acme/api -Branch main).Path | Should -Be 'failed.txt'
        (Get-CircleArtifact gh/acme/api -Branch main -Filter successful).Path | Should -Be 'ok.txt'
        $latest = Get-CircleArtifact gh/acme/api -Branch dev
        $latest.Path | Should -Be 'dev.txt'
        $latest.ProjectSlug | Should -Be 'gh/acme/api'
        $request = Get-CircleEmulatorRequest -Path '/api/v1.1/' | Select-Object -Last 1
        $request.path | Should -Be '/api/v1.1/project/github/acme/api/latest/artifacts'
        $request.query | Should -Be 'branch=dev'
    }
}

Describe 'Get-CircleArtifact -Branch over the CI model' {
    It 'finds the latest job of the branch among the emulator''s jobs when no artifacts were seeded' {
        Connect-TestCircle
        $latest = @(Get-CircleArtifact gh/acme/api -Branch main -Filter successful)
        (Get-CircleEmulatorRequest -Path '/api/v1.1/')[0].status | Should -Be 200
        $latest.Path | Where-Object { $_ -notin 'dist/app.tar.gz', 'logs/build.log', 'test-results/junit.xml' } | Should -BeNullOrEmpty
        foreach ($a in $latest) { ([uri]$a.Url).Authority | Should -Be ([uri]$script:OtherUrl).Authority }
    }
}

Describe 'Get-CircleArtifact over a whole pipeline' {
    BeforeAll {
        Connect-TestCircle
        # A seeded pipeline with two workflows (build-and-test, and deploy behind an approval).
        $script:pipeline = Get-CirclePipeline gh/acme/api -MaxPages 1 | Where-Object { $_.Number % 4 -eq 0 -and $_.State -ne 'errored' } | Select-Object -First 1
    }

    It 'lists every job of every workflow, each parallel node, annotated with job and workflow' {
        Connect-TestCircle
        $workflows = Get-CircleWorkflow -PipelineId $script:pipeline.Id
        $jobs = Get-CircleJob -WorkflowId $workflows.Id | Where-Object JobNumber
        $artifacts = $script:pipeline | Get-CircleArtifact
        $artifacts | Should -Not -BeNullOrEmpty
        # Every job's own listing, and nothing else, appears in the fan-out.
        $expected = $jobs | ForEach-Object { Get-CircleArtifact $_.ProjectSlug $_.JobNumber }
        ($artifacts | ForEach-Object { "$($_.JobNumber)/$($_.NodeIndex)/$($_.Path)" }) |
            Should -Be ($expected | ForEach-Object { "$($_.JobNumber)/$($_.NodeIndex)/$($_.Path)" })
        ($artifacts | Where-Object JobName -eq 'test').NodeIndex | Should -Contain 1
        $artifacts | Where-Object { $_.WorkflowName -notin $workflows.Name } | Should -BeNullOrEmpty
        ($workflows | Get-CircleArtifact).Count | Should -Be $artifacts.Count
    }
}

Describe 'Get-CircleArtifact over a pipeline rerun from failed' {
    BeforeAll { . (Join-Path $PSScriptRoot '../CiLoopHelpers.ps1') }

    It 'lists the jobs the rerun carried over once, and the rerun jobs too' {
        Connect-CiTest
        $pipeline = New-TestPipeline fail -Run '00:30:00'
        $null = $pipeline | Get-CircleWorkflow | Restart-CircleWorkflow -FromFailed -Confirm:$false
        Set-CircleEmulatorClock -Advance '00:30:00' | Out-Null
        $workflows = @(Get-CircleWorkflow -PipelineId $pipeline.Id)
        $workflows.Count | Should -Be 2
        $jobNumbers = @(Get-CircleJob -WorkflowId $workflows.Id | Where-Object JobNumber | ForEach-Object JobNumber)
        $keys = @($pipeline | Get-CircleArtifact | ForEach-Object { "$($_.JobNumber)/$($_.NodeIndex)/$($_.Path)" })
        $keys | Should -Not -BeNullOrEmpty
        @($keys | Select-Object -Unique).Count | Should -Be $keys.Count
        # Every distinct job of both attempts is still listed: the union of each job's own listing.
        $expected = $jobNumbers | Select-Object -Unique | ForEach-Object { Get-CircleArtifact gh/acme/api $_ } |
            ForEach-Object { "$($_.JobNumber)/$($_.NodeIndex)/$($_.Path)" }
        ($keys | Sort-Object) | Should -Be ($expected | Sort-Object)
    }
}
