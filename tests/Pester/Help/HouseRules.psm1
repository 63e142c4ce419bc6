# The house rules every exported cmdlet is held to (CONTRIBUTING.md), as functions that return one message per
# violation, so the same checks run on the real module and on a deliberately broken fixture.
Set-StrictMode -Version 3.0

$script:Common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

# The one name for each thing, and the names that have crept in for it elsewhere.
$script:Misnamed = @{
    Slug = 'ProjectSlug'; ProjectSlugName = 'ProjectSlug'; ProjSlug = 'ProjectSlug'; RepoSlug = 'ProjectSlug'; VcsSlug = 'ProjectSlug'
    PipelineUuid = 'PipelineId'; PipelineGuid = 'PipelineId'
    WorkflowUuid = 'WorkflowId'; WorkflowGuid = 'WorkflowId'
    JobNum = 'JobNumber'; JobNo = 'JobNumber'; BuildNum = 'JobNumber'; BuildNumber = 'JobNumber'
    OrganizationSlug = 'OrgSlug'; OrganisationSlug = 'OrgSlug'
    BranchName = 'Branch'
}
# Parameters that carry an identity between cmdlets must bind by property name.
$script:BindsByPropertyName = 'ProjectSlug', 'PipelineId', 'WorkflowId', 'JobNumber'

function Get-OwnParameter([System.Management.Automation.CommandInfo] $Command) {
    @($Command.Parameters.Values | Where-Object Name -NotIn $script:Common)
}

function Get-HelpViolation {
    <# A synopsis, a description, every parameter described and at least one example, as Get-Help reads them. #>
    param([Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)
    $help = Get-Help $Command.Name -Full -ErrorAction SilentlyContinue
    $name = $Command.Name
    # Without a help file, Get-Help makes up a synopsis from the syntax, which starts with the cmdlet's name.
    if (-not $help -or -not "$($help.Synopsis)".Trim() -or "$($help.Synopsis)".Trim() -match "^$([regex]::Escape($name))(\s|$)") { "$name has no synopsis." }
    if (-not ($help.PSObject.Properties['description'] -and $help.description -and ($help.description.Text -join '').Trim())) { "$name has no description." }
    $described = @{}
    if ($help.PSObject.Properties['parameters'] -and $help.parameters -and $help.parameters.PSObject.Properties['parameter']) {
        foreach ($p in $help.parameters.parameter) {
            if ($p.PSObject.Properties['description'] -and ($p.description.Text -join '').Trim()) { $described[$p.name] = $true }
        }
    }
    foreach ($p in Get-OwnParameter $Command) {
        if (-not $described.ContainsKey($p.Name)) { "$name -$($p.Name) has no description." }
    }
    $examples = if ($help.PSObject.Properties['examples'] -and $help.examples) { @($help.examples.example | Where-Object { "$($_.code)".Trim() }) } else { @() }
    if (-not $examples) { "$name has no example." }
}

function Get-ViewViolation {
    <# Every [OutputType] has a view in the loaded format data (the module's .Format.ps1xml files). #>
    param([Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)
    foreach ($output in $Command.OutputType) {
        $type = $output.Type
        if (-not $type -or $type -eq [void] -or $type.IsPrimitive -or $type -eq [string] -or $type -eq [object]) { continue }
        if (-not (Get-FormatData -TypeName $type.FullName -PowerShellVersion $PSVersionTable.PSVersion)) {
            "$($Command.Name) writes $($type.FullName), which has no default view in a .Format.ps1xml."
        }
    }
}

function Get-NamingViolation {
    <# An approved verb, the Circle noun prefix, and the module's one name for each thing. #>
    param([Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)
    $name = $Command.Name
    if ($Command.Verb -notin (Get-Verb).Verb) { "$name uses '$($Command.Verb)', which is not an approved verb (Get-Verb)." }
    if (-not $Command.Noun.StartsWith('Circle', [StringComparison]::Ordinal)) { "$name's noun '$($Command.Noun)' lacks the Circle prefix." }
    foreach ($p in Get-OwnParameter $Command) {
        if ($script:Misnamed.ContainsKey($p.Name)) { "$name -$($p.Name) should be named -$($script:Misnamed[$p.Name]) (an alias may keep the other name)." }
        # Unless the cmdlet takes its pipeline input whole, by value (Save-CircleArtifact's -InputObject): binding
        # the same objects by property name too would read each one twice.
        $takesObjects = $Command.Parameters.Values | Where-Object { $_.Name -ne $p.Name -and ($_.ParameterSets.Values | Where-Object ValueFromPipeline) }
        if ($p.Name -in $script:BindsByPropertyName -and -not $takesObjects -and -not ($p.ParameterSets.Values | Where-Object ValueFromPipelineByPropertyName)) {
            "$name -$($p.Name) does not bind from the pipeline by property name."
        }
    }
}

function Get-OpenApiMethod {
    <# operationId -> HTTP method (upper case) from openapi-v2.json, and 'v1.1:operationId' from openapi-v1.1.json beside it. #>
    param([Parameter(Mandatory)] [string] $Path)
    $methods = @{}
    $documents = @(@{ Path = $Path; Prefix = '' }, @{ Path = (Join-Path (Split-Path $Path) 'openapi-v1.1.json'); Prefix = 'v1.1:' })
    foreach ($document in $documents | Where-Object { Test-Path $_.Path }) {
        $doc = Get-Content -Raw $document.Path | ConvertFrom-Json -AsHashtable
        foreach ($pathItem in $doc.paths.Values) {
            foreach ($entry in $pathItem.GetEnumerator()) {
                if ($entry.Value -is [System.Collections.IDictionary] -and $entry.Value['operationId']) {
                    $methods[$document.Prefix + $entry.Value['operationId']] = $entry.Key.ToUpperInvariant()
                }
            }
        }
    }
    $methods
}

function Get-ShouldProcessViolation {
    <# Cmdlets that call POST/PUT/PATCH/DELETE support -WhatIf/-Confirm; DELETE ones confirm by default (High). #>
    param([Parameter(Mandatory)] [System.Management.Automation.CmdletInfo] $Command, [Parameter(Mandatory)] [hashtable] $Methods)
    $type = $Command.ImplementingType
    $cmdlet = $type.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true) | Select-Object -First 1
    $operations = @($type.GetCustomAttributes($true) | Where-Object { $_.GetType().Name -eq 'CircleApiOperationAttribute' } | ForEach-Object OperationId)
    foreach ($operation in $operations) {
        $method = $Methods[$operation]
        if (-not $method) { "$($Command.Name) names operation '$operation', which the OpenAPI document does not have."; continue }
        if ($method -notin 'POST', 'PUT', 'PATCH', 'DELETE') { continue }
        if (-not $cmdlet.SupportsShouldProcess) { "$($Command.Name) calls $operation ($method) but lacks SupportsShouldProcess." }
        elseif ($method -eq 'DELETE' -and $cmdlet.ConfirmImpact -ne 'High') { "$($Command.Name) calls $operation (DELETE) but its ConfirmImpact is $($cmdlet.ConfirmImpact), not High." }
    }
}

function Get-FormatViolation {
    <# Table views: 2 to 6 columns, fitting an 80-column log, and a label on every computed column. #>
    param([Parameter(Mandatory)] [string] $Path)
    $file = Split-Path -Leaf $Path
    foreach ($view in ([xml](Get-Content -Raw $Path)).Configuration.ViewDefinitions.View) {
        if (-not $view.PSObject.Properties['TableControl']) { continue }
        $headers = @($view.TableControl.TableHeaders.TableColumnHeader)
        $items = @(@($view.TableControl.TableRowEntries.TableRowEntry)[0].TableColumnItems.TableColumnItem)
        $where = "$file, view $($view.Name)"
        if ($headers.Count -lt 2 -or $headers.Count -gt 6) { "${where}: $($headers.Count) columns (2 to 6 fit a console)." }
        # Column widths plus one space between columns; a column without a width is sized by PowerShell (unknown).
        $width = ($headers | ForEach-Object { if ($_.PSObject.Properties['Width']) { [int]$_.Width } else { 0 } } | Measure-Object -Sum).Sum + $headers.Count - 1
        if ($width -gt 80) { "${where}: $width characters wide, more than 80 (a CI log)." }
        for ($i = 0; $i -lt [Math]::Min($headers.Count, $items.Count); $i++) {
            $labelled = $headers[$i] -is [System.Xml.XmlElement] -and $headers[$i].PSObject.Properties['Label'] -and $headers[$i].Label
            if ($items[$i].PSObject.Properties['ScriptBlock'] -and -not $labelled) { "${where}: column $($i + 1) shows a script block without a <Label> (its header would be the code)." }
        }
    }
}

Export-ModuleMember -Function Get-FormatViolation, Get-HelpViolation, Get-ViewViolation, Get-NamingViolation, Get-OpenApiMethod, Get-ShouldProcessViolation
