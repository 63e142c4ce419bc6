<#
.SYNOPSIS
    A fault soak: a mixed workload against the emulator while it injects random faults, in this process.
.DESCRIPTION
    Rounds of: a full listing through its pages, a crawl (Get-CirclePipeline | Get-CircleWorkflow | Get-CircleJob),
    artifact downloads and a trigger, with 429 + Retry-After, 5xx, cut-off bodies and slow answers injected at random.
    Every item must arrive exactly once or its failure be reported as an ErrorRecord; no trigger may be POSTed twice.
    Managed memory (after a full collection) and this process's socket count are sampled after a warm-up, at the
    middle and at the end. Returns the figures; FaultSoak.Tests.ps1 asserts them, `build.ps1 soak` prints them.
    Expects the module and Emulator.psm1 imported and an emulator running (TestHelpers.ps1 does both).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $EmulatorUrl,
    [Parameter(Mandatory)] [string] $ArtifactUrl,
    [Parameter(Mandatory)] [string] $Token,
    [timespan] $Duration = [timespan]::FromSeconds(10),
    # The first part of the run, not measured: caches, connection pools and JIT settle.
    [double] $WarmUpShare = 0.2
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

$listSlug = 'gh/acme/api'      # listed and crawled; never triggered, so its listing stays the same
$triggerSlug = 'gh/acme/web'   # triggered
$jobNumber = 9900
$triggerPath = "/api/v2/project/$triggerSlug/pipeline"

function Get-SocketCount {
    # Linux: this process's descriptors that are sockets ("socket:[inode]"); elsewhere not measured.
    if (-not (Test-Path /proc/self/fd)) { return $null }
    $count = 0
    foreach ($fd in [System.IO.Directory]::GetFileSystemEntries('/proc/self/fd')) {
        $target = try { [System.IO.FileInfo]::new($fd).LinkTarget } catch { $null }   # a descriptor closed meanwhile
        if ($target -like 'socket:*') { $count++ }
    }
    $count
}

function Get-Sample([string] $When) {
    [pscustomobject]@{ When = $When; ManagedBytes = [GC]::GetTotalMemory($true); Sockets = Get-SocketCount }
}

Reset-CircleEmulator
$session = Connect-Circle -Token $Token -ApiUrl $EmulatorUrl -TrustedHost $ArtifactUrl -NoDefault -PassThru
$session.RetryBaseDelay = [timespan]::FromMilliseconds(20)
$session.MaxRetryWait = [timespan]::FromSeconds(2)
$session.RequestTimeout = [timespan]::FromSeconds(5)
$seeded = @(Add-CircleEmulatorArtifact -ProjectSlug $listSlug -JobNumber $jobNumber -Count 6 -Size 40000 -PathFormat 'soak/f{0}.bin')
$hashes = @{}; foreach ($a in $seeded) { $hashes[$a.path] = $a.sha256 }

# What a faultless run yields, to hold each faulty round to.
$expectedNumbers = @(Get-CirclePipeline $listSlug -Session $session | ForEach-Object Number)
$expectedJobs = @(Get-CirclePipeline $listSlug -Session $session -MaxPages 1 | Get-CircleWorkflow -Session $session | Get-CircleJob -Session $session |
    ForEach-Object { "$($_.WorkflowId)/$($_.Name)" })
Clear-CircleEmulatorRequest

$faults = @(
    @{ kind = 'status'; statusCode = 429; retryAfter = '1'; probability = 0.01 }
    @{ kind = 'status'; statusCode = 503; probability = 0.03 }
    @{ kind = 'status'; statusCode = 500; body = 'html'; probability = 0.02 }
    @{ kind = 'cutoff'; probability = 0.03 }
    @{ kind = 'latency'; ms = 150; probability = 0.05 }
    @{ kind = 'holdAnswer'; ms = 100; probability = 0.03 }
)
foreach ($rule in $faults) { Add-CircleEmulatorFault ($rule + @{ path = '/api/' }) | Out-Null }
Add-CircleEmulatorFault @{ path = '/artifacts/'; kind = 'cutoff'; probability = 0.05 } | Out-Null
# Triggers are few (one a round): lose their answers more often, after the pipeline was made (cutoff) or before (drop).
Add-CircleEmulatorFault @{ path = $triggerPath; method = 'POST'; kind = 'cutoff'; probability = 0.25 } | Out-Null
Add-CircleEmulatorFault @{ path = $triggerPath; method = 'POST'; kind = 'drop'; probability = 0.05 } | Out-Null

$figures = [ordered]@{
    Rounds = 0; Items = 0; Errors = 0; ErrorIds = ''; Duplicates = 0; SilentLosses = 0; Triggers = 0; TriggersFound = 0; TriggersUnknown = 0
    TriggerPostedTwice = 0; TriggerResentAfter429 = 0; Requests = 0; Faults = 0; FaultKinds = ''; Samples = [System.Collections.Generic.List[object]]::new(); Problems = [System.Collections.Generic.List[string]]::new()
}
$errorIds = @{}
function Add-Problem([string] $Text) { if ($figures.Problems.Count -lt 20) { $figures.Problems.Add($Text) } }

# Every item exactly once, or the shortfall reported by an error.
function Test-Items([string] $What, [string[]] $Got, [string[]] $Expected, [object[]] $Errors) {
    $figures.Items += $Got.Count
    $figures.Errors += $Errors.Count
    foreach ($e in $Errors) { $id = "$($e.FullyQualifiedErrorId)".Split(',')[0]; $errorIds[$id] = 1 + $errorIds[$id] }
    $unique = [System.Collections.Generic.HashSet[string]]::new([string[]]$Got)
    $figures.Duplicates += $Got.Count - $unique.Count
    if ($Got.Count -ne $unique.Count) { Add-Problem "$What returned $($Got.Count - $unique.Count) duplicates" }
    $missing = @($Expected | Where-Object { -not $unique.Contains($_) }).Count
    if ($missing -gt 0 -and $Errors.Count -eq 0) {
        $figures.SilentLosses += $missing
        Add-Problem "$What lost $missing items without an error"
    }
}

$folder = Join-Path ([System.IO.Path]::GetTempPath()) ("circle-soak-" + [guid]::NewGuid().ToString('N'))
$clock = [System.Diagnostics.Stopwatch]::StartNew()
$warmUpAt = [timespan]::FromTicks([long]($Duration.Ticks * $WarmUpShare))
$middleAt = [timespan]::FromTicks([long]($warmUpAt.Ticks + ($Duration.Ticks - $warmUpAt.Ticks) / 2))
try {
    while ($clock.Elapsed -lt $Duration) {
        $round = ++$figures.Rounds
        $e1 = $e2 = $e3 = $e4 = $null

        $numbers = @(Get-CirclePipeline $listSlug -Session $session -ErrorAction SilentlyContinue -ErrorVariable e1 | ForEach-Object { "$($_.Number)" })
        Test-Items "listing $round" $numbers $expectedNumbers @($e1)

        $jobs = @(Get-CirclePipeline $listSlug -Session $session -MaxPages 1 -ErrorAction SilentlyContinue -ErrorVariable e2 |
            Get-CircleWorkflow -Session $session -ErrorAction SilentlyContinue -ErrorVariable +e2 |
            Get-CircleJob -Session $session -ErrorAction SilentlyContinue -ErrorVariable +e2 | ForEach-Object { "$($_.WorkflowId)/$($_.Name)" })
        Test-Items "crawl $round" $jobs $expectedJobs @($e2)

        $dest = Join-Path $folder "r$round"
        $saved = @(Save-CircleArtifact $dest $listSlug $jobNumber -Session $session -ErrorAction SilentlyContinue -ErrorVariable e3)
        foreach ($s in $saved | Where-Object Status -EQ 'Downloaded') {
            if ((Get-FileHash -LiteralPath $s.FilePath -Algorithm SHA256).Hash -ne $hashes[$s.Path]) { Add-Problem "download $round of $($s.Path) differs" }
        }
        Test-Items "downloads $round" @($saved | ForEach-Object Path) @($hashes.Keys) @($e3)
        Remove-Item -LiteralPath $dest -Recurse -Force -ErrorAction Ignore

        $figures.Triggers++
        $pipeline = Invoke-CirclePipeline $triggerSlug -Branch soak -Parameters @{ 'soak-round' = "$round" } -Session $session -Confirm:$false `
            -ErrorAction SilentlyContinue -ErrorVariable e4 -WarningAction SilentlyContinue -WarningVariable w4
        if ($w4 | Where-Object { $_ -like '*found by searching*' }) { $figures.TriggersFound++ }
        if ($e4 | Where-Object { $_.FullyQualifiedErrorId -like 'CircleApi.TriggerOutcomeUnknown*' }) { $figures.TriggersUnknown++ }
        Test-Items "trigger $round" @($pipeline | ForEach-Object { "$round" }) @("$round") @($e4)
        if ($pipeline -and "$($pipeline.TriggerParameters['soak-round'])" -ne "$round") { Add-Problem "trigger $round returned another round's pipeline" }

        $global:Error.Clear()   # the session's own history would otherwise grow with every reported failure
        if ($figures.Samples.Count -eq 0 -and $clock.Elapsed -ge $warmUpAt) { $figures.Samples.Add((Get-Sample 'warm')) }
        elseif ($figures.Samples.Count -eq 1 -and $clock.Elapsed -ge $middleAt) { $figures.Samples.Add((Get-Sample 'middle')) }
    }
    $figures.Samples.Add((Get-Sample 'end'))
}
finally {
    Clear-CircleEmulatorFault
    Remove-Item -LiteralPath $folder -Recurse -Force -ErrorAction Ignore
    $session.Dispose()
}

# No trigger sent twice: one POST per round's parameters in the emulator's log.
$requests = @(Get-CircleEmulatorRequest)
$downloads = @(Get-CircleEmulatorRequest -Other)
$figures.Requests = $requests.Count + $downloads.Count
$faulted = @(($requests + $downloads) | ForEach-Object { $fault = $_.PSObject.Properties['fault']; if ($fault -and $fault.Value) { $fault.Value -split ',' } })
$figures.Faults = $faulted.Count
$figures.FaultKinds = ($faulted | Group-Object | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Count)" }) -join ', '
# A POST refused with 429 was not processed and is sent again by design (README, "Retries"): it does not count.
$posts = @($requests | Where-Object { $_.method -eq 'POST' -and $_.path -eq $triggerPath })
$figures.TriggerResentAfter429 = @($posts | Where-Object status -EQ 429).Count
foreach ($group in $posts | Where-Object status -NE 429 | Group-Object { ($_.body | ConvertFrom-Json).parameters.'soak-round' } | Where-Object Count -GT 1) {
    $figures.TriggerPostedTwice++
    $how = ($group.Group | ForEach-Object { $fault = $_.PSObject.Properties['fault']; "$($_.status)$(if ($fault -and $fault.Value) { ' ' + $fault.Value })" }) -join '; '
    Add-Problem "trigger of round $($group.Name) was POSTed $($group.Count) times ($how)"
}
$figures.ErrorIds = ($errorIds.GetEnumerator() | Sort-Object Name | ForEach-Object { "$($_.Name) $($_.Value)" }) -join ', '
[pscustomobject]$figures
