<#
.SYNOPSIS
    The import benchmark (build.ps1 bench -Suite import, and part of the API suite): Import-Module of the module in a
    fresh pwsh, side by side with a bare pwsh start and an empty module, the variants taking turns.
.DESCRIPTION
    Each sample is one fresh pwsh (started straight through its pwsh.dll, not through the dotnet CLI's tool lookup)
    that runs the same two timing statements around its Import-Module; the bare start runs them around nothing.
    Per variant: the process's wall time, the Import-Module time inside it, the CPU time of the thread that ran the
    import (Linux), and the whole process's CPU time (Linux, from this process's children counters: 10 ms ticks, so a
    mean). Turn 0 is discarded and the order rotates
    (BenchTurns.ps1). "Over the empty module" is the median of the differences within each turn, so load that drifts
    across turns (a shared machine) cancels; its spread (p25-p75 of those differences) is reported with it.
    The timing statements run before the import, so the session's first .NET method call is not in the import's
    figures: a .psm1 must not make one (CircleCi.PowerShell.psm1 makes none).

    -Compare adds other builds of the module (say a copy of out/CircleCi.PowerShell from before a change).
    -Breakdown adds copies of the module with one part taken away, to show where its import time goes:
        dll         the build's CircleCi.PowerShell.dll imported alone (no manifest, loader, formats or export list)
        no-formats  the manifest without FormatsToProcess
        export-all  CmdletsToExport = '*' instead of the list of names
        no-loader   the build imported straight into the default load context, as before the loader (no isolation)
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Runs = 21,
    [string[]] $Compare = @(),
    [switch] $Breakdown,
    [string] $OutDirectory = (Join-Path $PSScriptRoot '../../out/bench')
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path
. (Join-Path $PSScriptRoot 'BenchTurns.ps1')
New-Item -ItemType Directory -Force $OutDirectory | Out-Null
$work = Join-Path ([IO.Path]::GetTempPath()) "circle-import-bench-$PID"

# Under `dotnet pwsh` this process is the dotnet host: run the same pwsh.dll through it (as Invoke-ChildPwsh does).
$self = [Environment]::ProcessPath
$prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })

function New-Variant([string] $Name, [scriptblock] $Change) {
    $folder = Join-Path $work "$Name/CircleCi.PowerShell"
    New-Item -ItemType Directory -Force (Split-Path $folder) | Out-Null
    Copy-Item -Recurse $ModulePath $folder
    $manifest = Join-Path $folder 'CircleCi.PowerShell.psd1'
    & $Change $folder $manifest
    $manifest
}

function Get-ChildCpuMs {
    # utime/stime of this process's waited-for children (fields 16 and 17 of /proc/self/stat), in 1/100 s.
    if (-not (Test-Path /proc/self/stat)) { return $null }
    $fields = ((Get-Content -Raw /proc/self/stat) -replace '^.*\)\s+', '') -split '\s+'
    ([long]$fields[13] + [long]$fields[14]) * 10
}

function Invoke-Sample([string] $Name, [string] $Manifest) {
    # Each variant has its own PowerShell cache folder (startup JIT profile, module analysis cache), as in the API suite.
    $env:XDG_CACHE_HOME = Join-Path $OutDirectory "cache/import-$Name"
    $import = if ($Manifest) { "Import-Module '$Manifest'; " } else { '' }
    # Prints the Import-Module wall time, then the CPU time of the thread that ran it (Linux: /proc/thread-self/schedstat,
    # in ns; the runtime compiles start-up code on that thread, and on a shared machine its CPU time moves less than
    # wall time), or -1 where that file does not exist.
    $command = '$f = "/proc/thread-self/schedstat"; $t = [IO.File]::Exists($f); if ($t) { $null = [IO.File]::ReadAllText($f); $a = [IO.File]::ReadAllText($f) }; ' +
        "`$w = [Diagnostics.Stopwatch]::StartNew(); $import`$e = `$w.Elapsed.TotalMilliseconds; " +
        'if ($t) { $b = [IO.File]::ReadAllText($f); $e; ([long]$b.Split(" ")[0] - [long]$a.Split(" ")[0]) / 1e6 } else { $e; -1 }'
    $cpuBefore = Get-ChildCpuMs
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $output = & $self @prefix -NoProfile -NonInteractive -Command $command 2>&1
    $wall = $watch.Elapsed.TotalMilliseconds
    $cpuAfter = Get-ChildCpuMs
    if ($LASTEXITCODE -ne 0) { throw "Import of $Name failed: $output" }
    $lines = @($output | Select-Object -Last 2)
    [pscustomobject]@{
        Wall = $wall; Inside = [double]$lines[0]
        ThreadCpu = if ([double]$lines[1] -ge 0) { [double]$lines[1] } else { $null }
        Cpu = if ($null -ne $cpuBefore) { $cpuAfter - $cpuBefore } else { $null }
    }
}

function Get-Quantile([double[]] $Values, [double] $Q) {
    $sorted = @($Values | Sort-Object)
    $sorted[[int][math]::Round(($sorted.Count - 1) * $Q)]
}

$variants = [ordered]@{}
$compared = [ordered]@{}
$savedCacheHome = $env:XDG_CACHE_HOME
try {
    $emptyDir = Join-Path $work 'empty/EmptyBench'
    New-Item -ItemType Directory -Force $emptyDir | Out-Null
    Set-Content (Join-Path $emptyDir 'EmptyBench.psm1') '$loaded = $true'
    Set-Content (Join-Path $emptyDir 'EmptyBench.psd1') "@{ RootModule = 'EmptyBench.psm1'; ModuleVersion = '1.0'; GUID = '$([guid]::NewGuid())'; FunctionsToExport = @(); CmdletsToExport = @() }"
    $variants['bare'] = $null
    $variants['empty'] = Join-Path $emptyDir 'EmptyBench.psd1'
    $variants['module'] = Join-Path $ModulePath 'CircleCi.PowerShell.psd1'
    foreach ($path in $Compare) {
        $name = "compare$($compared.Count + 1)"
        $compared[$name] = Join-Path (Resolve-Path $path).Path 'CircleCi.PowerShell.psd1'
        $variants[$name] = $compared[$name]
    }
    if ($Breakdown) {
        $variants['dll'] = Join-Path $ModulePath 'bin/net8.0/CircleCi.PowerShell.dll'
        $variants['no-formats'] = New-Variant 'no-formats' {
            param($folder, $manifest)
            (Get-Content -Raw $manifest) -replace '(?m)^\s*FormatsToProcess\s*=.*$', '' | Set-Content $manifest
        }
        $variants['export-all'] = New-Variant 'export-all' {
            param($folder, $manifest)
            (Get-Content -Raw $manifest) -replace '(?s)CmdletsToExport\s*=\s*@\(.*?\)', "CmdletsToExport = '*'" | Set-Content $manifest
        }
        $variants['no-loader'] = New-Variant 'no-loader' {
            param($folder, $manifest)
            Set-Content (Join-Path $folder 'CircleCi.PowerShell.psm1') "Import-Module `"`$PSScriptRoot/bin/net8.0/CircleCi.PowerShell.dll`""
        }
    }

    $samples = Invoke-InTurns @($variants.Keys) $Runs { param($name) Invoke-Sample $name $variants[$name] }
}
finally {
    $env:XDG_CACHE_HOME = $savedCacheHome
    Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue
}

$bare = $samples['bare']; $empty = $samples['empty']
$rows = foreach ($name in $variants.Keys) {
    $s = $samples[$name]
    # Paired with the same turn's bare start and empty module: differences within a turn, then their median.
    $overBare = for ($i = 0; $i -lt $s.Count; $i++) { $s[$i].Wall - $bare[$i].Wall }
    $overEmpty = for ($i = 0; $i -lt $s.Count; $i++) { $s[$i].Wall - $empty[$i].Wall }
    $insideOverEmpty = for ($i = 0; $i -lt $s.Count; $i++) { $s[$i].Inside - $empty[$i].Inside }
    $threadCpuOverEmpty = @(for ($i = 0; $i -lt $s.Count; $i++) { if ($null -ne $s[$i].ThreadCpu) { $s[$i].ThreadCpu - $empty[$i].ThreadCpu } })
    $cpu = @($s.Cpu | Where-Object { $null -ne $_ })
    [pscustomobject]@{
        Variant            = $name
        WallMs             = [math]::Round((Get-Median $s.Wall), 1)
        WallP25P75         = '{0:0}-{1:0}' -f (Get-Quantile $s.Wall 0.25), (Get-Quantile $s.Wall 0.75)
        OverBareMs         = [math]::Round((Get-Median $overBare), 1)
        OverEmptyMs        = [math]::Round((Get-Median $overEmpty), 1)
        OverEmptyP25P75    = '{0:0}-{1:0}' -f (Get-Quantile $overEmpty 0.25), (Get-Quantile $overEmpty 0.75)
        InsideMs           = [math]::Round((Get-Median $s.Inside), 1)
        InsideP25P75       = '{0:0}-{1:0}' -f (Get-Quantile $s.Inside 0.25), (Get-Quantile $s.Inside 0.75)
        InsideOverEmptyMs  = [math]::Round((Get-Median $insideOverEmpty), 1)
        InsideOverEmptyP25P75 = '{0:0}-{1:0}' -f (Get-Quantile $insideOverEmpty 0.25), (Get-Quantile $insideOverEmpty 0.75)
        ThreadCpuMs        = if ($threadCpuOverEmpty) { [math]::Round((Get-Median $s.ThreadCpu), 1) } else { $null }
        ThreadCpuOverEmptyMs = if ($threadCpuOverEmpty) { [math]::Round((Get-Median $threadCpuOverEmpty), 1) } else { $null }
        ThreadCpuOverEmptyP25P75 = if ($threadCpuOverEmpty) { '{0:0}-{1:0}' -f (Get-Quantile $threadCpuOverEmpty 0.25), (Get-Quantile $threadCpuOverEmpty 0.75) } else { $null }
        ProcessCpuMeanMs   = if ($cpu) { [math]::Round(($cpu | Measure-Object -Average).Average, 0) } else { $null }
    }
}
$byName = @{}; foreach ($row in $rows) { $byName[$row.Variant] = $row }
$result = [pscustomobject]@{
    Runs = $Runs
    # The figures the targets read (names kept from the API suite's earlier import scenario).
    BareStartMs = $byName['bare'].WallMs
    WithImportMs = $byName['module'].WallMs
    ImportOverBareMs = $byName['module'].OverBareMs
    EmptyModuleOverBareMs = $byName['empty'].OverBareMs
    ImportOverEmptyMs = $byName['module'].OverEmptyMs
    ImportOverEmptyP25P75 = $byName['module'].OverEmptyP25P75
    ImportModuleMs = $byName['module'].InsideMs
    EmptyImportModuleMs = $byName['empty'].InsideMs
    ImportModuleOverEmptyMs = $byName['module'].InsideOverEmptyMs
    ImportThreadCpuOverEmptyMs = $byName['module'].ThreadCpuOverEmptyMs
    Compared = $compared
    Variants = $rows
}
$result | ConvertTo-Json -Depth 5 | Set-Content (Join-Path $OutDirectory 'import-latest.json')
$result | ConvertTo-Json -Depth 5 | Set-Content (Join-Path $OutDirectory ("import-" + (Get-Date -Format 'yyyyMMdd-HHmmss') + '.json'))
Write-Host "`nImport ($Runs turns; medians in ms; over-bare and over-empty are medians of the differences within each turn)" -ForegroundColor Cyan
$rows | Format-Table -AutoSize | Out-String -Width 220 | Out-Host
$result
