<#
.SYNOPSIS
    Writes, as JSON, the parameter metadata of every cmdlet a module exports. Run in a child pwsh (the build's own
    session must not load the assembly it may rebuild next); Build-Help.ps1 and the house-rules tests read it.
#>
param([Parameter(Mandatory)] [string] $ModulePath)
$ErrorActionPreference = 'Stop'
$module = Import-Module $ModulePath -PassThru
$common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters

function Get-TypeName([type] $Type) {
    # Short names as Get-Help shows them (String[], SwitchParameter), full names for the module's own types.
    if ($Type.IsArray) { return (Get-TypeName $Type.GetElementType()) + '[]' }
    if ($Type.IsGenericType -and $Type.GetGenericTypeDefinition() -eq [Nullable`1]) { return Get-TypeName $Type.GetGenericArguments()[0] }
    if ($Type.Namespace -like 'System*') { return $Type.Name }
    $Type.FullName
}

$commands = foreach ($command in (Get-Command -Module $module.Name -CommandType Cmdlet | Sort-Object Name)) {
    $parameters = foreach ($p in $command.Parameters.Values | Where-Object Name -NotIn $common) {
        $validateSet = $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ValidateSetAttribute] } | Select-Object -First 1
        $completer = $p.Attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentCompleterAttribute] } | Select-Object -First 1
        [ordered]@{
            Name         = $p.Name
            Type         = Get-TypeName $p.ParameterType
            IsSwitch     = $p.SwitchParameter
            Aliases      = @($p.Aliases)
            Globbing     = [bool]($p.Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
            ValidValues  = if ($validateSet) { @($validateSet.ValidValues) } else { @() }
            HasCompleter = [bool]$completer
            Sets         = @(foreach ($set in $p.ParameterSets.GetEnumerator()) {
                    [ordered]@{
                        Name          = $set.Key
                        Mandatory     = $set.Value.IsMandatory
                        Position      = $set.Value.Position
                        ByValue       = $set.Value.ValueFromPipeline
                        ByPropertyName= $set.Value.ValueFromPipelineByPropertyName
                    }
                })
        }
    }
    $type = $command.ImplementingType
    $cmdletAttribute = $type.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $true) | Select-Object -First 1
    [ordered]@{
        Name                  = $command.Name
        Verb                  = $command.Verb
        Noun                  = $command.Noun
        ImplementingType      = $type.FullName
        DefaultParameterSet   = $command.DefaultParameterSet
        SupportsShouldProcess = [bool]$cmdletAttribute.SupportsShouldProcess
        ConfirmImpact         = [string]$cmdletAttribute.ConfirmImpact
        OutputTypes           = @($command.OutputType | ForEach-Object { if ($_.Type) { $_.Type.FullName } else { $_.Name } } | Where-Object { $_ -and $_ -ne 'System.Void' })
        Operations            = @($type.GetCustomAttributes($true) | Where-Object { $_.GetType().Name -eq 'CircleApiOperationAttribute' } | ForEach-Object OperationId)
        ParameterSets         = @($command.ParameterSets | ForEach-Object Name)
        Parameters            = @($parameters)
    }
}
ConvertTo-Json -InputObject @($commands) -Depth 8 -Compress
