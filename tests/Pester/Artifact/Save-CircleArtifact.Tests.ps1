BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'ArtifactTestHelpers.ps1')
}

Describe 'Save-CircleArtifact' {
    BeforeEach { Connect-ArtifactCircle }

    It 'saves every artifact byte for byte, several at once, one typed result per file' {
        $seeded = Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9100 -Count 12 -Size 300000 -PathFormat 'bin/f{0:00}.bin'
        $dest = New-Destination
        $results = Get-CircleArtifact gh/acme/api 9100 | Save-CircleArtifact -Destination $dest -ThrottleLimit 4
        $results | Should -HaveCount 12
        $results[0] | Should -BeOfType ([CircleCi.PowerShell.Models.ArtifactDownload])
        $results.Status | Select-Object -Unique | Should -Be 'Downloaded'
        foreach ($s in $seeded) {
            $result = $results | Where-Object Path -eq $s.path
            $result.FilePath | Should -Be (Join-Path $dest $s.path)
            $result.Size | Should -Be 300000
            (Get-FileHash -LiteralPath $result.FilePath -Algorithm SHA256).Hash | Should -Be $s.sha256
        }
        Get-LeftOver $dest | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest -Other | Should -HaveCount 12
    }

    It 'keeps parallel nodes apart' {
        $seeded = Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9101 -Artifact @(
            @{ path = 'test-results/junit.xml'; nodeIndex = 0; size = 1000 }
            @{ path = 'test-results/junit.xml'; nodeIndex = 1; size = 1001 }
        )
        $dest = New-Destination
        $results = Save-CircleArtifact $dest gh/acme/api 9101
        $results.FilePath | Sort-Object | Should -Be @((Join-Path $dest 'node0/test-results/junit.xml'), (Join-Path $dest 'node1/test-results/junit.xml'))
        (Get-FileHash (Join-Path $dest 'node1/test-results/junit.xml')).Hash | Should -Be ($seeded | Where-Object nodeIndex -eq 1).sha256
    }

    It 'puts each job in its own folder when several jobs are saved together' {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9102 -Artifact @{ path = 'report.txt'; content = 'one' }, @{ path = 'skip.log'; content = 'x' } | Out-Null
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9103 -Artifact @{ path = 'report.txt'; content = 'two' } | Out-Null
        $dest = New-Destination
        $results = [pscustomobject]@{ ProjectSlug = 'gh/acme/api'; JobNumber = 9102 }, [pscustomobject]@{ ProjectSlug = 'gh/acme/api'; JobNumber = 9103 } |
            Get-CircleArtifact -Path '*.txt' | Save-CircleArtifact -Destination $dest
        $results | Should -HaveCount 2
        Get-Content -Raw (Join-Path $dest 'job-9102/report.txt') | Should -Be 'one'
        Get-Content -Raw (Join-Path $dest 'job-9103/report.txt') | Should -Be 'two'
        Test-Path (Join-Path $dest 'job-9102/skip.log') | Should -BeFalse
    }

    It 'saves a whole pipeline: every workflow, every job, every parallel node, each job apart' {
        $number = (Get-CirclePipeline gh/acme/api -MaxPages 1 | Where-Object { $_.Number % 4 -eq 0 -and $_.State -ne 'errored' } | Select-Object -First 1).Number
        $listed = Get-CirclePipeline -ProjectSlug gh/acme/api -Number $number | Get-CircleArtifact
        $dest = New-Destination
        Clear-CircleEmulatorRequest -Other
        $results = Get-CirclePipeline -ProjectSlug gh/acme/api -Number $number | Get-CircleArtifact | Save-CircleArtifact -Destination $dest
        $results | Should -HaveCount $listed.Count
        $jobs = $listed | Group-Object JobNumber
        $jobs.Count | Should -BeGreaterThan 1
        foreach ($artifact in $listed) {
            $node = if (($listed | Where-Object { $_.JobNumber -eq $artifact.JobNumber -and $_.NodeIndex -gt 0 })) { "node$($artifact.NodeIndex)/" } else { '' }
            $expected = Join-Path $dest "$($artifact.JobName)-$($artifact.JobNumber)/$node$($artifact.Path)"
            $result = $results | Where-Object { $_.JobNumber -eq $artifact.JobNumber -and $_.NodeIndex -eq $artifact.NodeIndex -and $_.Path -eq $artifact.Path }
            $result.FilePath | Should -Be $expected
            $bytes = (Invoke-WebRequest -Uri $artifact.Url).RawContentStream
            (Get-FileHash -InputStream $bytes).Hash | Should -Be (Get-FileHash -LiteralPath $expected).Hash
        }
        ($results | Where-Object NodeIndex -eq 1) | Should -Not -BeNullOrEmpty
    }

    It 'saves the artifacts of jobs piped from Get-CircleJob, each job in its own named folder, skipping jobs without a number' {
        $number = (Get-CirclePipeline gh/acme/api -MaxPages 1 | Where-Object { $_.Number % 4 -eq 0 -and $_.State -ne 'errored' } | Select-Object -First 1).Number
        $jobs = @(Get-CirclePipeline -ProjectSlug gh/acme/api -Number $number | Get-CircleWorkflow | Get-CircleJob)
        $listed = @(Get-CirclePipeline -ProjectSlug gh/acme/api -Number $number | Get-CircleArtifact)
        $listed.Count | Should -BeGreaterThan 0
        $dest = New-Destination
        $results = @(Get-CirclePipeline -ProjectSlug gh/acme/api -Number $number | Get-CircleWorkflow | Get-CircleJob |
                Save-CircleArtifact -Destination $dest -ErrorVariable failed -Verbose 4>&1)
        $skipped = $results | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'A job without a number*' }
        $saved = $results | Where-Object { $_ -is [CircleCi.PowerShell.Models.ArtifactDownload] }
        $failed | Should -BeNullOrEmpty
        @($skipped).Count | Should -Be @($jobs | Where-Object { $null -eq $_.JobNumber }).Count
        $saved | Should -HaveCount $listed.Count
        foreach ($artifact in $listed) {
            $node = if (($listed | Where-Object { $_.JobNumber -eq $artifact.JobNumber -and $_.NodeIndex -gt 0 })) { "node$($artifact.NodeIndex)/" } else { '' }
            $expected = Join-Path $dest "$($artifact.JobName)-$($artifact.JobNumber)/$node$($artifact.Path)"
            Test-Path -LiteralPath $expected | Should -BeTrue -Because "$expected should have been saved"
        }
    }

    It 'saves the artifacts of every job of workflows piped from Get-CircleWorkflow, and -Path filters them' {
        $number = (Get-CirclePipeline gh/acme/api -MaxPages 1 | Where-Object { $_.Number % 4 -eq 0 -and $_.State -ne 'errored' } | Select-Object -First 1).Number
        $workflows = @(Get-CirclePipeline -ProjectSlug gh/acme/api -Number $number | Get-CircleWorkflow)
        $jobs = @($workflows | Get-CircleJob)
        $listed = @(Get-CirclePipeline -ProjectSlug gh/acme/api -Number $number | Get-CircleArtifact)
        $listed.Count | Should -BeGreaterThan 0
        $dest = New-Destination
        $results = @($workflows | Save-CircleArtifact -Destination $dest -ErrorVariable failed -Verbose 4>&1)
        $failed | Should -BeNullOrEmpty
        $skipped = $results | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] -and $_.Message -like 'Job * has no number*' }
        @($skipped).Count | Should -Be @($jobs | Where-Object { $null -eq $_.JobNumber }).Count
        $saved = @($results | Where-Object { $_ -is [CircleCi.PowerShell.Models.ArtifactDownload] })
        $saved | Should -HaveCount $listed.Count
        foreach ($artifact in $listed) {
            $node = if (($listed | Where-Object { $_.JobNumber -eq $artifact.JobNumber -and $_.NodeIndex -gt 0 })) { "node$($artifact.NodeIndex)/" } else { '' }
            $expected = Join-Path $dest "$($artifact.JobName)-$($artifact.JobNumber)/$node$($artifact.Path)"
            Test-Path -LiteralPath $expected | Should -BeTrue -Because "$expected should have been saved"
        }

        $first = $listed[0].Path
        $filtered = @($workflows | Save-CircleArtifact -Destination (New-Destination) -Path $first)
        $filtered.Count | Should -BeGreaterThan 0
        $filtered | ForEach-Object { $_.Path | Should -Be $first }
        $filtered | Should -HaveCount @($listed | Where-Object Path -eq $first).Count
    }

    It 'saves every artifact of pipelines piped from Get-CirclePipeline, and a job reached twice only once' {
        $number = (Get-CirclePipeline gh/acme/api -MaxPages 1 | Where-Object { $_.Number % 4 -eq 0 -and $_.State -ne 'errored' } | Select-Object -First 1).Number
        $pipeline = Get-CirclePipeline -ProjectSlug gh/acme/api -Number $number
        $listed = @($pipeline | Get-CircleArtifact)
        $listed.Count | Should -BeGreaterThan 0
        $dest = New-Destination
        $results = @($pipeline, $pipeline | Save-CircleArtifact -Destination $dest -ErrorVariable failed)
        $failed | Should -BeNullOrEmpty -Because 'the second pipeline reaches the same jobs, which are saved once, not refused as duplicates'
        $results | Should -HaveCount $listed.Count
        foreach ($artifact in $listed) {
            $saved = $results | Where-Object { $_.JobNumber -eq $artifact.JobNumber -and $_.NodeIndex -eq $artifact.NodeIndex -and $_.Path -eq $artifact.Path }
            $saved | Should -HaveCount 1
            $saved.Status | Should -Be 'Downloaded'
            $saved.FilePath | Should -BeLike (Join-Path $dest "$($artifact.JobName)-$($artifact.JobNumber)*")
        }
    }

    It 'refuses hostile paths with an error each, writes nothing outside, and saves the rest' {
        $hostile = @('../evil1.txt', 'a/../../evil2.txt', '..\evil3.txt', '/tmp/evil4.txt', '\evil5.txt', 'C:\evil6.txt', 'c:evil7.txt',
            '\\server\share\evil8.txt', '//server/share/evil9.txt', "a/b`0evil10.txt", 'a/.../evil11.txt', "x/`nevil12.txt", 'NUL', '..')
        $seed = @($hostile | ForEach-Object { @{ path = $_; content = 'pwned' } }) + @{ path = 'good/ok.txt'; content = 'fine' }
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9104 -Artifact $seed | Out-Null
        $dest = New-Destination
        $sandbox = Split-Path $dest
        $results = Save-CircleArtifact $dest gh/acme/api 9104 -ErrorVariable refused -ErrorAction SilentlyContinue
        $results.Path | Should -Be 'good/ok.txt'
        Get-Content -Raw (Join-Path $dest 'good/ok.txt') | Should -Be 'fine'
        $refused | Should -HaveCount $hostile.Count
        $refused.FullyQualifiedErrorId | Select-Object -Unique | Should -Be 'CircleArtifact.UnsafePath,CircleCi.PowerShell.Cmdlets.Artifact.SaveCircleArtifactCommand'
        $refused.CategoryInfo.Category | Select-Object -Unique | Should -Be 'SecurityError'
        $refused.TargetObject.Path | Should -Be $hostile
        # Only the destination in the sandbox, only the good file in it, only its bytes were asked for.
        (Get-ChildItem -LiteralPath $sandbox -Force).Name | Should -Be 'dest'
        (Get-ChildItem -LiteralPath $dest -Recurse -File -Force).FullName | Should -Be (Join-Path $dest 'good/ok.txt')
        Get-ChildItem -Path '/tmp/evil4.txt', '/evil*' -ErrorAction Ignore | Should -BeNullOrEmpty
        Get-CircleEmulatorRequest -Other | Should -HaveCount 1
    }

    It 'refuses to write through a link inside the destination' {
        $dest = New-Destination
        $outside = Join-Path (Split-Path $dest) 'outside'
        New-Item -ItemType Directory $dest, $outside | Out-Null
        New-Item -ItemType SymbolicLink -Path (Join-Path $dest 'link') -Target $outside | Out-Null
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9105 -Artifact @{ path = 'link/evil.txt'; content = 'pwned' }, @{ path = 'ok.txt'; content = 'ok' } | Out-Null
        $results = Save-CircleArtifact $dest gh/acme/api 9105 -ErrorVariable refused -ErrorAction SilentlyContinue
        $results.Path | Should -Be 'ok.txt'
        $refused | Should -HaveCount 1
        $refused[0].FullyQualifiedErrorId | Should -BeLike 'CircleArtifact.LinkInPath*'
        Get-ChildItem -LiteralPath $outside -Force | Should -BeNullOrEmpty
    }

    It 'resumes a cut-off body with a Range request and ends with the complete file' {
        $seeded = Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9106 -Artifact @{ path = 'big.bin'; size = 1048576 }
        Add-CircleEmulatorFault @{ path = (Get-IdPath $seeded); kind = 'cutoff'; bytes = 300000; count = 1 } | Out-Null
        $dest = New-Destination
        $result = Save-CircleArtifact $dest gh/acme/api 9106
        $result.Attempts | Should -Be 2
        $result.Resumed | Should -BeTrue
        (Get-FileHash $result.FilePath).Hash | Should -Be $seeded.sha256
        $requests = Get-CircleEmulatorRequest -Other
        $requests | Should -HaveCount 2
        $requests[0].headers.PSObject.Properties.Name | Should -Not -Contain 'Range'
        $requests[1].headers.Range | Should -Match '^bytes=\d+-$'
        [long]($requests[1].headers.Range -replace '\D') | Should -BeGreaterThan 0
        Get-LeftOver $dest | Should -BeNullOrEmpty
    }

    It 'starts over when the server ignores Range' {
        $seeded = Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9107 -Artifact @{ path = 'big.bin'; size = 500000; noRange = $true }
        Add-CircleEmulatorFault @{ path = (Get-IdPath $seeded); kind = 'cutoff'; bytes = 200000; count = 1 } | Out-Null
        $result = Save-CircleArtifact (New-Destination) gh/acme/api 9107
        $result.Attempts | Should -Be 2
        $result.Resumed | Should -BeFalse
        (Get-FileHash $result.FilePath).Hash | Should -Be $seeded.sha256
    }

    It 'leaves no file at all when the body keeps breaking off, and the other files go on' {
        $seeded = Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9108 -Artifact @{ path = 'broken.bin'; size = 400000 }, @{ path = 'fine.bin'; size = 1000 }
        Add-CircleEmulatorFault @{ path = (Get-IdPath $seeded[0]); kind = 'cutoff'; bytes = 1000 } | Out-Null
        $dest = New-Destination
        $results = Save-CircleArtifact $dest gh/acme/api 9108 -ErrorVariable failed -ErrorAction SilentlyContinue
        $results.Path | Should -Be 'fine.bin'
        $failed | Should -HaveCount 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleArtifact.Incomplete*'
        $failed[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        Test-Path (Join-Path $dest 'broken.bin') | Should -BeFalse
        Get-LeftOver $dest | Should -BeNullOrEmpty
        (Get-CircleEmulatorRequest -Other -Path (Get-IdPath $seeded[0])) | Should -HaveCount 3   # MaxRetries = 2
    }

    It 'retries a 5xx from the artifact host and reports a 404 for that file only' {
        $seeded = Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9109 -Artifact @{ path = 'flaky.bin'; size = 5000 }, @{ path = 'gone.bin'; size = 10 }
        Add-CircleEmulatorFault @{ path = (Get-IdPath $seeded[0]); kind = 'status'; statusCode = 503; count = 1 } | Out-Null
        Add-CircleEmulatorFault @{ path = (Get-IdPath $seeded[1]); kind = 'status'; statusCode = 404 } | Out-Null
        $results = Save-CircleArtifact (New-Destination) gh/acme/api 9109 -ErrorVariable failed -ErrorAction SilentlyContinue
        $results.Path | Should -Be 'flaky.bin'
        (Get-FileHash $results.FilePath).Hash | Should -Be $seeded[0].sha256
        $failed | Should -HaveCount 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.NotFound*'
        $failed[0].TargetObject.Path | Should -Be 'gone.bin'
    }

    It 'skips a file already present with the same size unless -Force' {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9110 -Artifact @{ path = 'a.txt'; content = 'abc' }, @{ path = 'b.txt'; content = 'new content' } | Out-Null
        $dest = New-Destination
        New-Item -ItemType Directory $dest | Out-Null
        Set-Content -LiteralPath (Join-Path $dest 'a.txt') -Value 'xyz' -NoNewline
        Set-Content -LiteralPath (Join-Path $dest 'b.txt') -Value 'old' -NoNewline
        $results = Save-CircleArtifact $dest gh/acme/api 9110
        ($results | Where-Object Path -eq 'a.txt').Status | Should -Be 'Skipped'
        ($results | Where-Object Path -eq 'b.txt').Status | Should -Be 'Downloaded'
        Get-Content -Raw (Join-Path $dest 'a.txt') | Should -Be 'xyz'
        Get-Content -Raw (Join-Path $dest 'b.txt') | Should -Be 'new content'
        (Save-CircleArtifact $dest gh/acme/api 9110 -Force).Status | Select-Object -Unique | Should -Be 'Downloaded'
        Get-Content -Raw (Join-Path $dest 'a.txt') | Should -Be 'abc'
    }

    It 'sends the token to a trusted artifact host but never to the host it redirects to' {
        $seeded = Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9111 -Artifact @{ path = 'r.bin'; size = 20000 }
        Add-CircleEmulatorFault @{ path = '/artifacts/'; kind = 'redirect'; statusCode = 302 } | Out-Null
        $result = Save-CircleArtifact (New-Destination) gh/acme/api 9111
        (Get-FileHash $result.FilePath).Hash | Should -Be $seeded.sha256
        $first = Get-CircleEmulatorRequest -Other
        $first | Should -HaveCount 1
        $first[0].status | Should -Be 302
        $first[0].headers.'Circle-Token' | Should -Be $script:AdminToken
        $third = Get-CircleEmulatorRequest -Third
        $third | Should -HaveCount 1
        $third[0].path | Should -Be (Get-IdPath $seeded)
        $third[0].headers.PSObject.Properties.Name | Should -Not -Contain 'Circle-Token'
    }

    It 'sends no token to an artifact host the session does not trust' {
        Connect-ArtifactCircle -Untrusted
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9112 -Artifact @{ path = 'u.txt'; content = 'u' } | Out-Null
        Save-CircleArtifact (New-Destination) gh/acme/api 9112 | Out-Null
        (Get-CircleEmulatorRequest -Other)[0].headers.PSObject.Properties.Name | Should -Not -Contain 'Circle-Token'
        (Get-CircleEmulatorRequest -Path '/api/v2/project/')[0].headers.'Circle-Token' | Should -Be $script:AdminToken
    }

    It '-Path filters the artifacts of a job given by number' {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9115 -Artifact @{ path = 'keep/a.xml'; content = 'a' }, @{ path = 'drop/b.log'; content = 'b' } | Out-Null
        $dest = New-Destination
        (Save-CircleArtifact $dest gh/acme/api 9115 -Path 'keep/*').Path | Should -Be 'keep/a.xml'
        (Get-ChildItem -LiteralPath $dest -Recurse -File).Name | Should -Be 'a.xml'
        Get-CircleEmulatorRequest -Other | Should -HaveCount 1
    }

    It '-WhatIf downloads and writes nothing' {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9113 -Artifact @{ path = 'w.txt'; content = 'w' } | Out-Null
        $dest = New-Destination
        Get-CircleArtifact gh/acme/api 9113 | Save-CircleArtifact -Destination $dest -WhatIf | Should -BeNullOrEmpty
        Test-Path $dest | Should -BeFalse
        Get-CircleEmulatorRequest -Other | Should -BeNullOrEmpty
    }

    It 'stops every download at once when the pipeline is stopped, leaving no temporary or partial file' {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber 9114 -Count 2 -Size 1GB -PathFormat 'huge{0}.bin' | Out-Null
        $dest = New-Destination
        $run = Start-ArtifactSave $dest 9114
        $ps, $async = $run.PowerShell, $run.Async
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (@(Get-LeftOver $dest | Where-Object Length -gt 0).Count -lt 2 -and [DateTime]::UtcNow -lt $deadline -and -not $async.IsCompleted) { Start-Sleep -Milliseconds 20 }
            @(Get-LeftOver $dest).Count | Should -Be 2 -Because 'both downloads are under way'
            $ps.Stop()
        }
        finally { $ps.Dispose() }
        Get-LeftOver $dest | Should -BeNullOrEmpty
        Get-ChildItem -LiteralPath $dest -File -Recurse | Should -BeNullOrEmpty
    }
}
