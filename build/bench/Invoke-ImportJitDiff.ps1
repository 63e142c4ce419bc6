<#
.SYNOPSIS
    Where the import's time over an empty module goes, as code: the methods the runtime JIT-compiles when a fresh
    pwsh imports the module and does not compile when it imports an empty module, counted per class.
    dotnet pwsh ./build/bench/Invoke-ImportJitDiff.ps1 -ModulePath out/CircleCi.PowerShell [-Top 40]
.DESCRIPTION
    The pwsh that `dotnet tool restore` installs ships IL only (no ReadyToRun code), so every PowerShell engine path
    an import takes for the first time in a session is compiled then; on this machine that compilation, not the
    module's own code (about a dozen of its methods run at import), is most of the import's CPU time. This lists
    those paths (cmdlet discovery, the format-file loader, the script compiler's constructs, ...), so a change to the
    manifest, the .psm1 or the loader can be judged by what it adds or removes. Each pwsh runs with an empty
    PowerShell cache folder: a startup JIT profile replayed from an earlier session would hide methods.
    Uses the runtime's DOTNET_JitStdOutFile/DOTNET_JitDisasmSummary (release runtimes, .NET 7 and later).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [int] $Top = 40
)
$ErrorActionPreference = 'Stop'
$ModulePath = (Resolve-Path $ModulePath).Path
$work = Join-Path ([IO.Path]::GetTempPath()) "circle-import-jit-$PID"
$self = [Environment]::ProcessPath
$prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })

function Get-JitCompiled([string] $Manifest, [string] $Name) {
    $log = Join-Path $work "$Name.jit.txt"
    $saved = @{ XDG_CACHE_HOME = $env:XDG_CACHE_HOME }
    $env:XDG_CACHE_HOME = Join-Path $work "cache-$Name"
    $env:DOTNET_JitStdOutFile = $log
    $env:DOTNET_JitDisasmSummary = '1'
    try { $null = & $self @prefix -NoProfile -NonInteractive -Command "Import-Module '$Manifest'" }
    finally {
        Remove-Item env:DOTNET_JitStdOutFile, env:DOTNET_JitDisasmSummary
        $env:XDG_CACHE_HOME = $saved.XDG_CACHE_HOME
    }
    if ($LASTEXITCODE -ne 0) { throw "Import of $Name failed." }
    # First compilations only: Tier1 and OSR lines are recompilations of methods already counted.
    $methods = [Collections.Generic.HashSet[string]]::new()
    foreach ($line in [IO.File]::ReadLines($log)) {
        if ($line -match 'JIT compiled (.+?) \[(.+)\]$' -and $Matches[2] -notmatch 'Tier1|OSR') { $null = $methods.Add($Matches[1]) }
    }
    , $methods
}

try {
    $emptyDir = Join-Path $work 'EmptyBench'
    New-Item -ItemType Directory -Force $emptyDir | Out-Null
    Set-Content (Join-Path $emptyDir 'EmptyBench.psm1') '$loaded = $true'
    Set-Content (Join-Path $emptyDir 'EmptyBench.psd1') "@{ RootModule = 'EmptyBench.psm1'; ModuleVersion = '1.0'; GUID = '$([guid]::NewGuid())'; FunctionsToExport = @(); CmdletsToExport = @() }"
    $empty = Get-JitCompiled (Join-Path $emptyDir 'EmptyBench.psd1') 'empty'
    $module = Get-JitCompiled (Join-Path $ModulePath 'CircleCi.PowerShell.psd1') 'module'
}
finally { Remove-Item -Recurse -Force $work -ErrorAction SilentlyContinue }

$extra = @($module | Where-Object { -not $empty.Contains($_) })
Write-Host "Methods compiled by the empty module's import: $($empty.Count); by the module's: $($module.Count); only by the module's: $($extra.Count)"
$extra | Group-Object { ($_ -replace ':.*$', '') -replace '\[.*$', '' } | Sort-Object Count -Descending |
    Select-Object -First $Top Count, @{ Name = 'Class'; Expression = { $_.Name } } | Format-Table -AutoSize | Out-String -Width 200 | Out-Host
