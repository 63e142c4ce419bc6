# Helpers for Pester tests: start/stop the CircleCI emulator (tests/CircleCi.Emulator) as a
# separate process and drive its control API (/_emulator/...). Build it first:
#   dotnet build tests/CircleCi.Emulator -c Release
Set-StrictMode -Version Latest

# Keep in sync with EmulatorTokens in tests/CircleCi.Emulator/Auth.cs.
$script:Tokens = @{
    Admin     = 'CCIPAT_9c2b9f50001fdc6d6e32bcda138dc049b3a9356b'  # user ada (Ada Admin)
    Reader    = 'CCIPAT_bc853e369aba563f64392c4ab02a9eb6609cdacd'  # user rex (Rex Reader)
    Project   = 'CCIPRJ_651752afab14678c8707c625f24eab48ddb4d89f'  # project token, refused by v2
    OldFormat = '4ab3b300963ad76b5b2ef98af09e5bc3db0bed94'         # pre-2023 format, refused
}

# The emulator most recently started; the other functions default to it.
$script:Current = $null

function Get-CircleEmulatorToken {
    [CmdletBinding()]
    param([ValidateSet('Admin', 'Reader', 'Project', 'OldFormat')][string] $Kind = 'Admin')
    $script:Tokens[$Kind]
}

function Get-CircleEmulatorSeed {
    <# What the emulator's seed holds (project slugs), read from its control API. #>
    [CmdletBinding()]
    param([string] $Url = $env:CIRCLECI_EMULATOR_URL)
    Invoke-RestMethod -Uri "$Url/_emulator/seed"
}

function Find-CircleEmulatorDll {
    # Release unless the Debug build is newer (a stale Release build would otherwise win silently).
    $root = Split-Path -Parent $PSScriptRoot   # tests/
    $found = foreach ($config in 'Release', 'Debug') {
        Get-Item -LiteralPath (Join-Path $root "CircleCi.Emulator/bin/$config/net10.0/CircleCi.Emulator.dll") -ErrorAction Ignore
    }
    $newest = $found | Sort-Object LastWriteTimeUtc -Descending -Stable | Select-Object -First 1
    if ($newest) { return $newest.FullName }
    throw "CircleCi.Emulator.dll not found under $root/CircleCi.Emulator/bin. Run: dotnet build tests/CircleCi.Emulator -c Release"
}

function Get-DotnetHost {
    # Under `dotnet pwsh` this process is the dotnet host itself: reuse it rather than relying on PATH.
    $self = [System.Environment]::ProcessPath
    if ($self -and [System.IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { return $self }
    if ($env:DOTNET_HOST_PATH) { return $env:DOTNET_HOST_PATH }
    'dotnet'
}

function Start-CircleEmulator {
    [CmdletBinding()]
    param(
        [int] $LatencyMs,
        [int] $BigPipelines,
        [int] $Port,
        [string] $Path,
        # No checking of API traffic against CircleCI's OpenAPI documents (benchmarks: it costs CPU).
        [switch] $NoContract,
        [int] $TimeoutSeconds = 120
    )
    if (-not $Path) { $Path = Find-CircleEmulatorDll }
    $psi = [System.Diagnostics.ProcessStartInfo]::new((Get-DotnetHost))
    $psi.ArgumentList.Add($Path)
    if ($PSBoundParameters.ContainsKey('LatencyMs')) { $psi.ArgumentList.Add('--latency-ms'); $psi.ArgumentList.Add("$LatencyMs") }
    if ($PSBoundParameters.ContainsKey('BigPipelines')) { $psi.ArgumentList.Add('--big-pipelines'); $psi.ArgumentList.Add("$BigPipelines") }
    if ($PSBoundParameters.ContainsKey('Port')) { $psi.ArgumentList.Add('--port'); $psi.ArgumentList.Add("$Port") }
    if ($NoContract) { $psi.ArgumentList.Add('--no-contract') }
    # The emulator stops when its stdin closes, so it cannot outlive this session by accident.
    $psi.RedirectStandardInput = $true
    $psi.RedirectStandardOutput = $true
    $psi.UseShellExecute = $false

    $process = [System.Diagnostics.Process]::Start($psi)
    $read = $process.StandardOutput.ReadLineAsync()
    if (-not $read.Wait([TimeSpan]::FromSeconds($TimeoutSeconds))) {
        $process.Kill($true)
        throw "The emulator did not report ready within $TimeoutSeconds s."
    }
    $line = $read.Result
    if (-not $line) {
        $process.WaitForExit(5000) | Out-Null
        $code = if ($process.HasExited) { $process.ExitCode } else { 'none' }
        throw "The emulator exited before reporting ready (exit code $code)."
    }
    $ready = try { $line | ConvertFrom-Json } catch { $null }
    if (-not $ready -or -not $ready.PSObject.Properties['url']) {
        $process.Kill($true)
        throw "Unexpected first line from the emulator ($Path): $line"
    }
    $emulator = [pscustomobject]@{
        PSTypeName = 'CircleCi.Emulator'
        Url        = [string] $ready.url
        OtherUrl   = [string] $ready.otherUrl
        ThirdUrl   = [string] $ready.thirdUrl
        Pid        = [int] $ready.pid
        Process    = $process
    }
    $script:Current = $emulator
    $emulator
}

function Resolve-CircleEmulator($Emulator) {
    if ($Emulator) { return $Emulator }
    if (-not $script:Current) { throw 'No emulator running: call Start-CircleEmulator first.' }
    $script:Current
}

function Stop-CircleEmulator {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)] $Emulator)
    process {
        $em = Resolve-CircleEmulator $Emulator
        $process = $em.Process
        if (-not $process.HasExited) {
            try { $process.StandardInput.Close() } catch { }   # EOF on stdin = clean shutdown
            if (-not $process.WaitForExit(10000)) { $process.Kill($true); $process.WaitForExit() }
        }
        # Not disposed: callers may still read ExitCode / HasExited.
        if ($script:Current -eq $em) { $script:Current = $null }
    }
}

function Invoke-CircleEmulatorControl {
    [CmdletBinding()]
    param([string] $Method, [string] $Route, $Body, $Emulator)
    $em = Resolve-CircleEmulator $Emulator
    $request = @{ Method = $Method; Uri = "$($em.Url)/_emulator/$Route" }
    if ($null -ne $Body) {
        $request.Body = ConvertTo-Json -InputObject $Body -Depth 10 -Compress
        $request.ContentType = 'application/json'
    }
    Invoke-RestMethod @request
}

function Reset-CircleEmulator {
    [CmdletBinding()]
    param($Emulator)
    Invoke-CircleEmulatorControl -Method Post -Route 'reset' -Emulator $Emulator | Out-Null
}

function Add-CircleEmulatorFault {
    <# Rule keys: path, method, count, range (a prefix of the Range header, e.g. 'bytes=4194304-'), kind
       (status|latency|hang|cutoff|redirect|headers|repeatPageToken|mangle|holdAnswer|drop), statusCode, retryAfter,
       body (json|html|empty|truncated), message, ms, bytes, url, headers, probability (0-1). Returns the id. #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][hashtable] $Rule, $Emulator)
    (Invoke-CircleEmulatorControl -Method Post -Route 'faults' -Body $Rule -Emulator $Emulator).id
}

function Clear-CircleEmulatorFault {
    [CmdletBinding()]
    param($Emulator)
    Invoke-CircleEmulatorControl -Method Delete -Route 'faults' -Emulator $Emulator | Out-Null
}

function Set-CircleEmulatorRateLimit {
    [CmdletBinding(DefaultParameterSetName = 'On')]
    param(
        [Parameter(ParameterSetName = 'On', Mandatory)][double] $PerSecond,
        [Parameter(ParameterSetName = 'On')][int] $Burst,
        [Parameter(ParameterSetName = 'Off', Mandatory)][switch] $Off,
        $Emulator
    )
    if ($Off) { Invoke-CircleEmulatorControl -Method Delete -Route 'ratelimit' -Emulator $Emulator | Out-Null; return }
    $body = @{ perSecond = $PerSecond }
    if ($PSBoundParameters.ContainsKey('Burst')) { $body.burst = $Burst }
    Invoke-CircleEmulatorControl -Method Post -Route 'ratelimit' -Body $body -Emulator $Emulator | Out-Null
}

function Set-CircleEmulatorLatency {
    [CmdletBinding()]
    param([Parameter(Mandatory)][int] $Ms, $Emulator)
    Invoke-CircleEmulatorControl -Method Post -Route 'latency' -Body @{ ms = $Ms } -Emulator $Emulator | Out-Null
}

function Set-CircleEmulatorBandwidth {
    <# Caps every artifact connection at -BytesPerSecond (0 lifts the cap; Reset-CircleEmulator does too). #>
    [CmdletBinding()]
    param([Parameter(Mandatory)][long] $BytesPerSecond, $Emulator)
    Invoke-CircleEmulatorControl -Method Post -Route 'bandwidth' -Body @{ bytesPerSecond = $BytesPerSecond } -Emulator $Emulator | Out-Null
}

function Get-CircleEmulatorRequest {
    <# -Other: the artifact host (second listener); -Third: the artifact host's redirect target. #>
    [CmdletBinding()]
    param([string] $Path, [switch] $Other, [switch] $Third, $Emulator)
    $route = if ($Third) { 'third/requests' } elseif ($Other) { 'other/requests' } else { 'requests' }
    if ($Path) { $route += '?path=' + [uri]::EscapeDataString($Path) }
    # Invoke-RestMethod returns a JSON array as one object: unroll it (an empty log yields nothing).
    foreach ($entry in (Invoke-CircleEmulatorControl -Method Get -Route $route -Emulator $Emulator)) { $entry }
}

function Clear-CircleEmulatorRequest {
    [CmdletBinding()]
    param([switch] $Other, [switch] $Third, $Emulator)
    $route = if ($Third) { 'third/requests' } elseif ($Other) { 'other/requests' } else { 'requests' }
    Invoke-CircleEmulatorControl -Method Delete -Route $route -Emulator $Emulator | Out-Null
}

function Set-CircleEmulatorClock {
    <# The CI model's clock: -Advance jumps it forward, -Speed sets virtual seconds per real second (0 freezes it). #>
    [CmdletBinding()]
    param([timespan] $Advance, [double] $Speed = -1, $Emulator)
    $body = @{}
    if ($PSBoundParameters.ContainsKey('Advance')) { $body.advance = $Advance.ToString('c') }
    if ($Speed -ge 0) { $body.speed = $Speed }
    Invoke-CircleEmulatorControl -Method Post -Route 'clock' -Body $body -Emulator $Emulator
}

function Set-CircleEmulatorScenario {
    <# What the next triggered pipelines do: pass, fail or broken (-FailJob; a rerun of broken fails again), hold, config-error, no-workflow, setup, none; -Clear forgets. #>
    [CmdletBinding(DefaultParameterSetName = 'Set')]
    param([Parameter(ParameterSetName = 'Set', Mandatory, Position = 0)][string] $Name, [Parameter(ParameterSetName = 'Set')][string] $FailJob,
        [Parameter(ParameterSetName = 'Clear', Mandatory)][switch] $Clear, $Emulator)
    if ($Clear) { Invoke-CircleEmulatorControl -Method Delete -Route 'scenario' -Emulator $Emulator | Out-Null; return }
    $body = @{ name = $Name }
    if ($FailJob) { $body.failJob = $FailJob }
    Invoke-CircleEmulatorControl -Method Post -Route 'scenario' -Body $body -Emulator $Emulator | Out-Null
}

function Add-CircleEmulatorArtifact {
    <# Seeds a job's artifacts: -Artifact @{ path; nodeIndex; size; content; noRange }, or -Count/-Size/-PathFormat
       generated ones. Returns the artifacts with id, url and sha256 (for bodies up to 64 MiB). #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string] $ProjectSlug,
        [Parameter(Mandatory)][long] $JobNumber,
        [hashtable[]] $Artifact = @(),
        [int] $Count,
        [long] $Size,
        [string] $PathFormat,
        [string] $Branch = 'main',
        [string] $Status = 'success',
        $Emulator
    )
    $body = @{ projectSlug = $ProjectSlug; jobNumber = $JobNumber; branch = $Branch; status = $Status; artifacts = @($Artifact) }
    if ($Count) { $body.count = $Count; $body.size = $Size; if ($PathFormat) { $body.pathFormat = $PathFormat } }
    foreach ($a in (Invoke-CircleEmulatorControl -Method Post -Route 'artifacts' -Body $body -Emulator $Emulator).artifacts) { $a }
}

function Add-CircleEmulatorEnvironmentVariable {
    <# Seeds a project environment variable whose created-at is sent exactly as -CreatedAt gives it (any JSON value:
       CircleCI's own '#joda/inst 2023-04-14T21:20:14+0000', a malformed date, a number, $null). Returns it as listed. #>
    [CmdletBinding()]
    param(
        [Parameter(Mandatory)][string] $ProjectSlug,
        [Parameter(Mandatory)][string] $Name,
        [string] $Value = 'seeded-value',
        [AllowNull()] $CreatedAt,
        $Emulator
    )
    $body = @{ projectSlug = $ProjectSlug; name = $Name; value = $Value }
    if ($PSBoundParameters.ContainsKey('CreatedAt')) { $body.createdAt = $CreatedAt }
    Invoke-CircleEmulatorControl -Method Post -Route 'envvar' -Body $body -Emulator $Emulator
}

Export-ModuleMember -Function Add-CircleEmulatorArtifact, Set-CircleEmulatorBandwidth, Add-CircleEmulatorEnvironmentVariable, Set-CircleEmulatorClock, Set-CircleEmulatorScenario, Get-CircleEmulatorToken, Get-CircleEmulatorSeed, Start-CircleEmulator, Stop-CircleEmulator, Reset-CircleEmulator,
    Add-CircleEmulatorFault, Clear-CircleEmulatorFault, Set-CircleEmulatorRateLimit, Set-CircleEmulatorLatency,
    Get-CircleEmulatorRequest, Clear-CircleEmulatorRequest, Invoke-CircleEmulatorControl
