# Secret values (environment variable and context values, webhook signing secrets) must never reach any stream:
# each secret-taking cmdlet is run with -Verbose -Debug, every stream and a transcript captured, once succeeding and
# once failing with an error body that echoes the secret, and the secret is searched for everywhere.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $script:Secret = 'S3cr3t-"quoted"-<value>-&-' + [guid]::NewGuid().ToString('N')
}

Describe 'Secret values never appear in any stream' {
    AfterEach { Clear-CircleEmulatorFault }

    It '<Name> with -Verbose -Debug, succeeding and failing' -ForEach @(
        @{ Name = 'Set-CircleEnvironmentVariable (string)'; Method = 'POST'; Call = { param($s) Set-CircleEnvironmentVariable gh/acme/api -Name SECRET_TEST -Value $s -PassThru @args } }
        @{ Name = 'Set-CircleEnvironmentVariable (SecureString)'; Method = 'POST'; Call = { param($s) Set-CircleEnvironmentVariable gh/acme/api -Name SECRET_TEST -Value (ConvertTo-SecureString $s -AsPlainText -Force) @args } }
        @{ Name = 'Set-CircleEnvironmentVariable (hashtable)'; Method = 'POST'; Call = { param($s) Set-CircleEnvironmentVariable gh/acme/api -Variable @{ A_SECRET = $s; B_SECRET = $s } -PassThru @args } }
        @{ Name = 'Set-CircleContextVariable (string)'; Method = 'PUT'; Call = { param($s) Get-CircleContext gh/acme -Name deploy-prod | Set-CircleContextVariable -Name SECRET_TEST -Value $s -PassThru @args } }
        @{ Name = 'Set-CircleContextVariable (hashtable)'; Method = 'PUT'; Call = { param($s) Get-CircleContext gh/acme -Name deploy-prod | Set-CircleContextVariable -Variable @{ A_SECRET = (ConvertTo-SecureString $s -AsPlainText -Force) } @args } }
        @{ Name = 'New-CircleWebhook'; Method = 'POST'; Call = { param($s) Get-CircleProject gh/acme/api | New-CircleWebhook -Name hook -Url https://hooks.example.com/x -SigningSecret $s @args } }
        @{ Name = 'Set-CircleWebhook'; Method = 'PUT'; Call = { param($s) Get-CircleProject gh/acme/api | Get-CircleWebhook | Set-CircleWebhook -SigningSecret $s -PassThru @args } }
    ) {
        $transcript = Join-Path $TestDrive 'secret.transcript.txt'
        Start-Transcript -Path $transcript -Force | Out-Null
        try {
            Connect-TestCircle
            $ok = try { & $Call $Secret -Verbose -Debug -ErrorAction Continue *>&1 | Out-String -Width 400 } catch { $_ | Out-String -Width 400 }
            $sent = (Get-CircleEmulatorRequest | Where-Object body).body -join "`n"
            Connect-TestCircle
            Add-CircleEmulatorFault @{ kind = 'status'; method = $Method; statusCode = 400; body = 'json'; message = "refused value $Secret"; count = 100 }
            (Get-CircleSession).MaxRetries = 0
            $failed = try { & $Call $Secret -Verbose -Debug -ErrorAction Continue *>&1 | Out-String -Width 400 } catch { $_ | Out-String -Width 400; $_.Exception.ToString() }
        }
        finally {
            Stop-Transcript | Out-Null
            Clear-CircleEmulatorFault
        }
        # The secret did reach CircleCI (JSON-escaped in the body), so its absence below means it was redacted.
        $sent | Should -Match $Secret.Substring($Secret.Length - 32)
        $ok | Should -Match "HTTP request $Method"
        $failed | Should -Match 'refused value'
        foreach ($part in $Secret, ($Secret.Substring($Secret.Length - 32))) {
            $pattern = [regex]::Escape($part)
            $ok | Should -Not -Match $pattern
            $failed | Should -Not -Match $pattern
            $error | ForEach-Object { $_.ToString(); $_.Exception.Message; $_.ErrorDetails.Message } | Out-String | Should -Not -Match $pattern
            Get-Content -Raw $transcript | Should -Not -Match $pattern
        }
    }
}
