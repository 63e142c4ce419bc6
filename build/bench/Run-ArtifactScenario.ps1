<#
.SYNOPSIS
    One artifact-download run in a fresh pwsh: one client saves every artifact of one job. Prints one JSON line:
    seconds, files, bytes, idle and peak memory.
.DESCRIPTION
    Clients: module (Save-CircleArtifact), iwr (the API guide's recipe as an experienced PowerShell user writes it:
    Invoke-RestMethod for the paged list, then an Invoke-WebRequest -OutFile loop), wget (the guide's own recipe:
    curl the list, grep the URLs, wget -i -), raw (a bare sequential HttpClient loop, RawArtifactClient.cs), rawpar
    (the same loop, 16 files at once: the module's default -ThrottleLimit).
#>
param(
    [Parameter(Mandatory)] [ValidateSet('module', 'iwr', 'wget', 'raw', 'rawpar')] [string] $Client,
    [Parameter(Mandatory)] [string] $EmulatorUrl,
    [Parameter(Mandatory)] [string] $OtherUrl,
    [Parameter(Mandatory)] [string] $Token,
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [long] $JobNumber,
    [Parameter(Mandatory)] [string] $Destination,
    [string] $ProjectSlug = 'gh/acme/api',
    [int] $ThrottleLimit = 0,
    # Save everything this many times in this process and time only the last (into -Destination; the earlier runs go
    # to folders deleted at once): 4 measures a warm process, where the code on the path is compiled and promoted.
    [ValidateRange(1, 10)] [int] $Repeat = 1
)
$ErrorActionPreference = 'Stop'

. (Join-Path $PSScriptRoot 'BenchProcess.ps1')

$listPath = "project/$ProjectSlug/$JobNumber/artifacts"
switch ($Client) {
    'module' {
        Import-Module (Join-Path $ModulePath 'CircleCi.PowerShell.psd1')
        Connect-Circle -Token $Token -ApiUrl $EmulatorUrl -TrustedHost $OtherUrl -SkipVerification | Out-Null
    }
    { $_ -in 'raw', 'rawpar' } { Add-Type -Path (Join-Path $PSScriptRoot 'RawArtifactClient.cs') -ErrorAction Stop }
    'iwr' {
        $headers = @{ 'Circle-Token' = $Token }
        $web = New-Object Microsoft.PowerShell.Commands.WebRequestSession
        $ProgressPreference = 'SilentlyContinue'   # what experienced users do: the progress bar slows IWR a lot
    }
}
New-Item -ItemType Directory -Force $Destination | Out-Null
[GC]::Collect()
$idle = Get-StatusMB 'VmRSS'
Wait-JitSettled

$download = {
    param([string] $Destination)
    switch ($Client) {
        'module' {
            $limit = if ($ThrottleLimit -gt 0) { @{ ThrottleLimit = $ThrottleLimit } } else { @{} }
            $null = Save-CircleArtifact -Destination $Destination -ProjectSlug $ProjectSlug -JobNumber $JobNumber @limit
        }
        'iwr' {
            $pageToken = $null
            $artifacts = do {
                $uri = "$EmulatorUrl/api/v2/$listPath"
                if ($pageToken) { $uri += '?page-token=' + [uri]::EscapeDataString($pageToken) }
                $page = Invoke-RestMethod -Uri $uri -Headers $headers -WebSession $web -MaximumRetryCount 5 -RetryIntervalSec 1
                $page.items
                $pageToken = $page.next_page_token
            } while ($pageToken)
            foreach ($artifact in $artifacts) {
                $target = Join-Path $Destination $artifact.path
                New-Item -ItemType Directory -Force (Split-Path $target) | Out-Null
                Invoke-WebRequest -Uri $artifact.url -Headers $headers -WebSession $web -OutFile $target -MaximumRetryCount 5 -RetryIntervalSec 1
            }
        }
        'wget' {
            # The API guide: curl the (v1.1-style, unpaged here) list, grep the URLs, wget them one after another.
            $pageToken = $null
            $urls = do {
                $uri = "$EmulatorUrl/api/v2/$listPath"
                if ($pageToken) { $uri += '?page-token=' + [uri]::EscapeDataString($pageToken) }
                $json = & curl -s -H "Circle-Token: $Token" $uri
                [regex]::Matches($json, 'http://[^"]*/artifacts/[^"]*') | ForEach-Object Value
                $pageToken = ($json | ConvertFrom-Json).next_page_token
            } while ($pageToken)
            Push-Location $Destination
            try { $urls | & wget -q --header "Circle-Token: $Token" --input-file - } finally { Pop-Location }
        }
        'raw' { $null = [RawArtifactClient]::SaveAll($EmulatorUrl, $Token, "/api/v2/$listPath", $Destination) }
        'rawpar' { $null = [RawArtifactClient]::SaveAllParallel($EmulatorUrl, $Token, "/api/v2/$listPath", $Destination, 16) }
    }
}
for ($run = 1; $run -lt $Repeat; $run++) {
    $warmUp = "$Destination-warm$run"
    New-Item -ItemType Directory -Force $warmUp | Out-Null
    try { & $download $warmUp } finally { Remove-Item -Recurse -Force -LiteralPath $warmUp -ErrorAction Ignore }
}
if ($Repeat -gt 1) { Wait-JitSettled }

$self = [Diagnostics.Process]::GetCurrentProcess()
$cpuBefore = $self.TotalProcessorTime; $userBefore = $self.UserProcessorTime
$watch = [Diagnostics.Stopwatch]::StartNew()
& $download $Destination
$watch.Stop()
$self.Refresh()
# CPU of this process during the download (wget's own CPU is in a child process and not counted), split into user
# code and kernel (socket reads, file writes): on loopback the kernel's share shows how much is left to optimise.
$cpuSeconds = ($self.TotalProcessorTime - $cpuBefore).TotalSeconds
$userSeconds = ($self.UserProcessorTime - $userBefore).TotalSeconds
$files = @(Get-ChildItem -LiteralPath $Destination -Recurse -File)
[ordered]@{
    client = $Client; seconds = [math]::Round($watch.Elapsed.TotalSeconds, 3); files = $files.Count
    bytes = ($files | Measure-Object Length -Sum).Sum; idleMB = $idle; peakMB = Get-StatusMB 'VmHWM'
    cpuSeconds = [math]::Round($cpuSeconds, 3); userSeconds = [math]::Round($userSeconds, 3)
} | ConvertTo-Json -Compress
