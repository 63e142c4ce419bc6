# A trigger whose answer is lost after it was sent: the pipeline it made is found and returned with a warning, or the
# error says it may exist; the POST is never sent twice. The emulator's faults: cutoff and holdAnswer run the endpoint
# (the pipeline is made), drop and hang do not.
BeforeAll {
    . (Join-Path $PSScriptRoot '../TestHelpers.ps1')
    $script:TriggerPath = '/api/v2/project/gh/acme/api/pipeline'
    function Get-TriggerPost { @(Get-CircleEmulatorRequest -Path $TriggerPath | Where-Object method -EQ 'POST') }
    # A pipeline on the same branch a minute before: the search must not take it for the lost one. The read after the
    # jump lets the client see the server's time (the Date of its answers), as it would on a server whose clock runs.
    function New-EarlierPipeline {
        $earlier = Invoke-CirclePipeline gh/acme/api -Branch main -Confirm:$false
        Set-CircleEmulatorClock -Advance '00:01:00' | Out-Null
        Get-CirclePipeline -Id $earlier.Id | Out-Null
        Clear-CircleEmulatorRequest
        $earlier
    }
}

Describe 'Invoke-CirclePipeline after a lost answer' {
    BeforeEach { Connect-TestCircle }
    AfterEach { Clear-CircleEmulatorFault }

    It 'returns the pipeline a cut-off answer made, with a warning, after one POST' {
        $earlier = New-EarlierPipeline
        Add-CircleEmulatorFault @{ path = $TriggerPath; method = 'POST'; kind = 'cutoff'; bytes = 10; count = 1 }
        $pipeline = Invoke-CirclePipeline gh/acme/api -Branch main -Parameters @{ deploy = $true } -Confirm:$false `
            -WarningVariable warn -WarningAction SilentlyContinue -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $pipeline | Should -BeOfType ([CircleCi.PowerShell.Models.Pipeline])
        $pipeline.Number | Should -Be ($earlier.Number + 1)
        $pipeline.Branch | Should -Be 'main'
        $pipeline.TriggerParameters.deploy | Should -BeTrue
        $warn.Count | Should -Be 1
        $warn[0] | Should -BeLike "*answer to the trigger of gh/acme/api (branch main) was lost*#$($pipeline.Number)*found by searching*not sent again*"
        (Get-TriggerPost).Count | Should -Be 1
    }

    It 'returns the pipeline a timed-out trigger made (session timeout 1 s), after one POST' {
        $earlier = New-EarlierPipeline
        (Get-CircleSession).RequestTimeout = [timespan]::FromSeconds(1)
        Add-CircleEmulatorFault @{ path = $TriggerPath; method = 'POST'; kind = 'holdAnswer'; ms = 10000; count = 1 }
        $pipeline = Invoke-CirclePipeline gh/acme/api -Branch main -Confirm:$false -WarningVariable warn -WarningAction SilentlyContinue
        $pipeline.Number | Should -Be ($earlier.Number + 1)
        $warn[0] | Should -BeLike '*was lost (it timed out)*found by searching*'
        (Get-TriggerPost).Count | Should -Be 1
    }

    It 'finds a lost tag trigger and a lost pipeline/run trigger the same way' {
        Add-CircleEmulatorFault @{ path = $TriggerPath; method = 'POST'; kind = 'cutoff'; count = 1 }
        $tagged = Invoke-CirclePipeline gh/acme/api -Tag v9.9.9 -Confirm:$false -WarningAction SilentlyContinue
        $tagged.Tag | Should -Be 'v9.9.9'
        $definition = (Invoke-CircleEmulatorControl -Method Get -Route ci).definitions.'gh/acme/api'
        Add-CircleEmulatorFault @{ path = "$TriggerPath/run"; method = 'POST'; kind = 'cutoff'; count = 1 }
        $run = Invoke-CirclePipeline gh/acme/api -DefinitionId $definition -Branch develop -Confirm:$false -WarningVariable warn -WarningAction SilentlyContinue
        $run.Branch | Should -Be 'develop'
        $warn[0] | Should -BeLike '*found by searching*'
        @(Get-CircleEmulatorRequest -Path "$TriggerPath/run" | Where-Object method -EQ 'POST').Count | Should -Be 1
    }

    It 'with neither -Branch nor -Tag, returns the default-branch pipeline, not one triggered on another branch in the window' {
        New-EarlierPipeline | Out-Null
        $other = Invoke-CirclePipeline gh/acme/api -Branch develop -Confirm:$false
        Clear-CircleEmulatorRequest
        Add-CircleEmulatorFault @{ path = $TriggerPath; method = 'POST'; kind = 'cutoff'; bytes = 10; count = 1 }
        $pipeline = Invoke-CirclePipeline gh/acme/api -Confirm:$false -WarningVariable warn -WarningAction SilentlyContinue `
            -ErrorAction SilentlyContinue -ErrorVariable err
        $err | Should -BeNullOrEmpty
        $pipeline.Number | Should -Be ($other.Number + 1)
        $pipeline.Branch | Should -Be 'main'
        $warn[0] | Should -BeLike '*gh/acme/api (the default branch main) was lost*found by searching*'
        (Get-TriggerPost).Count | Should -Be 1
        @(Get-CircleEmulatorRequest -Path '/api/v2/project/gh/acme/api' | Where-Object path -EQ '/api/v2/project/gh/acme/api').Count |
            Should -Be 1 -Because 'the default branch is read once, only after the answer was lost'
    }

    It 'with neither -Branch nor -Tag, never takes a pipeline on another branch for the lost one; the hint filters on the default branch' {
        New-EarlierPipeline | Out-Null
        $other = Invoke-CirclePipeline gh/acme/api -Branch develop -Confirm:$false
        Clear-CircleEmulatorRequest
        Add-CircleEmulatorFault @{ path = $TriggerPath; method = 'POST'; kind = 'drop'; count = 1 }
        $out = Invoke-CirclePipeline gh/acme/api -Confirm:$false -WarningAction SilentlyContinue -ErrorAction SilentlyContinue -ErrorVariable err
        $out | Should -BeNullOrEmpty -Because "pipeline #$($other.Number) on develop is not what a trigger without a branch makes"
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.TriggerOutcomeUnknown*'
        $err[0].Exception.Message | Should -BeLike '*(the default branch main)*MAY exist*'
        $err[0].ErrorDetails.RecommendedAction | Should -BeLike "*-Mine -MaxPages 1 | Where-Object Branch -EQ 'main'"
        (Get-TriggerPost).Count | Should -Be 1
    }

    It 'with neither -Branch nor -Tag, says the pipeline MAY exist when the default branch cannot be read (no search, one POST)' {
        Add-CircleEmulatorFault @{ path = $TriggerPath; method = 'POST'; kind = 'cutoff'; count = 1 }
        Add-CircleEmulatorFault @{ path = '/api/v2/project/gh/acme/api'; method = 'GET'; kind = 'status'; statusCode = 404; count = 1 }
        $out = Invoke-CirclePipeline gh/acme/api -Confirm:$false -WarningAction SilentlyContinue -ErrorAction SilentlyContinue -ErrorVariable err
        $out | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.TriggerOutcomeUnknown*'
        $err[0].Exception.Message | Should -BeLike "*MAY exist*default branch*failed*not sent again*"
        (Get-TriggerPost).Count | Should -Be 1
        @(Get-CircleEmulatorRequest -Path "$TriggerPath/mine").Count | Should -Be 0 -Because 'without the branch any match would be a guess'
    }

    It 'says the pipeline MAY exist when the connection was reset before anything was made (one POST)' {
        New-EarlierPipeline | Out-Null
        Add-CircleEmulatorFault @{ path = $TriggerPath; method = 'POST'; kind = 'drop'; count = 1 }
        $out = Invoke-CirclePipeline gh/acme/api -Branch main -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $out | Should -BeNullOrEmpty
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.TriggerOutcomeUnknown*'
        $err[0].CategoryInfo.Category | Should -Be 'ConnectionError'
        $err[0].TargetObject | Should -Be 'gh/acme/api'
        $err[0].Exception.Message | Should -BeLike '*MAY exist*not sent again*'
        $err[0].ErrorDetails.RecommendedAction | Should -BeLike "*Get-CirclePipeline 'gh/acme/api' -Mine -MaxPages 1 | Where-Object Branch -EQ 'main'*"
        (Get-TriggerPost).Count | Should -Be 1
        @(Get-CircleEmulatorRequest -Path "$TriggerPath/mine").Count | Should -Be 3 -Because 'it looks at once and twice more, a second and two apart'
    }

    It 'says the pipeline MAY exist when a trigger timed out before anything was made (OperationTimeout)' {
        (Get-CircleSession).RequestTimeout = [timespan]::FromSeconds(1)
        Add-CircleEmulatorFault @{ path = $TriggerPath; method = 'POST'; kind = 'hang'; ms = 10000; count = 1 }
        Invoke-CirclePipeline gh/acme/api -Branch main -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.TriggerOutcomeUnknown*'
        $err[0].CategoryInfo.Category | Should -Be 'OperationTimeout'
        (Get-TriggerPost).Count | Should -Be 1
    }

    It 'keeps the ordinary error when nothing was sent (connection refused)' {
        $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
        $listener.Start(); $port = $listener.LocalEndpoint.Port; $listener.Stop()
        $session = Connect-Circle -Token $AdminToken -ApiUrl "http://127.0.0.1:$port" -SkipVerification -NoDefault -PassThru -MaximumRetryCount 0
        Invoke-CirclePipeline gh/acme/api -Branch main -Session $session -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable err -WarningVariable warn
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike 'CircleApi.ConnectionFailed*'
        $err[0].Exception.AnswerLost | Should -BeFalse
        $warn | Should -BeNullOrEmpty
    }
}
