<#
.SYNOPSIS
    Writes the module's types file (<Module>.Types.ps1xml) from the [BindingAlias] and [DurationFromSeconds] attributes
    of the built model classes: hidden alias properties and hidden TimeSpan script properties (see
    src/<Module>/Models/Common/PowerShellMembers.cs for why they are type data and not .NET properties).
    Fails the build when an attribute names a property the class does not have, or a name the class already uses.
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $AssemblyPath,
    [Parameter(Mandatory)] [string] $Destination
)
$ErrorActionPreference = 'Stop'
$assembly = [System.Reflection.Assembly]::LoadFrom($AssemblyPath)
$problems = [System.Collections.Generic.List[string]]::new()
$settings = [System.Xml.XmlWriterSettings]@{ Indent = $true; Encoding = [System.Text.UTF8Encoding]::new($false) }
$writer = [System.Xml.XmlWriter]::Create($Destination, $settings)
$writer.WriteStartElement('Types')
foreach ($type in $assembly.GetExportedTypes() | Sort-Object FullName) {
    $members = @($type.GetCustomAttributes($false) | Where-Object { $_.GetType().Name -in 'BindingAliasAttribute', 'DurationFromSecondsAttribute' } |
            Sort-Object Name)
    if (-not $members) { continue }
    $properties = $type.GetProperties() | ForEach-Object Name
    $writer.WriteStartElement('Type')
    $writer.WriteElementString('Name', $type.FullName)
    $writer.WriteStartElement('Members')
    foreach ($member in $members) {
        $source = if ($member.GetType().Name -eq 'BindingAliasAttribute') { $member.Property } else { $member.SecondsProperty }
        if ($source -notin $properties) { $problems.Add("$($type.FullName): [$($member.GetType().Name)] '$($member.Name)' names '$source', which is not a public property") }
        if ($member.Name -in $properties) { $problems.Add("$($type.FullName): '$($member.Name)' is already a public property") }
        if ($member.GetType().Name -eq 'BindingAliasAttribute') {
            $writer.WriteStartElement('AliasProperty')
            $writer.WriteAttributeString('IsHidden', 'true')
            $writer.WriteElementString('Name', $member.Name)
            $writer.WriteElementString('ReferencedMemberName', $source)
        }
        else {
            # FromTicks: FromSeconds has several overloads on newer .NET and the binder would have to choose.
            $writer.WriteStartElement('ScriptProperty')
            $writer.WriteAttributeString('IsHidden', 'true')
            $writer.WriteElementString('Name', $member.Name)
            $writer.WriteElementString('GetScriptBlock', "`$s = `$this.$source; if (`$null -ne `$s) { [timespan]::FromTicks([long][math]::Round([double]`$s * 1e7)) }")
        }
        $writer.WriteEndElement()
    }
    $writer.WriteEndElement()
    $writer.WriteEndElement()
}
$writer.WriteEndElement()
$writer.Dispose()
if ($problems.Count) { throw "Types file: $($problems.Count) problem(s):`n$($problems -join "`n")" }
