using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>New-CircleCheckoutKey: creates a deploy key or a user key for a project (POST .../checkout-key).</summary>
    [Cmdlet(VerbsCommon.New, "CircleCheckoutKey", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CheckoutKey))]
    [CircleApiOperation(nameof(ProjectApi.CreateCheckoutKey))]
    public sealed class NewCircleCheckoutKeyCommand : CircleApiCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        /// <summary>deploy-key (read-only, this repository) or user-key (the user's access, GitHub only).</summary>
        [Parameter(Position = 1)]
        [ValidateSet("deploy-key", "user-key")]
        public string Type { get; set; } = "deploy-key";

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                if (!ShouldProcess(display, $"Create a {Type}")) return;
                ForItem(slug, () =>
                {
                    CheckoutKey key = Run(api => api.Projects.CreateCheckoutKeyAsync(normalized, Type));
                    key.ProjectSlug = display;
                    WriteObject(key);
                });
            });
        }
    }
}
