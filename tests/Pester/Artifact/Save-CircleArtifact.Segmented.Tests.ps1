BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    . (Join-Path $PSScriptRoot 'ArtifactTestHelpers.ps1')
    # 8 MiB split from 4 MiB up: four ranges of 2 MiB (SegmentedDownload.MinSegmentBytes), so the cuts below are exact.
    $script:Size = 8MB
    $script:Starts = 0, 2MB, 4MB, 6MB
    function Connect-SegmentedCircle([switch] $Untrusted) {
        $session = Connect-ArtifactCircle -Untrusted:$Untrusted -PassThru
        $session.ArtifactSegmentThreshold = 4MB
    }
    function Add-LargeArtifact([long] $JobNumber, [string] $Path = 'large.bin', [long] $Size = $script:Size) {
        Add-CircleEmulatorArtifact -ProjectSlug gh/acme/api -JobNumber $JobNumber -Artifact @{ path = $Path; size = $Size }
    }
    function Get-Range($Request) { $Request.headers.Range }
}

Describe 'Save-CircleArtifact: large artifacts in ranges' {
    BeforeEach { Connect-SegmentedCircle }

    It 'fetches the ranges over several connections and reassembles the file byte for byte' {
        $seeded = Add-LargeArtifact 9300
        $dest = New-Destination
        $result = Save-CircleArtifact $dest gh/acme/api 9300
        $result.Status | Should -Be 'Downloaded'
        $result.Size | Should -Be $script:Size
        $result.Resumed | Should -BeFalse
        (Get-FileHash -LiteralPath (Join-Path $dest 'large.bin') -Algorithm SHA256).Hash | Should -Be $seeded.sha256
        $requests = @(Get-CircleEmulatorRequest -Other)
        $requests | Should -HaveCount 4
        # The first answer is read as the first range; the others are asked for exactly.
        @($requests | Where-Object { -not (Get-Range $_) }) | Should -HaveCount 1
        @($requests | ForEach-Object { Get-Range $_ } | Where-Object { $_ } | Sort-Object) |
            Should -Be @('bytes=2097152-4194303', 'bytes=4194304-6291455', 'bytes=6291456-8388607')
        $requests.headers.'Circle-Token' | Select-Object -Unique | Should -Be $script:AdminToken
        Get-LeftOver $dest | Should -BeNullOrEmpty
    }

    It 'sends no token with any range to a host the session does not trust' {
        Connect-SegmentedCircle -Untrusted
        $seeded = Add-LargeArtifact 9301
        $result = Save-CircleArtifact (New-Destination) gh/acme/api 9301
        (Get-FileHash -LiteralPath $result.FilePath).Hash | Should -Be $seeded.sha256
        $requests = @(Get-CircleEmulatorRequest -Other)
        $requests | Should -HaveCount 4
        $requests | ForEach-Object { $_.headers.PSObject.Properties.Name | Should -Not -Contain 'Circle-Token' }
    }

    It 'resumes a range that broke off from the byte it reached, and the first stream likewise' {
        $seeded = Add-LargeArtifact 9302
        $path = Get-IdPath $seeded
        Add-CircleEmulatorFault @{ path = $path; range = 'bytes=4194304-'; kind = 'cutoff'; bytes = 500000; count = 1 } | Out-Null
        Add-CircleEmulatorFault @{ path = $path; method = 'GET'; kind = 'cutoff'; bytes = 300000; count = 1 } | Out-Null
        $dest = New-Destination
        $result = Save-CircleArtifact $dest gh/acme/api 9302
        $result.Resumed | Should -BeTrue
        $result.Attempts | Should -Be 3
        (Get-FileHash -LiteralPath $result.FilePath -Algorithm SHA256).Hash | Should -Be $seeded.sha256
        $ranges = @(Get-CircleEmulatorRequest -Other | ForEach-Object { Get-Range $_ })
        $ranges | Should -Contain "bytes=$(4MB + 500000)-6291455"
        $ranges | Should -Contain 'bytes=300000-2097151'
        $ranges | Should -HaveCount 6
        Get-LeftOver $dest | Should -BeNullOrEmpty
    }

    It 'leaves nothing under the final name when a range keeps breaking off' {
        $seeded = Add-LargeArtifact 9303
        Add-CircleEmulatorFault @{ path = (Get-IdPath $seeded); range = 'bytes=6291456-'; kind = 'cutoff'; bytes = 1000 } | Out-Null
        Add-CircleEmulatorFault @{ path = (Get-IdPath $seeded); range = 'bytes=6292456-'; kind = 'cutoff'; bytes = 1000 } | Out-Null
        Add-CircleEmulatorFault @{ path = (Get-IdPath $seeded); range = 'bytes=6293456-'; kind = 'cutoff'; bytes = 1000 } | Out-Null
        $dest = New-Destination
        $result = Save-CircleArtifact $dest gh/acme/api 9303 -ErrorVariable failed -ErrorAction SilentlyContinue
        $result | Should -BeNullOrEmpty
        $failed | Should -HaveCount 1
        $failed[0].FullyQualifiedErrorId | Should -BeLike 'CircleArtifact.Incomplete*'
        $failed[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        Test-Path (Join-Path $dest 'large.bin') | Should -BeFalse
        Get-LeftOver $dest | Should -BeNullOrEmpty
    }

    It 'fetches the file as one stream when the host answers a Range request with the whole body' {
        $seeded = Add-LargeArtifact 9304
        Add-CircleEmulatorFault @{ path = (Get-IdPath $seeded); range = 'bytes='; kind = 'status'; statusCode = 200; body = 'empty' } | Out-Null
        $dest = New-Destination
        $result = Save-CircleArtifact $dest gh/acme/api 9304
        (Get-FileHash -LiteralPath $result.FilePath -Algorithm SHA256).Hash | Should -Be $seeded.sha256
        $result.Resumed | Should -BeFalse
        $requests = @(Get-CircleEmulatorRequest -Other)
        @($requests | Where-Object { Get-Range $_ }).Count | Should -BeGreaterThan 0 -Because 'ranges were asked for first'
        Get-Range $requests[-1] | Should -BeNullOrEmpty
        Get-LeftOver $dest | Should -BeNullOrEmpty
    }

    It 'stops at once when the pipeline is stopped, leaving neither the file nor its temporary file' {
        # 4 MiB/s a connection: 64 MiB in eight ranges would take two seconds.
        Set-CircleEmulatorBandwidth -BytesPerSecond 4MB
        Add-LargeArtifact 9305 -Size 64MB | Out-Null
        $dest = New-Destination
        $run = Start-ArtifactSave $dest 9305
        $ps, $async = $run.PowerShell, $run.Async
        try {
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while (-not (Get-LeftOver $dest) -and [DateTime]::UtcNow -lt $deadline -and -not $async.IsCompleted) { Start-Sleep -Milliseconds 20 }
            Start-Sleep -Milliseconds 300
            @(Get-CircleEmulatorRequest -Other | Where-Object { Get-Range $_ }).Count | Should -BeGreaterThan 0 -Because 'the ranges are under way'
            $async.IsCompleted | Should -BeFalse
            $watch = [Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $watch.Elapsed.TotalSeconds | Should -BeLessThan 1.5
        }
        finally { $ps.Dispose() }
        Test-Path (Join-Path $dest 'large.bin') | Should -BeFalse
        Get-LeftOver $dest | Should -BeNullOrEmpty
    }
}
