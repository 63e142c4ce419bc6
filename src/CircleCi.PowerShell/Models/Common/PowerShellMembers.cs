using System;

namespace CircleCi.PowerShell.Models
{
    // ConvertTo-Json and Export-Csv read every public .NET property of an object, and no attribute of ours can hide one
    // from them (ConvertTo-Json honours only Newtonsoft's [JsonIgnore]). Members PowerShell adds from a types file and
    // marks hidden are left out by Format-List *, Export-Csv and ConvertTo-Json, yet still read as $_.Name, sort and bind
    // by property name. So aliases and TimeSpan durations are declared here and written into the module's types file by
    // build/Build-Types.ps1; the exported data stays one name per concept and numbers for durations.

    /// <summary>A hidden second name for a property, for binding by property name (-PipelineId from a pipeline's Id).</summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class BindingAliasAttribute : Attribute
    {
        public BindingAliasAttribute(string name, string property)
        {
            Name = name;
            Property = property;
        }

        public string Name { get; }
        public string Property { get; }
    }

    /// <summary>
    /// A hidden TimeSpan made from a seconds property (Duration from DurationSeconds), for arithmetic, sorting and the
    /// views; exports carry the seconds.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    public sealed class DurationFromSecondsAttribute : Attribute
    {
        public DurationFromSecondsAttribute(string name, string secondsProperty)
        {
            Name = name;
            SecondsProperty = secondsProperty;
        }

        public string Name { get; }
        public string SecondsProperty { get; }
    }
}
