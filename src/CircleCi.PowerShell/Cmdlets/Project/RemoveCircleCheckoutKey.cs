using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Remove-CircleCheckoutKey: deletes checkout keys by fingerprint (DELETE .../checkout-key/{fingerprint}).</summary>
    [Cmdlet(VerbsCommon.Remove, "CircleCheckoutKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [CircleApiOperation(nameof(ProjectApi.DeleteCheckoutKey), Model = typeof(Models.MessageResponse))]
    public sealed class RemoveCircleCheckoutKeyCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        /// <summary>MD5 (aa:bb:...) or SHA256:... fingerprints.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        public string[] Fingerprint { get; set; } = Array.Empty<string>();

        protected override void ProcessRecord()
        {
            string? normalized = CheckSlug(ProjectSlug);
            if (normalized == null) return;
            string display = Uri.UnescapeDataString(normalized);
            foreach (string fingerprint in Fingerprint)
            {
                if (!ShouldProcess($"{display}: {fingerprint}", "Delete checkout key")) continue;
                ForItem($"{display} {fingerprint}", () => Run(api => api.Projects.DeleteCheckoutKeyAsync(normalized, fingerprint)));
            }
        }
    }
}
