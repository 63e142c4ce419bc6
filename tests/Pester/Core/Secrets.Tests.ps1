# The token must never reach any output stream: every exported cmdlet is run with -Verbose -Debug, once
# succeeding and once failing, every stream captured, and the token searched for.
BeforeDiscovery {
    Import-Module $env:CIRCLECI_TEST_MODULE
    $script:CmdletNames = @((Get-Module CircleCi.PowerShell).ExportedCmdlets.Keys | Sort-Object)
}

BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    # One entry per exported cmdlet: a call that works against the emulator. A new cmdlet without an entry fails
    # the completeness test below, so none can skip this check.
    $script:Invocations = @{
        'Connect-Circle'          = { Connect-Circle -Token $AdminToken -ApiUrl $EmulatorUrl -PassThru @args }
        'Disconnect-Circle'       = { Disconnect-Circle @args }
        'Get-CircleSession'       = { Get-CircleSession @args }
        'Get-CircleUser'          = { Get-CircleUser @args }
        'Get-CircleCollaboration' = { Get-CircleCollaboration @args }
        'Get-CircleProject'       = { Get-CircleProject gh/acme/api @args }
        'Get-CirclePipeline'      = { Get-CirclePipeline gh/acme/api -MaxPages 1 @args }
    }
    foreach ($file in Get-ChildItem (Join-Path $PSScriptRoot '..') -Recurse -Filter 'Secrets.*.ps1' | Where-Object Name -NotLike '*.Tests.ps1') {
        # Areas add their own invocations in tests/Pester/<Area>/Secrets.<Area>.ps1 (a hashtable).
        foreach ($entry in (& $file.FullName).GetEnumerator()) { $script:Invocations[$entry.Key] = $entry.Value }
    }
}


Describe 'The token never appears in any stream' {
    AfterEach { Clear-CircleEmulatorFault }
    It 'has an invocation for every exported cmdlet' {
        $exported = (Get-Module CircleCi.PowerShell).ExportedCmdlets.Keys
        $missing = $exported | Where-Object { -not $script:Invocations.ContainsKey($_) }
        $missing | Should -BeNullOrEmpty -Because 'every cmdlet must be run by the secrets test'
    }

    It '<Name> with -Verbose -Debug, succeeding and failing' -ForEach @(
        $script:CmdletNames | ForEach-Object { @{ Name = $_ } }
    ) {
        if (-not $script:Invocations.ContainsKey($Name)) { Set-ItResult -Skipped -Because 'no invocation (the completeness test fails)'; return }
        $call = $script:Invocations[$Name]
        $transcript = Join-Path $TestDrive "$Name.transcript.txt"
        Start-Transcript -Path $transcript -Force | Out-Null
        try {
            Connect-TestCircle
            $ok = try { & $call -Verbose -Debug -ErrorAction Continue *>&1 | Out-String -Width 400 } catch { $_ | Out-String -Width 400 }
            Connect-TestCircle
            Add-CircleEmulatorFault @{ kind = 'status'; statusCode = 500; body = 'json'; message = "server echoed $AdminToken"; count = 100 }
            (Get-CircleSession).MaxRetries = 0
            $failed = try { & $call -Verbose -Debug -ErrorAction Continue *>&1 | Out-String -Width 400 } catch { $_ | Out-String -Width 400; $_.Exception.ToString() }
        }
        finally {
            Stop-Transcript | Out-Null
            Clear-CircleEmulatorFault
        }
        $pattern = [regex]::Escape($AdminToken)
        $ok | Should -Not -Match $pattern
        $failed | Should -Not -Match $pattern
        $error | ForEach-Object { $_.ToString(); $_.Exception.Message; $_.ErrorDetails.Message } | Out-String | Should -Not -Match $pattern
        Get-Content -Raw $transcript | Should -Not -Match $pattern
    }
}
