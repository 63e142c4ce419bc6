# Writes MAML (the XML Get-Help reads from en-US/<assembly>.dll-Help.xml) from parsed help markdown plus the
# cmdlet metadata exported from the built assembly: the markdown gives the words, the assembly gives the facts.
Set-StrictMode -Version 3.0

$script:Namespaces = @{
    maml    = 'http://schemas.microsoft.com/maml/2004/10'
    command = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
    dev     = 'http://schemas.microsoft.com/maml/dev/2004/10'
}

function Write-Paragraphs([System.Xml.XmlWriter] $W, [string[]] $Paragraphs) {
    $W.WriteStartElement('maml', 'description', $script:Namespaces.maml)
    foreach ($p in $Paragraphs) { $W.WriteElementString('maml', 'para', $script:Namespaces.maml, $p) }
    $W.WriteEndElement()
}

function Get-PipelineInput($Set) {
    $kinds = @(if ($Set.ByPropertyName) { 'ByPropertyName' }; if ($Set.ByValue) { 'ByValue' })
    if ($kinds) { "True ($($kinds -join ', '))" } else { 'False' }
}

function Get-Position($Set) { if ($Set.Position -ge 0) { [string]$Set.Position } else { 'named' } }

function Write-Parameter([System.Xml.XmlWriter] $W, $Parameter, $Set, [string[]] $Description) {
    $W.WriteStartElement('command', 'parameter', $script:Namespaces.command)
    $W.WriteAttributeString('required', ([string][bool]$Set.Mandatory).ToLowerInvariant())
    $W.WriteAttributeString('variableLength', ([string]$Parameter.Type.EndsWith('[]')).ToLowerInvariant())
    $W.WriteAttributeString('globbing', ([string][bool]$Parameter.Globbing).ToLowerInvariant())
    $W.WriteAttributeString('pipelineInput', (Get-PipelineInput $Set))
    $W.WriteAttributeString('position', (Get-Position $Set))
    $W.WriteAttributeString('aliases', $(if ($Parameter.Aliases) { $Parameter.Aliases -join ', ' } else { 'none' }))
    $W.WriteElementString('maml', 'name', $script:Namespaces.maml, $Parameter.Name)
    Write-Paragraphs $W $Description
    if (-not $Parameter.IsSwitch) {
        $W.WriteStartElement('command', 'parameterValue', $script:Namespaces.command)
        $W.WriteAttributeString('required', 'true')
        $W.WriteAttributeString('variableLength', ([string]$Parameter.Type.EndsWith('[]')).ToLowerInvariant())
        $W.WriteString($Parameter.Type)
        $W.WriteEndElement()
    }
    foreach ($value in $Parameter.ValidValues) {
        if ($value -eq $Parameter.ValidValues[0]) { $W.WriteStartElement('command', 'parameterValueGroup', $script:Namespaces.command) }
        $W.WriteStartElement('command', 'parameterValue', $script:Namespaces.command)
        $W.WriteAttributeString('required', 'false'); $W.WriteAttributeString('variableLength', 'false')
        $W.WriteString($value); $W.WriteEndElement()
    }
    if ($Parameter.ValidValues) { $W.WriteEndElement() }
    $W.WriteStartElement('dev', 'type', $script:Namespaces.dev)
    $W.WriteElementString('maml', 'name', $script:Namespaces.maml, $Parameter.Type)
    $W.WriteEndElement()
    $W.WriteEndElement()
}

function Write-Command([System.Xml.XmlWriter] $W, $Help, $Meta) {
    $ns = $script:Namespaces
    $W.WriteStartElement('command', 'command', $ns.command)
    foreach ($prefix in 'maml', 'dev') { $W.WriteAttributeString('xmlns', $prefix, $null, $ns[$prefix]) }

    $W.WriteStartElement('command', 'details', $ns.command)
    $W.WriteElementString('command', 'name', $ns.command, $Meta.Name)
    $W.WriteElementString('command', 'verb', $ns.command, $Meta.Verb)
    $W.WriteElementString('command', 'noun', $ns.command, $Meta.Noun)
    Write-Paragraphs $W @($Help.Synopsis)
    $W.WriteEndElement()
    Write-Paragraphs $W $Help.Description

    $W.WriteStartElement('command', 'syntax', $ns.command)
    foreach ($setName in $Meta.ParameterSets) {
        $W.WriteStartElement('command', 'syntaxItem', $ns.command)
        $W.WriteElementString('maml', 'name', $ns.maml, $Meta.Name)
        # Positional parameters first, in position order, as PowerShell prints syntax.
        $inSet = foreach ($p in $Meta.Parameters) {
            $set = $p.Sets | Where-Object { $_.Name -eq $setName -or $_.Name -eq '__AllParameterSets' } | Select-Object -First 1
            if ($set) { [pscustomobject]@{ P = $p; Set = $set; Order = $(if ($set.Position -ge 0) { $set.Position } else { 1000 }) } }
        }
        foreach ($item in $inSet | Sort-Object Order) { Write-Parameter $W $item.P $item.Set $Help.Parameters[$item.P.Name] }
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    $W.WriteStartElement('command', 'parameters', $ns.command)
    foreach ($p in $Meta.Parameters) {
        # One entry per parameter: mandatory if it is in any set, the first set's position and pipeline input.
        $first = $p.Sets[0]
        $merged = [pscustomobject]@{
            Mandatory      = [bool]($p.Sets | Where-Object Mandatory)
            Position       = $first.Position
            ByValue        = [bool]($p.Sets | Where-Object ByValue)
            ByPropertyName = [bool]($p.Sets | Where-Object ByPropertyName)
        }
        Write-Parameter $W $p $merged $Help.Parameters[$p.Name]
    }
    $W.WriteEndElement()

    $W.WriteStartElement('command', 'inputTypes', $ns.command)
    foreach ($p in $Meta.Parameters | Where-Object { $_.Sets | Where-Object { $_.ByValue -or $_.ByPropertyName } }) {
        $W.WriteStartElement('command', 'inputType', $ns.command)
        $W.WriteStartElement('dev', 'type', $ns.dev); $W.WriteElementString('maml', 'name', $ns.maml, $p.Type); $W.WriteEndElement()
        Write-Paragraphs $W @("-$($p.Name) ($(Get-PipelineInput ($p.Sets | Select-Object -First 1)))")
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    $W.WriteStartElement('command', 'returnValues', $ns.command)
    foreach ($type in $Meta.OutputTypes) {
        $W.WriteStartElement('command', 'returnValue', $ns.command)
        $W.WriteStartElement('dev', 'type', $ns.dev); $W.WriteElementString('maml', 'name', $ns.maml, $type); $W.WriteEndElement()
        Write-Paragraphs $W @()
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    $W.WriteStartElement('command', 'examples', $ns.command)
    foreach ($example in $Help.Examples) {
        $W.WriteStartElement('command', 'example', $ns.command)
        $W.WriteElementString('maml', 'title', $ns.maml, "--------- $($example.Title) ---------")
        $W.WriteElementString('dev', 'code', $ns.dev, $example.Code)
        $W.WriteStartElement('dev', 'remarks', $ns.dev)
        foreach ($p in $example.Remarks) { $W.WriteElementString('maml', 'para', $ns.maml, $p) }
        $W.WriteEndElement()
        $W.WriteEndElement()
    }
    $W.WriteEndElement()

    $W.WriteStartElement('command', 'relatedLinks', $ns.command)
    foreach ($link in $Help.Links) {
        $W.WriteStartElement('maml', 'navigationLink', $ns.maml)
        $W.WriteElementString('maml', 'linkText', $ns.maml, $link.Text)
        $W.WriteElementString('maml', 'uri', $ns.maml, $link.Uri)
        $W.WriteEndElement()
    }
    $W.WriteEndElement()
    $W.WriteEndElement()
}

function ConvertTo-Maml {
    <#
    .SYNOPSIS
        Writes one MAML file for the given cmdlets. $Help: parsed markdown keyed by cmdlet name; $Metadata: the
        output of Export-CmdletMetadata.ps1. Each cmdlet in $Metadata must have help (the caller checks).
    #>
    [CmdletBinding()]
    param([Parameter(Mandatory)] [hashtable] $Help, [Parameter(Mandatory)] [object[]] $Metadata, [Parameter(Mandatory)] [string] $Path)
    $settings = [System.Xml.XmlWriterSettings]::new()
    $settings.Indent = $true
    $settings.Encoding = [System.Text.UTF8Encoding]::new($false)
    $writer = [System.Xml.XmlWriter]::Create($Path, $settings)
    try {
        $writer.WriteStartDocument()
        $writer.WriteStartElement('helpItems', 'http://msh')
        $writer.WriteAttributeString('schema', 'maml')
        foreach ($meta in $Metadata | Sort-Object Name) { Write-Command $writer $Help[$meta.Name] $meta }
        $writer.WriteEndElement()
        $writer.WriteEndDocument()
    }
    finally { $writer.Dispose() }
}

Export-ModuleMember -Function ConvertTo-Maml
