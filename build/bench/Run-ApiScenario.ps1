<#
.SYNOPSIS
    One benchmark run in a fresh pwsh: one scenario, one client. Prints one JSON line: seconds, items, peak memory.
.DESCRIPTION
    Clients: module (CircleCi.PowerShell), irm (an Invoke-RestMethod script written as an experienced user would:
    one web session, a paging loop, -MaximumRetryCount), raw (a bare C# HttpClient loop, RawClient.cs), rawpipe (the
    same loop keeping each item as parsed JSON, then written down the pipeline: what PowerShell itself adds).
#>
param(
    [Parameter(Mandatory)] [ValidateSet('list', 'crawl')] [string] $Scenario,
    [Parameter(Mandatory)] [ValidateSet('module', 'irm', 'raw', 'rawpipe')] [string] $Client,
    [Parameter(Mandatory)] [string] $EmulatorUrl,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $ProjectSlug = 'gh/acme/big',
    [int] $Pipelines = 300,
    [int] $ThrottleLimit = 0,
    # Run the scenario this many times in this process and time only the last: 2 measures a warm process, where
    # the code on the path is already compiled (a long script or an interactive session), against a fresh one.
    [ValidateRange(1, 10)] [int] $Repeat = 1
)
$ErrorActionPreference = 'Stop'

. (Join-Path $PSScriptRoot 'BenchProcess.ps1')

switch ($Client) {
    'module' {
        Import-Module (Join-Path $ModulePath 'CircleCi.PowerShell.psd1')
        Connect-Circle -Token $Token -ApiUrl $EmulatorUrl -SkipVerification -MaximumRetryCount 10
    }
    { $_ -in 'raw', 'rawpipe' } { Add-Type -Path (Join-Path $PSScriptRoot 'RawClient.cs') -ErrorAction Stop }
    'irm' {
        $headers = @{ 'Circle-Token' = $Token; Accept = 'application/json' }
        $web = New-Object Microsoft.PowerShell.Commands.WebRequestSession
        function Get-IrmItems([string] $Path) {
            $pageToken = $null
            do {
                $uri = "$EmulatorUrl/api/v2/$Path"
                if ($pageToken) { $uri += '?page-token=' + [uri]::EscapeDataString($pageToken) }
                $page = Invoke-RestMethod -Uri $uri -Headers $headers -WebSession $web -MaximumRetryCount 5 -RetryIntervalSec 1
                $page.items
                $pageToken = $page.next_page_token
            } while ($pageToken)
        }
    }
}

# A failed request must show in the result (the rate-limited target is zero failures), not abort the run.
$Error.Clear()
$ErrorActionPreference = 'Continue'
$scenarioBlock = {
    switch ("$Scenario/$Client") {
        'list/module' { (Get-CirclePipeline -ProjectSlug $ProjectSlug | Measure-Object).Count }
        'list/irm' { (Get-IrmItems "project/$ProjectSlug/pipeline" | Measure-Object).Count }
        'list/raw' { [RawCircleClient]::CountPages($EmulatorUrl, $Token, "/api/v2/project/$ProjectSlug/pipeline") }
        'list/rawpipe' { ([RawCircleClient]::Items($EmulatorUrl, $Token, "/api/v2/project/$ProjectSlug/pipeline") | Measure-Object).Count }
        'crawl/module' {
            $limit = if ($ThrottleLimit -gt 0) { @{ ThrottleLimit = $ThrottleLimit } } else { @{} }
            (Get-CirclePipeline -ProjectSlug $ProjectSlug | Select-Object -First $Pipelines | Get-CircleWorkflow @limit | Get-CircleJob @limit | Measure-Object).Count
        }
        'crawl/irm' {
            $count = 0
            foreach ($pipeline in (Get-IrmItems "project/$ProjectSlug/pipeline" | Select-Object -First $Pipelines)) {
                foreach ($workflow in (Get-IrmItems "pipeline/$($pipeline.id)/workflow")) {
                    $count += @(Get-IrmItems "workflow/$($workflow.id)/job").Count
                }
            }
            $count
        }
        'crawl/raw' { [RawCircleClient]::Crawl($EmulatorUrl, $Token, $ProjectSlug, $Pipelines, $(if ($ThrottleLimit -gt 0) { $ThrottleLimit } else { 1 })) }
    }
}
for ($run = 1; $run -lt $Repeat; $run++) { $null = & $scenarioBlock }
Wait-JitSettled
# Methods the JIT compiled during the timed run: in a fresh process, the module's extra time over the raw loop is
# mostly compiling its own code on first use (precompiled ReadyToRun code is only read by the .NET major version
# that produced it, and PowerShell 7.4, 7.5 and 7.6 each run on a different one, so the module ships IL).
$jitBefore = Get-JitMethodCount
$watch = [Diagnostics.Stopwatch]::StartNew()
$items = & $scenarioBlock
$watch.Stop()
$jitMethods = (Get-JitMethodCount) - $jitBefore
[ordered]@{ scenario = $Scenario; client = $Client; seconds = [math]::Round($watch.Elapsed.TotalSeconds, 3); items = $items; errors = $Error.Count; peakMB = Get-StatusMB 'VmHWM'; jitMethods = $jitMethods } |
    ConvertTo-Json -Compress
