<#
.SYNOPSIS
    A real walk-through of CircleCi.PowerShell against the local CircleCI emulator (build.ps1 demo).
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModulePath,
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
$repo = Resolve-Path (Join-Path $PSScriptRoot '..')
Import-Module (Join-Path $repo 'tests/Pester/Emulator.psm1') -Force

function Show-Step([string] $Title, [scriptblock] $Code) {
    Write-Host ''
    Write-Host "== $Title" -ForegroundColor Cyan
    Write-Host ("PS> " + $Code.ToString().Trim()) -ForegroundColor DarkGray
    # 120 columns, the width the default views are made for: redirected output would otherwise be cut at 80.
    & $Code | Out-String -Width 120 -Stream | Out-Host
}

$emulator = Start-CircleEmulator
try {
    Import-Module (Join-Path $ModulePath 'CircleCi.PowerShell.psd1') -Force
    $env:CIRCLE_TOKEN = Get-CircleEmulatorToken -Kind Admin
    Write-Host "CircleCI emulator listening on $($emulator.Url)" -ForegroundColor Green

    Show-Step 'Connect (token from $env:CIRCLE_TOKEN, verified with GET /me)' { Connect-Circle -ApiUrl $emulator.Url -Verbose 4>&1 }
    Show-Step 'The session never shows the token' { Get-CircleSession }
    Show-Step 'Who am I, and in which organizations' { Get-CircleUser; Get-CircleCollaboration }
    Show-Step 'A project' { Get-CircleProject -ProjectSlug gh/acme/api }
    Show-Step 'Pipelines stream page by page; Select-Object -First 5 makes one request' {
        Get-CirclePipeline -ProjectSlug gh/acme/api | Select-Object -First 5
    }
    Show-Step 'Filter by branch and sort like any PowerShell objects' {
        Get-CirclePipeline -ProjectSlug gh/acme/api -Branch main -MaxPages 1 | Sort-Object Number | Select-Object -Last 3 Number, State, Branch, CreatedAt
    }
    Show-Step 'A 429 with Retry-After is waited out, and -Verbose shows it' {
        Add-CircleEmulatorFault @{ path = '/api/v2/me'; kind = 'status'; statusCode = 429; retryAfter = '1'; count = 1 }
        Get-CircleUser -Verbose 4>&1
    }
    Show-Step 'One bad item does not stop the others (non-terminating errors with ids)' {
        'gh/acme/api', 'gh/acme/missing', 'gh/acme/web' | Get-CircleProject -ErrorAction SilentlyContinue -ErrorVariable problems
        $problems | ForEach-Object { "{0} -> {1}: {2}" -f $_.TargetObject, $_.FullyQualifiedErrorId, $_.ErrorDetails.Message }
    }
    $extra = Join-Path $PSScriptRoot 'Demo.CiLoop.ps1'
    if (Test-Path $extra) { . $extra }
    Write-Host "`nDemo finished." -ForegroundColor Green
}
finally {
    Disconnect-Circle -ErrorAction SilentlyContinue
    Stop-CircleEmulator $emulator
}
