BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
}

# Issue 17: sixteen runspaces share one fresh session against a tight limit. The session's pacer holds requests back
# until the first answer tells the limit, gives each request its own slot once the window runs low (so a reset does
# not release everyone at once), and a 429 that still comes costs a wait, never the listing.
Describe 'Rate limits under fan-out' {
    AfterEach { Set-CircleEmulatorRateLimit -Off }

    It 'completes 16 full listings in 16 runspaces sharing a fresh session at 10/s, burst 5, every item once' {
        Reset-CircleEmulator
        # Fresh: not verified, so nothing has told the session the limit yet.
        $session = Connect-Circle -Token $AdminToken -ApiUrl $EmulatorUrl -SkipVerification -NoDefault -PassThru
        $session.RetryBaseDelay = [timespan]::FromMilliseconds(50)
        Clear-CircleEmulatorRequest
        Set-CircleEmulatorRateLimit -PerSecond 10 -Burst 5
        $module = $env:CIRCLECI_TEST_MODULE

        $results = 1..16 | ForEach-Object -ThrottleLimit 16 -Parallel {
            Import-Module $using:module
            $errors = $null
            $numbers = @(Get-CirclePipeline -ProjectSlug gh/acme/api -Session $using:session -ErrorVariable errors -ErrorAction SilentlyContinue |
                ForEach-Object Number)
            [pscustomobject]@{ Run = $_; Numbers = $numbers; Errors = @($errors).Count }
        }
        $requests = @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api/pipeline')
        $refused = @($requests | Where-Object status -EQ 429).Count
        Write-Host "    fan-out: $($requests.Count) requests, $refused answered 429"

        $results.Count | Should -Be 16
        foreach ($r in $results) {
            $r.Errors | Should -Be 0 -Because "run $($r.Run) must not lose its listing"
            ($r.Numbers -join ',') | Should -Be ((100..1) -join ',') -Because "run $($r.Run) lists every pipeline once, in order"
        }
        # Every page was answered once with data: 16 listings of 5 pages.
        @($requests | Where-Object status -EQ 200).Count | Should -Be 80
    }
}
