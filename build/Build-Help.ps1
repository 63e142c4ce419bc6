<#
.SYNOPSIS
    Builds the module's help: en-US/<Module>.dll-Help.xml (MAML) from the per-cmdlet markdown beside the code
    (src/<Module>/Cmdlets/**/<Verb-Noun>.md) and en-US/about_CircleCi.help.txt from src/<Module>/Help/about_CircleCi.md.
    Parameter facts (type, mandatory, position, pipeline input, aliases, sets) come from the built cmdlets, read in a
    child pwsh. Fails the build, naming every problem, when a cmdlet has no help or its help lacks a section.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $SourceRoot,
    [Parameter(Mandatory)] [string] $Destination,
    [Parameter(Mandatory)] [string] $ModuleName,
    # The assembled module to read cmdlet metadata from; default: the folder above -Destination.
    [string] $ModulePath = (Join-Path (Split-Path -Parent $Destination) "$ModuleName.psd1")
)
$ErrorActionPreference = 'Stop'
Import-Module (Join-Path $PSScriptRoot 'Help/HelpBuild.psm1') -Force
$SourceRoot, $Destination, $ModulePath = foreach ($path in $SourceRoot, $Destination, $ModulePath) { $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($path) }

$problems = [System.Collections.Generic.List[string]]::new()
$help = @{}
foreach ($file in Get-ChildItem (Join-Path $SourceRoot 'Cmdlets') -Recurse -Filter '*-*.md') {
    try { $doc = ConvertFrom-HelpMarkdown $file.FullName; $help[$doc.Name] = $doc }
    catch {
        $message = $_.Exception.Message
        $problems.Add($(if ($message.StartsWith($file.FullName)) { $message } else { "$($file.FullName): $message" }))
    }
}
$metadata = Get-CmdletMetadata -ModulePath $ModulePath
foreach ($problem in Find-HelpProblem -Help $help -Metadata $metadata) { $problems.Add($problem) }
if ($problems.Count) {
    throw "Help is incomplete ($($problems.Count) problem(s)):`n  " + ($problems -join "`n  ")
}

New-Item -ItemType Directory -Force $Destination | Out-Null
ConvertTo-Maml -Help $help -Metadata $metadata -Path (Join-Path $Destination "$ModuleName.dll-Help.xml")
$about = Join-Path $SourceRoot 'Help/about_CircleCi.md'
ConvertTo-AboutTopic -Path $about | Set-Content -Path (Join-Path $Destination 'about_CircleCi.help.txt') -Encoding utf8 -NoNewline
Write-Host "Help: $($help.Count) cmdlets, about_CircleCi -> $Destination"
