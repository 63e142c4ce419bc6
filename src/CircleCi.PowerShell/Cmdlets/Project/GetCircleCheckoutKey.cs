using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>Get-CircleCheckoutKey: a project's checkout keys, or one by fingerprint (GET .../checkout-key[/{fingerprint}]).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleCheckoutKey")]
    [OutputType(typeof(CheckoutKey))]
    [CircleApiOperation(nameof(ProjectApi.ListCheckoutKeys))]
    [CircleApiOperation(nameof(ProjectApi.GetCheckoutKey))]
    public sealed class GetCircleCheckoutKeyCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        [Parameter(Position = 1)]
        [ValidateNotNullOrEmpty]
        public string[]? Fingerprint { get; set; }

        /// <summary>The fingerprint format for listings: md5 (aa:bb:..., CircleCI's default) or sha256.</summary>
        [Parameter]
        [ValidateSet("md5", "sha256")]
        public string? Digest { get; set; }

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                if (Fingerprint == null)
                {
                    ForItem(slug, () => WritePages((api, token) => api.Projects.ListCheckoutKeysAsync(normalized, Digest, token), "checkout keys of " + display,
                        slug, onItem: k => k.ProjectSlug = display));
                    return;
                }
                foreach (string fingerprint in Fingerprint)
                {
                    ForItem($"{display} {fingerprint}", () =>
                    {
                        CheckoutKey key = Run(api => api.Projects.GetCheckoutKeyAsync(normalized, fingerprint));
                        key.ProjectSlug = display;
                        WriteObject(key);
                    });
                }
            });
        }
    }
}
