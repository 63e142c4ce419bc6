# The session's HTTP core, seen through the cmdlets over real HTTP against the emulator.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}


Describe 'Retries' {
    AfterEach { Clear-CircleEmulatorFault; Set-CircleEmulatorRateLimit -PerSecond 0 }
    BeforeEach { Connect-TestCircle }

    It 'waits out a 429 with Retry-After: 2 (measured) and then succeeds' {
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'status'; statusCode = 429; retryAfter = '2'; count = 1 }
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $user = Get-CircleUser
        $watch.Stop()
        $user.Login | Should -Be 'ada'
        $watch.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 1.9
        (Get-CircleEmulatorRequest -Path '/api/v2/me').Count | Should -Be 2
    }

    It 'honours Retry-After in HTTP-date form' {
        $date = [DateTimeOffset]::UtcNow.AddSeconds(2).ToString('R')
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'status'; statusCode = 503; retryAfter = $date; count = 1 }
        $watch = [Diagnostics.Stopwatch]::StartNew()
        (Get-CircleUser).Login | Should -Be 'ada'
        $watch.Elapsed.TotalSeconds | Should -BeGreaterOrEqual 0.9
    }

    It 'retries a GET on 503 and shows each retry in -Verbose' {
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'status'; statusCode = 503; count = 2 }
        $verbose = Get-CircleUser -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
        ($verbose -match '^Retry \d/\d of GET /api/v2/me after 503').Count | Should -Be 2
        (Get-CircleEmulatorRequest -Path '/api/v2/me').Count | Should -Be 3
    }

    It 'gives up after MaxRetries with a ResourceUnavailable error naming the status' {
        (Get-CircleSession).MaxRetries = 1
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'status'; statusCode = 502; body = 'html' }
        $err = { Get-CircleUser -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -Match '^CircleApi.ServerError'
        $err.CategoryInfo.Category | Should -Be 'ResourceUnavailable'
        $err.ErrorDetails.Message | Should -Match 'HTML page'
        (Get-CircleEmulatorRequest -Path '/api/v2/me').Count | Should -Be 2
    }

    It 'retries a body cut off mid-way and reads the full answer' {
        Add-CircleEmulatorFault @{ path = '/api/v2/project/gh/acme/api'; kind = 'cutoff'; count = 1 }
        (Get-CircleProject gh/acme/api).Slug | Should -Be 'gh/acme/api'
        (Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api').Count | Should -Be 2
    }

    It 'turns a truncated JSON error body and an empty body into clear errors' {
        (Get-CircleSession).MaxRetries = 0
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'status'; statusCode = 500; body = 'truncated'; count = 1 }
        $err = { Get-CircleUser -ErrorAction Stop } | Should -Throw -PassThru
        $err.ErrorDetails.Message | Should -Match 'cut off or malformed'
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'status'; statusCode = 503; body = 'empty'; count = 1 }
        $err = { Get-CircleUser -ErrorAction Stop } | Should -Throw -PassThru
        $err.ErrorDetails.Message | Should -Match 'no body'
    }
}

Describe 'Redirects' {
    AfterEach { Clear-CircleEmulatorFault; Set-CircleEmulatorRateLimit -PerSecond 0 }
    BeforeEach { Connect-TestCircle; Clear-CircleEmulatorRequest -Other }

    It 'follows a redirect to another host:port without the Circle-Token' {
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'redirect'; statusCode = 302; count = 1 }
        Get-CircleUser -ErrorAction SilentlyContinue | Out-Null
        $arrived = Get-CircleEmulatorRequest -Other
        $arrived.Count | Should -Be 1
        $arrived[0].path | Should -Be '/api/v2/me'
        $arrived[0].headers.PSObject.Properties.Name | Should -Not -Contain 'Circle-Token'
        ($arrived[0].headers | ConvertTo-Json) | Should -Not -Match ([regex]::Escape($AdminToken))
        (Get-CircleEmulatorRequest -Path '/api/v2/me')[0].headers.'Circle-Token' | Should -Be $AdminToken
    }

    It 'keeps the token on a redirect within the same origin' {
        Add-CircleEmulatorFault @{ path = '/api/v2/user/'; kind = 'redirect'; statusCode = 307; url = "$EmulatorUrl/api/v2/me"; count = 1 }
        $me = Get-CircleUser
        (Get-CircleUser -Id $me.Id).Login | Should -Be 'ada'
        (Get-CircleEmulatorRequest -Path '/api/v2/me')[-1].headers.'Circle-Token' | Should -Be $AdminToken
    }
}

Describe 'Paging' {
    AfterEach { Clear-CircleEmulatorFault; Set-CircleEmulatorRateLimit -PerSecond 0 }
    BeforeEach { Connect-TestCircle }

    It 'streams all 5 pages of a project''s 100 pipelines without duplicates' {
        $all = Get-CirclePipeline -ProjectSlug gh/acme/api
        $all.Count | Should -Be 100
        ($all.Id | Select-Object -Unique).Count | Should -Be 100
        (Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline').Count | Should -Be 5
    }

    It 'makes exactly one request for Select-Object -First 3 over a 5-page list' {
        $three = Get-CirclePipeline -ProjectSlug gh/acme/api | Select-Object -First 3
        $three.Count | Should -Be 3
        (Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline').Count | Should -Be 1
    }

    It 'ends with a clear error when a page token repeats, keeping what it listed' {
        Add-CircleEmulatorFault @{ path = '/api/v2/project/gh/acme/api/pipeline'; kind = 'repeatPageToken' }
        $items = Get-CirclePipeline -ProjectSlug gh/acme/api -ErrorVariable pagingErrors -ErrorAction SilentlyContinue
        $items.Count | Should -Be 40
        $pagingErrors.Count | Should -Be 1
        $pagingErrors[0].FullyQualifiedErrorId | Should -Match '^CircleApi.PageTokenRepeated'
        (Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline').Count | Should -Be 2
    }
}

Describe 'Rate limits and deprecation' {
    AfterEach { Clear-CircleEmulatorFault; Set-CircleEmulatorRateLimit -PerSecond 0 }
    BeforeEach { Connect-TestCircle }

    It 'keeps the RateLimit-* headers on the session' {
        Set-CircleEmulatorRateLimit -PerSecond 100 -Burst 100
        Get-CircleUser | Out-Null
        $limit = (Get-CircleSession).RateLimit
        $limit.Limit | Should -Be 100
        $limit.Remaining | Should -BeLessThan 100
    }

    It 'warns once per session and endpoint about Deprecation/Sunset headers' {
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'headers'; headers = @{ Deprecation = 'true'; Sunset = 'Wed, 01 Jul 2026 00:00:00 GMT' } }
        $warnings = 1..3 | ForEach-Object { Get-CircleUser 3>&1 } | Where-Object { $_ -is [System.Management.Automation.WarningRecord] }
        $warnings.Count | Should -Be 1
        $warnings[0].Message | Should -Match 'deprecated'
        $warnings[0].Message | Should -Match '2026'
    }
}

Describe 'Cancellation' {
    AfterEach { Clear-CircleEmulatorFault; Set-CircleEmulatorRateLimit -PerSecond 0 }
    It 'Stop() ends a request the emulator holds open within one second' {
        Connect-TestCircle
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'hang'; ms = 30000 }
        $ps = [powershell]::Create()
        $null = $ps.AddScript({
            param($module, $url, $token)
            Import-Module $module
            Connect-Circle -Token $token -ApiUrl $url -SkipVerification
            Get-CircleUser
        }).AddArgument($env:CIRCLECI_TEST_MODULE).AddArgument($EmulatorUrl).AddArgument($AdminToken)
        $async = $ps.BeginInvoke()
        $deadline = [DateTime]::UtcNow.AddSeconds(15)
        while (-not (Get-CircleEmulatorRequest -Path '/api/v2/me') -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
        Get-CircleEmulatorRequest -Path '/api/v2/me' | Should -Not -BeNullOrEmpty
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $ps.Stop()
        $watch.Stop()
        $watch.Elapsed.TotalSeconds | Should -BeLessThan 1
        $async.IsCompleted | Should -BeTrue
        $ps.InvocationStateInfo.State | Should -Be 'Stopped'
        $ps.Dispose()
    }
}

Describe 'Errors' {
    AfterEach { Clear-CircleEmulatorFault; Set-CircleEmulatorRateLimit -PerSecond 0 }
    BeforeEach { Connect-TestCircle }

    It 'maps a 404 to ObjectNotFound with the target and CircleCI''s message' {
        $err = { Get-CircleProject gh/acme/does-not-exist -ErrorAction Stop } | Should -Throw -PassThru
        $err.FullyQualifiedErrorId | Should -Match '^CircleApi.NotFound'
        $err.CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err.TargetObject | Should -Be 'gh/acme/does-not-exist'
        $err.Exception.ApiMessage | Should -Not -BeNullOrEmpty
        $err.ErrorDetails.Message | Should -Match ([regex]::Escape($err.Exception.ApiMessage))
    }

    It 'does not stop a pipeline of many items at one failure' {
        $projects = 'gh/acme/api', 'gh/acme/nope', 'not-a-slug', 'gh/acme/web' | Get-CircleProject -ErrorVariable itemErrors -ErrorAction SilentlyContinue
        $projects.Slug | Should -Be @('gh/acme/api', 'gh/acme/web')
        $itemErrors.Count | Should -Be 2
        $itemErrors.FullyQualifiedErrorId | Should -Match 'CircleApi.NotFound|CircleCi.InvalidProjectSlug'
    }

    It 'writes one -Verbose line per request with method, path, status and time' {
        $lines = Get-CircleProject gh/acme/api -Verbose 4>&1 | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message
        @($lines -match '^GET http://127\.0\.0\.1:\d+/api/v2/project/gh/acme/api -> 200 OK \(\d+ ms\)$').Count | Should -Be 1
    }
}
