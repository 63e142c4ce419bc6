# Run in a fresh pwsh by HouseRules.Tests.ps1: imports the built module by path and writes, as JSON, what
# `Get-Help <cmdlet> -Examples` prints for every exported cmdlet.
param([Parameter(Mandatory)] [string] $ModulePath)
$ErrorActionPreference = 'Stop'
$PSStyle.OutputRendering = 'PlainText'
$module = Import-Module $ModulePath -PassThru
$text = [ordered]@{}
foreach ($command in Get-Command -Module $module.Name -CommandType Cmdlet) {
    $text[$command.Name] = Get-Help $command.Name -Examples | Out-String -Width 500
}
ConvertTo-Json -InputObject $text -Compress
