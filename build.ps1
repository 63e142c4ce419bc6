#Requires -Version 7.4
<#
.SYNOPSIS
    Builds, tests, packages and demonstrates CircleCi.PowerShell.
.DESCRIPTION
    Run from a fresh clone with only the .NET SDK:
        dotnet tool restore && dotnet pwsh ./build.ps1 test
    Tasks:
        build    assemble out/CircleCi.PowerShell (both builds, manifest, formats, help)
        test     build, then every xunit and Pester test; prints "N passed, N failed, N skipped" last
        demo     build, start the CircleCI emulator and walk through the module against it
        package  build, then produce out/packages/CircleCi.PowerShell.<version>.nupkg
        bench    build, then run the benchmarks (not part of test)
        soak     build, then the fault soak for -SoakMinutes (default 3; the test run has a 10 s one) with its figures
        clean    remove out/ and build outputs
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateSet('build', 'test', 'demo', 'package', 'bench', 'soak', 'clean')]
    [string] $Task = 'build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Skip the build step of test/demo/package/bench (use what out/ holds).
    [switch] $NoBuild,

    # Pester only: run the test files whose path matches this wildcard.
    [string] $PesterFilter = '*',

    # xunit only: a dotnet test --filter expression (e.g. 'FullyQualifiedName~Contract'); all tests when empty.
    [string] $XunitFilter = '',

    # soak only: how long the fault soak runs.
    [double] $SoakMinutes = 3
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0
$Root = $PSScriptRoot
$Out = Join-Path $Root 'out'
$ModuleName = 'CircleCi.PowerShell'
$ModuleOut = Join-Path $Out $ModuleName
$Frameworks = 'net8.0', 'netstandard2.0'
$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Get-ModuleVersion {
    $props = [xml](Get-Content -Raw (Join-Path $Root 'Directory.Build.props'))
    $fromProps = $props.Project.PropertyGroup.ModuleVersion | Select-Object -First 1
    $fromManifest = (Import-PowerShellDataFile (Join-Path $Root "$ModuleName.psd1")).ModuleVersion
    if ($fromProps -ne $fromManifest) {
        throw "Version mismatch: Directory.Build.props says $fromProps, $ModuleName.psd1 says $fromManifest."
    }
    $fromManifest
}

# One format file instead of one per area: PowerShell reads, validates and (on Windows) signature-checks each file
# listed in FormatsToProcess at import, so a single file is measurably cheaper (build.ps1 bench, Import scenario).
# The sources stay one file per area beside the code.
function Merge-FormatFile([string] $Source, [string] $Destination) {
    $merged = [xml]'<?xml version="1.0" encoding="utf-8"?><Configuration><SelectionSets/><Controls/><ViewDefinitions/></Configuration>'
    foreach ($file in Get-ChildItem $Source -Filter '*.Format.ps1xml' | Sort-Object Name) {
        $part = [xml](Get-Content -Raw $file.FullName)
        foreach ($section in 'SelectionSets', 'Controls', 'ViewDefinitions') {
            $target = $merged.Configuration.SelectNodes($section)[0]
            foreach ($node in $part.Configuration.SelectNodes("$section/*")) { [void]$target.AppendChild($merged.ImportNode($node, $true)) }
        }
    }
    foreach ($section in 'SelectionSets', 'Controls') {
        $node = $merged.Configuration.SelectNodes($section)[0]
        if (-not $node.HasChildNodes) { [void]$merged.Configuration.RemoveChild($node) }
    }
    $merged.Save($Destination)
}

function Invoke-Build {
    $version = Get-ModuleVersion
    Write-Host "Building $ModuleName $version ($Configuration)"
    Invoke-Dotnet restore (Join-Path $Root 'build/tools.proj') --packages (Join-Path $Root '.packages') -v q
    Invoke-Dotnet build (Join-Path $Root "$ModuleName.sln") -c $Configuration -v q --nologo '-clp:ErrorsOnly'

    if (Test-Path $ModuleOut) { Remove-Item -Recurse -Force $ModuleOut }
    $project = Join-Path $Root "src/$ModuleName/$ModuleName.csproj"
    foreach ($framework in $Frameworks) {
        Invoke-Dotnet publish $project -c $Configuration -f $framework --no-build -v q --nologo -o (Join-Path $ModuleOut "bin/$framework")
        # PowerShell 7's loader (the module's own AssemblyLoadContext) beside the net8.0 build; it serves both builds.
        if ($framework -eq 'net8.0') {
            Invoke-Dotnet publish (Join-Path $Root "src/$ModuleName.Loader/$ModuleName.Loader.csproj") -c $Configuration --no-build -v q --nologo -o (Join-Path $ModuleOut "bin/$framework")
        }
        # Reference assemblies and symbols are not part of what users install.
        Get-ChildItem (Join-Path $ModuleOut "bin/$framework") -Include '*.pdb', '*.deps.json', 'System.Management.Automation.dll' -Recurse |
            Remove-Item -Force
    }
    Copy-Item (Join-Path $Root "$ModuleName.psd1"), (Join-Path $Root 'LICENSE') $ModuleOut
    Copy-Item (Join-Path $Root "src/$ModuleName/Module/$ModuleName.psm1") $ModuleOut
    Merge-FormatFile -Source (Join-Path $Root "src/$ModuleName/Formats") -Destination (Join-Path $ModuleOut "$ModuleName.Format.ps1xml")
    & (Join-Path $Root 'build/Build-Types.ps1') -AssemblyPath (Join-Path $ModuleOut "bin/netstandard2.0/$ModuleName.dll") -Destination (Join-Path $ModuleOut "$ModuleName.Types.ps1xml")
    $helpBuilder = Join-Path $Root 'build/Build-Help.ps1'
    if (Test-Path $helpBuilder) {
        & $helpBuilder -SourceRoot (Join-Path $Root "src/$ModuleName") -Destination (Join-Path $ModuleOut 'en-US') -ModuleName $ModuleName
    }
    Write-Host "Module assembled in $ModuleOut"
}

function Get-TrxCounts([string] $Path) {
    $trx = [xml](Get-Content -Raw $Path)
    $counters = $trx.TestRun.ResultSummary.Counters
    [pscustomobject]@{
        Passed  = [int]$counters.passed
        Failed  = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout
        # The VSTest logger leaves counters.notExecuted at 0: skipped tests are the results marked NotExecuted.
        Skipped = @($trx.TestRun.Results.UnitTestResult | Where-Object outcome -EQ 'NotExecuted').Count
    }
}

# Stoplight Prism, for the schema-random stage (xunit's SchemaRandom tests), from build/prism's committed package.json and
# package-lock.json. npm ci runs only when the lock file changed since the last install. Without node and npm the
# stage's tests are reported as skipped, never as passed.
function Install-Prism {
    $folder = Join-Path $Root 'build/prism'
    if (-not (Get-Command node -ErrorAction Ignore) -or -not (Get-Command npm -ErrorAction Ignore)) {
        Write-Host 'Prism: node or npm not found; the schema-random tests will be skipped.'
        return
    }
    $lock = Join-Path $folder 'package-lock.json'
    $stamp = Join-Path $folder 'node_modules/.installed-lock.sha256'
    $hash = (Get-FileHash $lock -Algorithm SHA256).Hash
    if ((Test-Path $stamp) -and (Get-Content -Raw $stamp).Trim() -eq $hash) { return }
    Write-Host 'Prism: npm ci (build/prism)'
    Push-Location $folder
    try {
        & npm ci --no-audit --no-fund --loglevel=error
        if ($LASTEXITCODE -ne 0) { throw "npm ci in build/prism failed with exit code $LASTEXITCODE." }
    }
    finally { Pop-Location }
    Set-Content -Path $stamp -Value $hash
}

# What the emulators checked against CircleCI's OpenAPI documents (tests/CircleCi.Emulator/Contract): each emulator
# appends one JSON line to the report when it stops. One check for the run: failed when any request or answer broke
# the document (violations a test provoked on purpose are counted apart), skipped when the documents are missing.
function Get-ContractSummary([string] $Path) {
    $lines = if (Test-Path $Path) { @(Get-Content $Path | Where-Object { $_ } | ForEach-Object { $_ | ConvertFrom-Json }) } else { @() }
    $summary = [pscustomobject]@{
        Emulators = $lines.Count; Unchecked = @($lines | Where-Object { -not $_.enabled })
        Requests = 0L; Answers = 0L; Provoked = 0L; Violations = @()
    }
    foreach ($line in $lines | Where-Object enabled) {
        $summary.Requests += $line.requests
        $summary.Answers += $line.answers
        $summary.Provoked += $line.provoked
        $summary.Violations += @($line.violations | Where-Object { $_ })
    }
    $summary
}

# Runs one test process with its output in a file, so that several can run side by side.
function Start-TestProcess([string] $Name, [string[]] $Arguments, [string] $Directory) {
    $log = Join-Path $Directory "$Name.log"
    $process = Start-Process -FilePath 'dotnet' -ArgumentList $Arguments -NoNewWindow -PassThru `
        -RedirectStandardOutput $log -RedirectStandardError (Join-Path $Directory "$Name.err.log")
    $null = $process.Handle # keeps the exit code readable after the process ends
    [pscustomobject]@{ Name = $Name; Process = $process; Log = $log }
}

function Invoke-Test {
    $results = Join-Path $Out 'test-results'
    if (Test-Path $results) { Remove-Item -Recurse -Force $results }
    New-Item -ItemType Directory -Force $results | Out-Null
    Install-Prism
    $contractReport = Join-Path $results 'contract.jsonl'
    $env:CIRCLECI_CONTRACT_REPORT = $contractReport

    # xunit and the two Pester runs (one per build) each start their own emulator, and spend much of their time
    # waiting on HTTP and process start-up, so they run side by side: the suite takes about half as long on 2 cores.
    # The filter travels in the environment: as an argument, pwsh would glob-expand '*' for the native dotnet call.
    $env:CIRCLECI_PESTER_FILTER = $PesterFilter
    # GitHub's and Azure's toolkits, the oracles of the CI-host command tests (skipped without node or npm).
    $oracles = Join-Path $Root 'tests/Oracles'
    if ((Get-Command npm -ErrorAction Ignore) -and -not (Test-Path (Join-Path $oracles 'node_modules'))) {
        & npm ci --prefix $oracles --no-audit --no-fund --loglevel=error | Out-Host
        if ($LASTEXITCODE -ne 0) { Write-Warning 'npm ci in tests/Oracles failed: the CI-host oracle tests will be skipped.' }
    }
    $testProject = Join-Path $Root "tests/$ModuleName.Tests/$ModuleName.Tests.csproj"
    $runs = @(Start-TestProcess 'xunit' @('test', "`"$testProject`"", '-c', $Configuration, '--no-build', '--nologo', '-v', 'q',
            '--logger', '"trx;LogFileName=xunit.trx"', '--logger', '"console;verbosity=minimal"', '--results-directory', "`"$results`""
            if ($XunitFilter) { '--filter', "`"$XunitFilter`"" }) $results)
    foreach ($framework in $Frameworks) {
        $runs += Start-TestProcess "pester-$framework" @('pwsh', '-NoProfile', '-NonInteractive', '-File',
            "`"$(Join-Path $Root 'tests/Pester/Invoke-PesterSuite.ps1')`"", '-ModulePath', "`"$ModuleOut`"", '-Framework', $framework,
            '-ResultFile', "`"$(Join-Path $results "pester-$framework.json")`"", '-Configuration', $Configuration) $results
    }
    foreach ($run in $runs) {
        $run.Process.WaitForExit()
        Write-Host "`n== $($run.Name) ==" -ForegroundColor Cyan
        Get-Content $run.Log | Write-Host
        Get-Content (Join-Path $results "$($run.Name).err.log") -ErrorAction SilentlyContinue | Write-Host
    }

    $xunitExit = $runs[0].Process.ExitCode
    $trxFile = Join-Path $results 'xunit.trx'
    $xunit = if (Test-Path $trxFile) { Get-TrxCounts $trxFile } else { [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 } }
    if ($xunitExit -ne 0 -and $xunit.Failed -eq 0) { $xunit.Failed = 1 } # the run itself broke

    $pester = foreach ($framework in $Frameworks) {
        $resultFile = Join-Path $results "pester-$framework.json"
        $counts = if (Test-Path $resultFile) { Get-Content -Raw $resultFile | ConvertFrom-Json } else { [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 } }
        [pscustomobject]@{ Framework = $framework; Passed = [int]$counts.Passed; Failed = [int]$counts.Failed; Skipped = [int]$counts.Skipped }
    }

    $pesterPassed = ($pester | Measure-Object Passed -Sum).Sum
    $pesterFailed = ($pester | Measure-Object Failed -Sum).Sum
    $pesterSkipped = ($pester | Measure-Object Skipped -Sum).Sum

    # The contract check counts as one test of the run.
    $contract = Get-ContractSummary $contractReport
    $contractCounts = if ($contract.Emulators -eq 0 -or $contract.Unchecked.Count -gt 0) { @(0, 0, 1) }
                      elseif ($contract.Violations.Count -gt 0) { @(0, 1, 0) } else { @(1, 0, 0) }

    $passed = $xunit.Passed + $pesterPassed + $contractCounts[0]
    $failed = $xunit.Failed + $pesterFailed + $contractCounts[1]
    $skipped = $xunit.Skipped + $pesterSkipped + $contractCounts[2]
    Write-Host ''
    foreach ($v in $contract.Violations | Select-Object -First 30) { Write-Host "contract violation: $v" -ForegroundColor Red }
    foreach ($u in $contract.Unchecked | Select-Object -First 1) { Write-Host "contract: not checked by $($contract.Unchecked.Count) emulator(s): $($u.reason)" }
    Write-Host "xunit: $($xunit.Passed) passed, $($xunit.Failed) failed, $($xunit.Skipped) skipped"
    foreach ($p in $pester) { Write-Host "pester ($($p.Framework)): $($p.Passed) passed, $($p.Failed) failed, $($p.Skipped) skipped" }
    Write-Host "pester: $pesterPassed passed, $pesterFailed failed, $pesterSkipped skipped"
    Write-Host ("contract: $($contract.Requests) requests, $($contract.Answers) answers validated, $($contract.Violations.Count) violations" +
        " ($($contract.Provoked) provoked by tests, $($contract.Emulators) emulators)")
    Write-Host "$passed passed, $failed failed, $skipped skipped"
    if ($failed -gt 0 -or $passed -eq 0 -or $xunit.Passed -eq 0 -or $pesterPassed -eq 0) { exit 1 }
}

switch ($Task) {
    'clean' {
        foreach ($path in @($Out) + (Get-ChildItem $Root -Directory -Recurse -Include bin, obj | Where-Object FullName -NotLike '*/.packages/*').FullName) {
            if ($path -and (Test-Path $path)) { Remove-Item -Recurse -Force $path }
        }
    }
    'build' { Invoke-Build }
    'test' {
        if (-not $NoBuild) { Invoke-Build }
        Invoke-Test
    }
    'demo' {
        if (-not $NoBuild) { Invoke-Build }
        & (Join-Path $Root 'build/Demo.ps1') -ModulePath $ModuleOut -Configuration $Configuration
        if (-not $?) { exit 1 }
    }
    'package' {
        if (-not $NoBuild) { Invoke-Build }
        & (Join-Path $Root 'build/Package.ps1') -ModulePath $ModuleOut -Destination (Join-Path $Out 'packages')
        if (-not $?) { exit 1 }
    }
    'bench' {
        if (-not $NoBuild) { Invoke-Build }
        & (Join-Path $Root 'build/Bench.ps1') -ModulePath $ModuleOut -Configuration $Configuration
    }
    'soak' {
        if (-not $NoBuild) { Invoke-Build }
        # Its own process: the memory and socket figures are the module's, not this build's.
        & dotnet pwsh -NoProfile -File (Join-Path $Root 'build/Soak.ps1') -ModulePath $ModuleOut -Minutes $SoakMinutes
        if ($LASTEXITCODE -ne 0) { exit 1 }
    }
}
