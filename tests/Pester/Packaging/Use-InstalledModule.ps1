# Run by Package.Tests.ps1 in another fresh pwsh (same empty HOME): imports the installed module by name and calls
# the emulator with it; writes what the test checks as JSON.
param([Parameter(Mandatory)] [string] $ApiUrl, [Parameter(Mandatory)] [string] $Token)
$ErrorActionPreference = 'Stop'
$module = Import-Module CircleCi.PowerShell -PassThru
Connect-Circle -Token $Token -ApiUrl $ApiUrl
$project = Get-CircleProject gh/acme/api
[ordered]@{
    ModuleBase = $module.ModuleBase
    Version    = "$($module.Version)"
    Slug       = $project.Slug
    Examples   = (Get-Help Get-CircleProject -Examples | Out-String)
} | ConvertTo-Json -Compress
