using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>Get-CirclePipelineValue: a pipeline's values (pipeline.git.branch, pipeline.number, ...) as name/value objects.</summary>
    [Cmdlet(VerbsCommon.Get, "CirclePipelineValue")]
    [OutputType(typeof(PipelineValue))]
    [CircleApiOperation(nameof(PipelineApi.GetPipelineValuesById), Model = typeof(Dictionary<string, JsonElement>))]
    public sealed class GetCirclePipelineValueCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public Guid[] PipelineId { get; set; } = Array.Empty<Guid>();

        /// <summary>Only values whose name matches (wildcards allowed).</summary>
        [Parameter(Position = 1)]
        [SupportsWildcards]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            var pattern = WildcardOrNull(Name, nameof(Name));
            foreach (Guid id in PipelineId)
                ForItem(id, () =>
                {
                    var values = Run(api => api.Pipelines.GetPipelineValuesByIdAsync(id));
                    foreach (var pair in values.OrderBy(p => p.Key, StringComparer.Ordinal))
                        if (pattern == null || pattern.IsMatch(pair.Key)) WriteObject(new PipelineValue(id, pair.Key, ToPlain(pair.Value)));
                });
        }

        private static object? ToPlain(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.TryGetInt64(out long l) ? l : (object)value.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => value.GetRawText(),
        };
    }
}
