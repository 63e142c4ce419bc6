# Reads the per-cmdlet help markdown (the format of Cmdlets/Insights/Get-CircleFlakyTest.md) into an object,
# and refuses a file that lacks a section, so help cannot silently go missing.
Set-StrictMode -Version 3.0

$script:RequiredSections = 'SYNOPSIS', 'DESCRIPTION', 'PARAMETERS', 'EXAMPLES', 'RELATED LINKS'

function Split-MarkdownHeading {
    # Splits lines into blocks under headings of one level ('## ' or '### '), ignoring fenced code.
    param([string[]] $Lines, [string] $Marker)
    $blocks = [System.Collections.Generic.List[object]]::new()
    $current = $null
    $inFence = $false
    foreach ($line in $Lines) {
        if ($line -match '^\s*```') { $inFence = -not $inFence }
        if (-not $inFence -and $line.StartsWith("$Marker ")) {
            $current = [pscustomobject]@{ Title = $line.Substring($Marker.Length + 1).Trim(); Lines = [System.Collections.Generic.List[string]]::new() }
            $blocks.Add($current)
        }
        elseif ($current) { $current.Lines.Add($line) }
    }
    , $blocks
}

function Get-Paragraph {
    # Non-empty paragraphs (separated by blank lines) of a block of text, lines joined with spaces.
    param([string[]] $Lines)
    $text = (($Lines | ForEach-Object { $_.TrimEnd() }) -join "`n").Trim()
    if (-not $text) { return , @() }
    , @($text -split "\n\s*\n" | ForEach-Object { ($_ -split "\n" | ForEach-Object Trim) -join ' ' })
}

function ConvertFrom-HelpExample {
    param($Block, [string] $Path)
    $code = [System.Collections.Generic.List[string]]::new()
    $remarks = [System.Collections.Generic.List[string]]::new()
    $state = 'before'
    foreach ($line in $Block.Lines) {
        if ($line -match '^\s*```') {
            $state = switch ($state) { 'before' { 'code' } 'code' { 'after' } default { $state } }
            continue
        }
        if ($state -eq 'code') { $code.Add($line) }
        elseif ($state -eq 'after') { $remarks.Add($line) }
    }
    if ($state -ne 'after' -or -not ($code -join '').Trim()) {
        throw "$Path`: example '$($Block.Title)' has no closed ``````powershell code block."
    }
    [pscustomobject]@{
        Title   = $Block.Title
        Code    = ($code -join "`n").Trim()
        Remarks = Get-Paragraph $remarks
    }
}

function ConvertFrom-HelpMarkdown {
    <#
    .SYNOPSIS
        Parses one cmdlet help markdown file; throws "<path>: ..." when the file breaks the format.
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory, ValueFromPipeline, ValueFromPipelineByPropertyName)] [Alias('FullName')] [string] $Path)
    process {
        $lines = @(Get-Content -LiteralPath $Path -Encoding utf8)
        $fileName = [IO.Path]::GetFileNameWithoutExtension($Path)
        $title = $lines | Where-Object { $_ -match '^# ' } | Select-Object -First 1
        if (-not $title) { throw "$Path`: no '# $fileName' title line." }
        $name = $title.Substring(2).Trim()
        if ($name -ne $fileName) { throw "$Path`: the title '# $name' does not match the file name '$fileName'." }

        if (@($lines -match '^\s*```').Count % 2) { throw "$Path`: a ``````` code block is not closed." }
        $sections = @{}
        foreach ($block in (Split-MarkdownHeading $lines '##')) { $sections[$block.Title.ToUpperInvariant()] = $block }
        $missing = @($script:RequiredSections | Where-Object { -not $sections.ContainsKey($_) })
        if ($missing) { throw "$Path`: missing section(s) $(($missing | ForEach-Object { "## $_" }) -join ', ')." }

        $synopsis = (Get-Paragraph $sections['SYNOPSIS'].Lines) -join ' '
        if (-not $synopsis) { throw "$Path`: ## SYNOPSIS is empty." }
        $description = Get-Paragraph $sections['DESCRIPTION'].Lines
        if (-not $description) { throw "$Path`: ## DESCRIPTION is empty." }

        $parameters = [ordered]@{}
        foreach ($block in (Split-MarkdownHeading $sections['PARAMETERS'].Lines '###')) {
            if ($block.Title -notmatch '^-(\w+)$') { throw "$Path`: parameter heading '### $($block.Title)' is not '### -Name'." }
            $text = Get-Paragraph $block.Lines
            if (-not $text) { throw "$Path`: parameter -$($Matches[1]) has no description." }
            $parameters[$Matches[1]] = $text
        }

        $examples = @(foreach ($block in (Split-MarkdownHeading $sections['EXAMPLES'].Lines '###')) { ConvertFrom-HelpExample $block $Path })
        if (-not $examples) { throw "$Path`: ## EXAMPLES has no '### Example N: title' with a code block." }

        $links = @(foreach ($line in $sections['RELATED LINKS'].Lines) {
                if ($line -match '^\s*[-*]\s*\[(?<text>[^\]]+)\]\((?<uri>[^)]*)\)') {
                    $text, $uri = $Matches.text, $Matches.uri
                    if ($uri -notmatch '^https?://') { $uri = '' }   # links to sibling .md files become plain names
                    [pscustomobject]@{ Text = $text; Uri = $uri }
                }
            })

        [pscustomobject]@{
            PSTypeName  = 'CircleCi.Build.CmdletHelp'
            Name        = $name
            Path        = $Path
            Synopsis    = $synopsis
            Description = $description
            Parameters  = $parameters
            Examples    = $examples
            Links       = $links
        }
    }
}

Export-ModuleMember -Function ConvertFrom-HelpMarkdown, Get-Paragraph, Split-MarkdownHeading
