#Requires -Version 7.4
<#
.SYNOPSIS
    Regenerates README.md's cmdlet table (cmdlet | HTTP method + path | operationId) from the built assembly.
.DESCRIPTION
    Reads the [CircleApiOperation] attributes of every cmdlet the manifest exports, looks each operationId up in
    ../shared/circleci/openapi-v2.json (a "v1.1:" one in openapi-v1.1.json beside it) for its method and path, and rewrites the text between
    <!-- cmdlet-table:start --> and <!-- cmdlet-table:end --> in README.md. Build first:
        dotnet pwsh ./build.ps1 build; dotnet pwsh ./build/Update-CmdletTable.ps1
    -Check writes nothing and returns the table text (the xunit test compares it with README.md).
#>
[CmdletBinding()]
param(
    [string] $AssemblyPath = (Join-Path $PSScriptRoot '../out/CircleCi.PowerShell/bin/net8.0/CircleCi.PowerShell.dll'),
    [string] $OpenApiPath = (Join-Path $PSScriptRoot '../../shared/circleci/openapi-v2.json'),
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

# operationId -> "METHOD /path"; the v1.1 reads ("v1.1:operationId") from openapi-v1.1.json beside the v2 document.
$routes = @{}
foreach ($source in @{ Path = $OpenApiPath; Prefix = ''; Label = '' }, @{ Path = (Join-Path (Split-Path $OpenApiPath) 'openapi-v1.1.json'); Prefix = 'v1.1:'; Label = 'v1.1 ' }) {
    if (-not (Test-Path $source.Path)) { continue }
    $document = Get-Content -Raw $source.Path | ConvertFrom-Json -AsHashtable
    foreach ($path in $document.paths.GetEnumerator()) {
        foreach ($method in $path.Value.GetEnumerator()) {
            if ($method.Value -is [System.Collections.IDictionary] -and $method.Value.ContainsKey('operationId')) {
                $routes[$source.Prefix + $method.Value.operationId] = "$($source.Label)$($method.Key.ToUpperInvariant()) $($path.Key)"
            }
        }
    }
}

$rows = [System.Collections.Generic.List[string]]::new()
foreach ($type in $assembly.GetTypes()) {
    $cmdlet = $type.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false) | Select-Object -First 1
    if (-not $cmdlet) { continue }
    $name = "$($cmdlet.VerbName)-$($cmdlet.NounName)"
    if (-not $exported.Contains($name)) { continue }
    foreach ($operation in $type.GetCustomAttributes($false) | Where-Object { $_.GetType().Name -eq 'CircleApiOperationAttribute' }) {
        $id = $operation.OperationId
        $route = if ($routes.ContainsKey($id)) { $routes[$id] } else { '(not in openapi-v2.json)' }
        $rows.Add("| ``$name`` | $route | $id |")
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
