# Errors a user can act on: categorised, with the item as target, the next step in RecommendedAction, and for
# connection failures how many attempts were made over how long.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

Describe 'API errors recommend a next step' {
    AfterEach { Clear-CircleEmulatorFault }

    It '<Status> carries a RecommendedAction' -ForEach @(
        @{ Status = 401; Id = 'CircleApi.Unauthorized'; Advice = '*Connect-Circle*' }
        @{ Status = 403; Id = 'CircleApi.Forbidden'; Advice = '*access*' }
        @{ Status = 404; Id = 'CircleApi.NotFound'; Advice = '*slug*' }
        @{ Status = 429; Id = 'CircleApi.RateLimited'; Advice = '*wait*' }
    ) {
        $session = Connect-TestCircle -PassThru
        $session.MaxRetries = 0
        Add-CircleEmulatorFault @{ path = '/api/v2/project/gh/acme/api'; kind = 'status'; statusCode = $Status; body = 'json'; message = 'no'; count = 100 }
        Get-CircleProject gh/acme/api -ErrorAction SilentlyContinue -ErrorVariable err | Out-Null
        $err[0].FullyQualifiedErrorId | Should -BeLike "$Id*"
        $err[0].ErrorDetails.RecommendedAction | Should -BeLike $Advice
    }
}

Describe 'Connection failures' {
    It 'say how many attempts were made over how long, with a next step' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()   # a port nobody listens on
        $session = Connect-Circle -Token $AdminToken -ApiUrl "http://127.0.0.1:$port" -SkipVerification -NoDefault -PassThru
        $session.RetryBaseDelay = [timespan]::FromMilliseconds(10)
        $session.MaxRetries = 2
        Get-CircleUser -Session $session -ErrorAction SilentlyContinue -ErrorVariable err | Out-Null
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.ConnectionFailed*'
        $err[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        $err[0].Exception.Message | Should -Match 'after 3 attempts over \d+\.\d s'
        $err[0].ErrorDetails.RecommendedAction | Should -BeLike '*Connect-Circle -ApiUrl*'
    }
}

Describe 'File-system failures' {
    BeforeAll { Connect-TestCircle }

    It 'a -Destination that is a file is an InvalidArgument error naming it, before any download' {
        $file = Join-Path $TestDrive 'taken.txt'
        Set-Content -LiteralPath $file -Value 'x'
        $artifact = [CircleCi.PowerShell.Models.Artifact]@{ Path = 'out/a.txt'; Url = "$EmulatorUrl/nothing"; JobNumber = 1; ProjectSlug = 'gh/acme/api' }
        Clear-CircleEmulatorRequest
        $err = $null
        try { $artifact | Save-CircleArtifact -Destination $file -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'CircleArtifact.DestinationIsFile*'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.TargetObject | Should -Be $file
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
        Get-Content -LiteralPath $file | Should -Be 'x'
    }

    It '<Command> -<Parameter> <Case> is <Id> with the value as target, before any request' -ForEach @(
        @{ Command = 'Save-CircleArtifact'; Parameter = 'Destination'; Case = 'with a NUL'; Value = "a`0b"; Id = 'CircleArtifact.InvalidDestination' }
        @{ Command = 'Export-CircleTestResult'; Parameter = 'Path'; Case = 'with a NUL'; Value = "a`0b.xml"; Id = 'CircleTestResult.InvalidPath' }
        @{ Command = 'Export-CircleTestResult'; Parameter = 'Path'; Case = 'naming a folder'; Value = '.'; Id = 'CircleTestResult.PathIsFolder' }
        @{ Command = 'New-CircleUsageExport'; Parameter = 'Destination'; Case = 'with a NUL'; Value = "a`0b"; Id = 'CircleCi.InvalidUsageDestination' }
    ) {
        $splat = if ($Command -eq 'New-CircleUsageExport') {
            @{ OrgId = [guid]::NewGuid(); Start = [datetime]::UtcNow.AddDays(-3); End = [datetime]::UtcNow.AddDays(-1) }
        }
        else { @{ ProjectSlug = 'gh/acme/api'; JobNumber = 1 } }
        $splat[$Parameter] = $Value
        Clear-CircleEmulatorRequest
        $err = $null
        Push-Location $TestDrive
        try { & $Command @splat -ErrorAction Stop | Out-Null } catch { $err = $_ } finally { Pop-Location }
        $err.FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.TargetObject | Should -Be $Value
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }

    It 'Export-CircleTestResult -Path the file system refuses (a 10,000-character name) is CircleTestResult.WriteFailed, and leaves no file' {
        $folder = New-Item -ItemType Directory (Join-Path $TestDrive 'long')
        $path = Join-Path $folder ('a' * 10000)
        $pipeline = Get-CirclePipeline gh/acme/api -MaxPages 1 | Select-Object -First 1
        $err = $null
        try { Export-CircleTestResult -Path $path -PipelineId $pipeline.Id -ErrorAction Stop } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'CircleTestResult.WriteFailed,*'
        $err.CategoryInfo.Category | Should -Not -Be 'NotSpecified'
        $err.TargetObject | Should -Be $path
        Get-ChildItem -LiteralPath $folder -Force | Should -BeNullOrEmpty
    }
}

Describe 'Invalid input is refused before any request' {
    BeforeAll { Connect-TestCircle }
    BeforeEach { Clear-CircleEmulatorRequest }

    It 'an invalid wildcard in <Command> -<Parameter> is CircleCi.InvalidWildcard with the pattern as target' -ForEach @(
        @{ Command = 'Get-CircleContext'; Parameter = 'Name'; Splat = @{ OrgSlug = 'gh/acme'; Name = '[' } }
        @{ Command = 'Get-CircleEnvironmentVariable'; Parameter = 'Name'; Splat = @{ ProjectSlug = 'gh/acme/api'; Name = 'a[b' } }
        @{ Command = 'Get-CircleSchedule'; Parameter = 'Name'; Splat = @{ ProjectSlug = 'gh/acme/api'; Name = "`e[31m" } }
        @{ Command = 'Get-CircleJobLog'; Parameter = 'Step'; Splat = @{ ProjectSlug = 'gh/acme/api'; JobNumber = 1; Step = '[' } }
    ) {
        $err = $null
        try { & $Command @Splat -ErrorAction Stop | Out-Null } catch { $err = $_ }
        $err.FullyQualifiedErrorId | Should -BeLike 'CircleCi.InvalidWildcard,*'
        $err.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $err.TargetObject | Should -Be $Splat[$Parameter]
        $err.Exception.Message | Should -BeLike "-$Parameter *"
        Get-CircleEmulatorRequest | Should -BeNullOrEmpty
    }
}
