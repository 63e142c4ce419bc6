#Requires -Version 7.4
<#
.SYNOPSIS
    Regenerates README.md's cmdlet table (cmdlet | HTTP method + path | operationId) from the built assembly.
.DESCRIPTION
    Reads the [CircleApiOperation] attributes of every cmdlet the manifest exports, takes each one's method and path
    from the client layer's route (the same the module sends; the contract tests hold routes to CircleCI's
    documents), and rewrites the text between
    <!-- cmdlet-table:start --> and <!-- cmdlet-table:end --> in README.md. Build first:
        dotnet pwsh ./build.ps1 build; dotnet pwsh ./build/Update-CmdletTable.ps1
    -Check writes nothing and returns the table text (the xunit test compares it with README.md).
#>
[CmdletBinding()]
param(
    [string] $AssemblyPath = (Join-Path $PSScriptRoot '../out/CircleCi.PowerShell/bin/net8.0/CircleCi.PowerShell.dll'),
    [string] $ManifestPath = (Join-Path $PSScriptRoot '../CircleCi.PowerShell.psd1'),
    [string] $ReadmePath = (Join-Path $PSScriptRoot '../README.md'),
    [switch] $Check
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version 3.0

if (-not (Test-Path $AssemblyPath)) { throw "No built module at ${AssemblyPath}: run 'dotnet pwsh ./build.ps1 build' first." }
$assembly = [System.Reflection.Assembly]::LoadFrom((Resolve-Path $AssemblyPath).Path)
$exported = [System.Collections.Generic.HashSet[string]]::new([string[]](Import-PowerShellDataFile $ManifestPath).CmdletsToExport,
    [System.StringComparer]::OrdinalIgnoreCase)

$rows = [System.Collections.Generic.List[string]]::new()
foreach ($type in $assembly.GetTypes()) {
    $cmdlet = $type.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) | Select-Object -First 1
    if (-not $cmdlet) { continue }
    $name = "$($cmdlet.VerbName)-$($cmdlet.NounName)"
    if (-not $exported.Contains($name)) { continue }
    foreach ($operation in $type.GetCustomAttributes($false) | Where-Object { $_.GetType().Name -eq 'CircleApiOperationAttribute' }) {
        $route = $assembly.GetType('CircleCi.PowerShell.Api.ApiRoutes')::Find($operation.Route)
        $path = if (-not $route) { '(no such route)' } elseif ($route.Version -eq 'V2') { "$($route.Method) $($route.Template)" } else { "v1.1 $($route.Method) $($route.Template)" }
        $rows.Add("| ``$name`` | $path | $($operation.OperationId) |")
    }
}
$rows.Sort([System.StringComparer]::Ordinal)
$table = "| Cmdlet | HTTP method + path | operationId |`n| --- | --- | --- |`n" + (($rows | ForEach-Object { "$_`n" }) -join '')

if ($Check) { return $table }

$readme = (Get-Content -Raw $ReadmePath) -replace "`r`n", "`n"
$pattern = '(?s)(<!-- cmdlet-table:start -->\n).*?(<!-- cmdlet-table:end -->)'
if ($readme -notmatch $pattern) { throw "README.md has no <!-- cmdlet-table:start --> / <!-- cmdlet-table:end --> markers." }
$updated = [regex]::Replace($readme, $pattern, { param($m) $m.Groups[1].Value + $table + $m.Groups[2].Value })
if ($updated -ne $readme) {
    [System.IO.File]::WriteAllText((Resolve-Path $ReadmePath).Path, $updated)
    Write-Host "README.md: cmdlet table updated ($($rows.Count) rows)."
}
else { Write-Host "README.md: cmdlet table already current ($($rows.Count) rows)." }
