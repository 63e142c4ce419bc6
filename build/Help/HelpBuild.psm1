# The checks and conversions Build-Help.ps1 runs: which cmdlets' help is missing or incomplete, the about topic,
# and a child pwsh to read the built assembly in.
Set-StrictMode -Version 3.0
Import-Module (Join-Path $PSScriptRoot 'HelpMarkdown.psm1')
Import-Module (Join-Path $PSScriptRoot 'MamlWriter.psm1')

function Invoke-ChildPwsh {
    <# Runs a script file in a fresh pwsh (same PowerShell as this one) and returns its stdout; throws on failure. #>
    param([Parameter(Mandatory)] [string] $File, [string[]] $ArgumentList = @())
    $self = [Environment]::ProcessPath
    # Under `dotnet pwsh` this process is the dotnet host: run the same pwsh.dll through it.
    $prefix = @(if ([IO.Path]::GetFileNameWithoutExtension($self) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
    $output = & $self @prefix -NoProfile -NonInteractive -File $File @ArgumentList 2>&1
    if ($LASTEXITCODE -ne 0) { throw "pwsh -File $File failed (exit code $LASTEXITCODE): $($output -join "`n")" }
    $output | Where-Object { $_ -is [string] }
}

function Get-CmdletMetadata {
    <# The exported cmdlets of a built module and their parameters (see Export-CmdletMetadata.ps1). #>
    param([Parameter(Mandatory)] [string] $ModulePath)
    $json = Invoke-ChildPwsh -File (Join-Path $PSScriptRoot 'Export-CmdletMetadata.ps1') -ArgumentList '-ModulePath', $ModulePath
    @(($json -join "`n") | ConvertFrom-Json)
}

function Find-HelpProblem {
    <#
    .SYNOPSIS
        Every way the help markdown disagrees with the built cmdlets, one message each: a cmdlet without a .md,
        a parameter without a description, a described parameter that does not exist, a .md without a cmdlet.
    #>
    param([Parameter(Mandatory)] [hashtable] $Help, [Parameter(Mandatory)] [AllowEmptyCollection()] [object[]] $Metadata)
    foreach ($meta in $Metadata) {
        $doc = $Help[$meta.Name]
        if (-not $doc) {
            "$($meta.Name): no help file. Add Cmdlets/<Area>/$($meta.Name).md (format: Cmdlets/Insights/Get-CircleFlakyTest.md)."
            continue
        }
        foreach ($p in $meta.Parameters) {
            if (-not $doc.Parameters.Contains($p.Name)) { "$($meta.Name): parameter -$($p.Name) is not described under ## PARAMETERS in $($doc.Path)." }
        }
        # -WhatIf and -Confirm are worth describing (platyPS does), but only on a cmdlet that has them.
        $known = @($meta.Parameters | ForEach-Object Name) + @(if ($meta.PSObject.Properties['SupportsShouldProcess'] -and $meta.SupportsShouldProcess) { 'WhatIf', 'Confirm' })
        foreach ($name in $doc.Parameters.Keys) {
            if ($name -notin $known) { "$($meta.Name): $($doc.Path) describes -$name, which the cmdlet does not have." }
        }
    }
    $exported = @($Metadata | ForEach-Object Name)
    foreach ($name in $Help.Keys) {
        if ($name -notin $exported) { "$($Help[$name].Path): no exported cmdlet $name (not in CmdletsToExport?)." }
    }
}

function ConvertTo-AboutTopic {
    <#
    .SYNOPSIS
        Turns the about topic's markdown (# about_X, ## Sections, paragraphs, lists, code blocks) into the plain text
        format of about_*.help.txt: section names in capitals, text indented four spaces and wrapped at 80 columns.
    #>
    param([Parameter(Mandatory)] [string] $Path)
    $lines = Get-Content -LiteralPath $Path -Encoding utf8
    $title = ($lines | Where-Object { $_ -match '^# ' } | Select-Object -First 1)
    if (-not $title) { throw "$Path`: no '# about_Name' title line." }
    $sections = Split-MarkdownHeading $lines '##'
    foreach ($required in 'Short description', 'Long description') {
        if ($required -notin $sections.Title) { throw "$Path`: missing section '## $required'." }
    }
    $out = [System.Text.StringBuilder]::new()
    [void]$out.AppendLine('TOPIC').AppendLine('    ' + $title.Substring(2).Trim()).AppendLine()
    foreach ($section in $sections) {
        [void]$out.AppendLine($section.Title.ToUpperInvariant())
        $inFence = $false
        $paragraph = [System.Collections.Generic.List[string]]::new()
        $flush = {
            if ($paragraph.Count) { [void]$out.AppendLine((Format-Wrapped ($paragraph -join ' ') 4)); $paragraph.Clear() }
        }
        foreach ($line in $section.Lines) {
            if ($line -match '^\s*```') { & $flush; $inFence = -not $inFence; continue }
            if ($inFence) { [void]$out.AppendLine('        ' + $line); continue }
            if (-not $line.Trim()) { & $flush; [void]$out.AppendLine(); continue }
            if ($line -match '^\s*[-*] (.*)$') { & $flush; $paragraph.Add('- ' + $Matches[1]); continue }
            $paragraph.Add($line.Trim())
        }
        & $flush
        [void]$out.AppendLine()
    }
    ($out.ToString() -replace "(\r?\n){3,}", "`n`n").TrimEnd() + "`n"
}

function Format-Wrapped([string] $Text, [int] $Indent, [int] $Width = 80) {
    $pad = ' ' * $Indent
    $hanging = if ($Text.StartsWith('- ')) { ' ' * ($Indent + 2) } else { $pad }
    $lines = [System.Collections.Generic.List[string]]::new()
    $line = $pad
    foreach ($word in $Text -split '\s+') {
        if ($line.Trim() -and ($line.Length + 1 + $word.Length) -gt $Width) { $lines.Add($line.TrimEnd()); $line = $hanging }
        $line += $(if ($line.Trim()) { ' ' } else { '' }) + $word
    }
    $lines.Add($line.TrimEnd())
    $lines -join "`n"
}

Export-ModuleMember -Function Invoke-ChildPwsh, Get-CmdletMetadata, Find-HelpProblem, ConvertTo-AboutTopic, ConvertFrom-HelpMarkdown, ConvertTo-Maml
