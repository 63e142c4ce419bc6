<#
.SYNOPSIS
    The API benchmarks of build.ps1 bench: import, list, crawl and rate-limited crawl, each run with the module,
    an Invoke-RestMethod script and a raw HttpClient loop against the emulator, side by side in one run.
.DESCRIPTION
    Every run happens in a fresh pwsh (Run-ApiScenario.ps1) so memory and warm-up are measured alike for each
    client; medians of -Runs runs are compared as ratios. Results: a table, and JSON in out/bench/.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Runs = 3,
    [int] $ImportRuns = 11,
    [string] $OutDirectory = (Join-Path $PSScriptRoot '../../out/bench')
)
$ErrorActionPreference = 'Stop'
$repo = Resolve-Path (Join-Path $PSScriptRoot '../..')
Import-Module (Join-Path $repo 'tests/Pester/Emulator.psm1') -Force
$runner = Join-Path $PSScriptRoot 'Run-ApiScenario.ps1'

. (Join-Path $PSScriptRoot 'BenchTurns.ps1')

# Each client (and each import variant) gets its own PowerShell cache folder: pwsh replays the previous process's
# startup JIT profile and reads a module analysis cache from there, and when clients shared one, each ran with the
# profile of whichever client ran before it (measured: the 0 ms listing moved by half with the order of the clients).
# With a folder each, every client runs with its own profile, as a script run daily would.
function Use-CacheFolder([string] $Name) {
    $env:XDG_CACHE_HOME = Join-Path $OutDirectory "cache/$Name"
}

function Invoke-Scenario([string] $Scenario, [string] $Client, [hashtable] $Extra = @{}) {
    Use-CacheFolder $Client
    $arguments = @('-NoProfile', '-NonInteractive', '-File', $runner, '-Scenario', $Scenario, '-Client', $Client,
        '-EmulatorUrl', $script:emulator.Url, '-Token', $script:token, '-ModulePath', $ModulePath)
    foreach ($key in $Extra.Keys) { $arguments += "-$key"; $arguments += "$($Extra[$key])" }
    $output = & dotnet pwsh @arguments
    if ($LASTEXITCODE -ne 0) { throw "Scenario $Scenario/$Client failed: $output" }
    $output | Select-Object -Last 1 | ConvertFrom-Json
}

function Measure-Clients([string] $Scenario, [string[]] $Clients, [int] $LatencyMs, [hashtable] $Extra = @{}, [int] $Runs = $Runs) {
    Set-CircleEmulatorLatency -Ms $LatencyMs
    $samples = Invoke-InTurns $Clients $Runs { param($client) Invoke-Scenario $Scenario $client $Extra }
    foreach ($client in $Clients) {
        [pscustomobject]@{
            Scenario = $Scenario; LatencyMs = $LatencyMs; Client = $client
            MedianSeconds = [math]::Round((Get-Median ($samples[$client].seconds)), 3)
            Items = ($samples[$client] | Select-Object -Last 1).items
            PeakMB = (Get-Median ($samples[$client].peakMB))
            JitMethods = (Get-Median ($samples[$client].jitMethods))
        }
    }
}

function Measure-RateLimitedCrawl([string[]] $Clients, [int] $PerSecond) {
    # -Runs runs a client, in turns like the other scenarios: its time is the median; failures and 429s are summed,
    # so one bad run shows.
    $samples = Invoke-InTurns $Clients $Runs {
        param($client)
        Reset-CircleEmulator
        Set-CircleEmulatorLatency -Ms 0
        Set-CircleEmulatorRateLimit -PerSecond $PerSecond -Burst $PerSecond
        Clear-CircleEmulatorRequest
        $result = Invoke-Scenario 'crawl' $client @{ Pipelines = 100 }
        $requests = @(Get-CircleEmulatorRequest)
        Set-CircleEmulatorRateLimit -PerSecond 0
        $refused = @($requests | Where-Object status -eq 429).Count
        $served = $requests.Count - $refused
        [pscustomobject]@{ Seconds = $result.seconds; Served = $served; Refused = $refused; Failed = $result.errors; Items = $result.items; OverIdeal = $result.seconds / ($served / $PerSecond) }
    }
    foreach ($client in $Clients) {
        $s = @($samples[$client])
        $served = Get-Median $s.Served
        [pscustomobject]@{
            Client = $client; Seconds = Get-Median $s.Seconds; Requests = $served; Refused429 = ($s.Refused | Measure-Object -Sum).Sum
            Failed = ($s.Failed | Measure-Object -Sum).Sum; IdealSeconds = [math]::Round($served / $PerSecond, 2)
            OverIdeal = [math]::Round((Get-Median $s.OverIdeal), 2); Items = ($s | Select-Object -Last 1).Items; Runs = $s.Count
        }
    }
}

New-Item -ItemType Directory -Force $OutDirectory | Out-Null
$savedCacheHome = $env:XDG_CACHE_HOME
$script:token = Get-CircleEmulatorToken -Kind Admin
$script:emulator = Start-CircleEmulator -BigPipelines 5000 -NoContract
try {
    Write-Host 'Import...' -ForegroundColor Cyan
    $import = & (Join-Path $PSScriptRoot 'Invoke-ImportBench.ps1') -ModulePath $ModulePath -Runs $ImportRuns -OutDirectory $OutDirectory
    Write-Host 'List (5,000 pipelines, 250 pages)...' -ForegroundColor Cyan
    # At 0 ms a run takes a second or two and the spread between runs is widest: more runs for the median.
    $list = @(Measure-Clients 'list' @('module', 'irm', 'raw') 0 -Runs ([math]::Max($Runs, 7))) + @(Measure-Clients 'list' @('module', 'irm', 'raw') 50)
    # Not a target: the same listing timed the second time in one process, where the code on its path has been
    # compiled. Against the fresh-process run it shows how much of the gap to the raw loop is first-use compilation.
    Write-Host 'List at 0 ms, second run in the same process...' -ForegroundColor Cyan
    $warm = @(Measure-Clients 'list' @('module', 'raw') 0 @{ Repeat = 2 } -Runs ([math]::Max($Runs, 5)))
    foreach ($row in $warm) { $row.Scenario = 'list-warm' }
    # The warm target: the sixth run in one process, once the JIT has promoted the code on the path (a long script or
    # an interactive session that lists more than once).
    Write-Host 'List at 0 ms, sixth run in the same process...' -ForegroundColor Cyan
    # rawpipe: the raw loop writing its items down the pipeline to Measure-Object, which the module has to do too.
    $steady = @(Measure-Clients 'list' @('module', 'raw', 'rawpipe') 0 @{ Repeat = 6 } -Runs ([math]::Max($Runs, 5)))
    foreach ($row in $steady) { $row.Scenario = 'list-steady' }
    Write-Host 'Crawl (300 pipelines -> workflows -> jobs) at 50 ms...' -ForegroundColor Cyan
    $crawl = @(Measure-Clients 'crawl' @('module', 'irm', 'raw') 50 @{ Pipelines = 300 })
    Write-Host 'Rate-limited crawl (50 requests/s)...' -ForegroundColor Cyan
    $rate = @(Measure-RateLimitedCrawl @('module', 'irm') 50)
}
finally {
    Stop-CircleEmulator $script:emulator
    $env:XDG_CACHE_HOME = $savedCacheHome
}

function Ratio($a, $b) { if ($b) { [math]::Round($a / $b, 2) } }
$byKey = @{}; foreach ($row in $list + $warm + $steady + $crawl) { $byKey["$($row.Scenario)/$($row.LatencyMs)/$($row.Client)"] = $row.MedianSeconds }
$ratios = foreach ($key in 'list/0', 'list-warm/0', 'list-steady/0', 'list/50', 'crawl/50') {
    [pscustomobject]@{
        Scenario = $key
        ModuleOverIrm = Ratio $byKey["$key/module"] $byKey["$key/irm"]
        ModuleOverRaw = Ratio $byKey["$key/module"] $byKey["$key/raw"]
        RawPipeOverRaw = Ratio $byKey["$key/rawpipe"] $byKey["$key/raw"]
    }
}

$report = [ordered]@{
    date = (Get-Date).ToUniversalTime().ToString('o'); machine = "$([Environment]::ProcessorCount) cores"
    import = $import; list = $list; listWarm = $warm; listSteady = $steady; crawl = $crawl; rateLimited = $rate; ratios = $ratios
}
$file = Join-Path $OutDirectory ("api-" + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.json')
$report | ConvertTo-Json -Depth 5 | Set-Content $file
$report | ConvertTo-Json -Depth 5 | Set-Content (Join-Path $OutDirectory 'api-latest.json')
Write-Host 'List and crawl (median seconds)' -ForegroundColor Cyan; $list + $warm + $steady + $crawl | Format-Table -AutoSize | Out-Host
Write-Host 'Ratios (lower is better for the module)' -ForegroundColor Cyan; $ratios | Format-Table -AutoSize | Out-Host
Write-Host 'Rate-limited crawl' -ForegroundColor Cyan; $rate | Format-Table -AutoSize | Out-Host
Write-Host "Results written to $file"
