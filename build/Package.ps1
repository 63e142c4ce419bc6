<#
.SYNOPSIS
    Packs the assembled module (out/CircleCi.PowerShell) into <Destination>/CircleCi.PowerShell.<version>.nupkg, the
    PowerShell Gallery's format: what Publish-PSResource uploads and Install-PSResource installs.
.NOTES
    Compress-PSResource (PSResourceGet 1.1+, shipped with PowerShell 7.4+) writes the .nupkg and its .nuspec from the
    manifest with no repository and no network. Publish-PSResource would also work against a local file repository,
    but it needs one registered in the user's PSResourceGet settings, which a build should not change.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [Parameter(Mandatory)] [string] $Destination
)
$ErrorActionPreference = 'Stop'
$ModuleName = 'CircleCi.PowerShell'
$ModulePath = (Resolve-Path $ModulePath).Path
$manifest = Test-ModuleManifest (Join-Path $ModulePath "$ModuleName.psd1")   # fails the task on a broken manifest
foreach ($required in "$ModuleName.psm1", "en-US/$ModuleName.dll-Help.xml", 'en-US/about_CircleCi.help.txt', 'LICENSE',
    "bin/net8.0/$ModuleName.dll", "bin/net8.0/$ModuleName.Loader.dll", "bin/netstandard2.0/$ModuleName.dll") {
    if (-not (Test-Path (Join-Path $ModulePath $required))) { throw "Cannot package: $required is missing from $ModulePath (run ./build.ps1 build)." }
}

New-Item -ItemType Directory -Force $Destination | Out-Null
$package = Join-Path (Resolve-Path $Destination) "$ModuleName.$($manifest.Version).nupkg"
if (Test-Path $package) { Remove-Item -Force $package }
Import-Module Microsoft.PowerShell.PSResourceGet
Compress-PSResource -Path $ModulePath -DestinationPath (Split-Path $package) -WhatIf:$false -Confirm:$false
if (-not (Test-Path $package)) { throw "Compress-PSResource did not write $package." }
Write-Host "Package: $package"
