using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>Get-CirclePipelineConfig: a pipeline's source and compiled configuration (GET /pipeline/{id}/config).</summary>
    [Cmdlet(VerbsCommon.Get, "CirclePipelineConfig")]
    [OutputType(typeof(PipelineConfig), typeof(string))]
    [CircleApiOperation(nameof(PipelineApi.GetPipelineConfigById), Model = typeof(PipelineConfig))]
    public sealed class GetCirclePipelineConfigCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Id")]
        public Guid[] PipelineId { get; set; } = Array.Empty<Guid>();

        /// <summary>Write only the compiled configuration text (after orb expansion).</summary>
        [Parameter]
        public SwitchParameter Compiled { get; set; }

        /// <summary>Write only the source configuration text (as committed).</summary>
        [Parameter]
        public SwitchParameter Source { get; set; }

        protected override void ProcessRecord()
        {
            foreach (Guid id in PipelineId)
                ForItem(id, () =>
                {
                    PipelineConfig config = Run(api => api.Pipelines.GetPipelineConfigByIdAsync(id));
                    config.PipelineId = id;
                    if (Compiled) WriteObject(config.Compiled);
                    else if (Source) WriteObject(config.Source);
                    else WriteObject(config);
                });
        }
    }
}
