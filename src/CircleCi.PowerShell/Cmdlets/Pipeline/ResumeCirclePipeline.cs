using System.IO;
using System.Collections;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>
    /// Resume-CirclePipeline: continues a setup-workflow pipeline with the generated configuration
    /// (POST /pipeline/continue). The continuation key is single-use, so this is never retried after it was sent.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Resume, "CirclePipeline", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = TextSet)]
    [OutputType(typeof(void))]
    [CircleApiOperation(nameof(PipelineApi.ContinuePipeline), Model = typeof(Models.MessageResponse))]
    public sealed class ResumeCirclePipelineCommand : CircleApiCmdlet
    {
        private const string TextSet = "Text";
        private const string PathSet = "Path";

        /// <summary>The continuation key ($CIRCLE_CONTINUATION_KEY inside the setup job).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string ContinuationKey { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = TextSet, ValueFromPipeline = true)]
        [ValidateNotNullOrEmpty]
        public string Configuration { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        public string ConfigurationPath { get; set; } = string.Empty;

        [Parameter]
        [Alias("Parameter")]
        public IDictionary? Parameters { get; set; }

        protected override void ProcessRecord()
        {
            string configuration = Configuration;
            if (ParameterSetName == PathSet)
            {
                string path = GetUnresolvedProviderPathFromPSPath(ConfigurationPath);
                if (!File.Exists(path))
                {
                    WriteError(new ErrorRecord(new FileNotFoundException($"Configuration file '{ConfigurationPath}' not found.", path),
                        "CircleCi.ConfigurationNotFound", ErrorCategory.ObjectNotFound, ConfigurationPath));
                    return;
                }
                configuration = File.ReadAllText(path);
            }
            var body = new ContinuePipelineRequest { ContinuationKey = ContinuationKey, Configuration = configuration };
            if (Parameters != null)
            {
                body.Parameters = PipelineParameters.From(Parameters, out string? error);
                if (error != null)
                {
                    WriteInvalidArgument("CircleCi.InvalidPipelineParameter", error, Parameters);
                    return;
                }
            }
            if (!ShouldProcess("the pipeline of this continuation key", "Continue pipeline")) return;
            ForItem("continuation", () =>
            {
                var answer = Run(api => api.Pipelines.ContinuePipelineAsync(body));
                WriteVerbose("CircleCI: " + answer.Message);
            });
        }
    }
}
