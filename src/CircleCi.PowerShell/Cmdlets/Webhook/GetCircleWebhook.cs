using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Cmdlets.Webhook
{
    /// <summary>Get-CircleWebhook: a project's outbound webhooks (GET /webhook?scope-id=..&amp;scope-type=project) or webhooks by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleWebhook", DefaultParameterSetName = ProjectSet)]
    [OutputType(typeof(Models.Webhook))]
    [CircleApiOperation("getWebhooks")]
    [CircleApiOperation("getWebhookById")]
    public sealed class GetCircleWebhookCommand : CircleApiCmdlet
    {
        private const string ProjectSet = "ByProject";
        private const string IdSet = "ById";

        /// <summary>The project's id (not its slug): Get-CircleProject output binds by property name.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ProjectSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] ProjectId { get; set; } = Array.Empty<Guid>();

        [Parameter(Mandatory = true, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
        public Guid[] WebhookId { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == IdSet)
            {
                foreach (Guid id in WebhookId)
                    ForItem(id, () => WriteObject(GetJson("webhook/" + id.ToString("D"), WebhookJson.Default.Webhook, "getWebhookById")));
                return;
            }
            foreach (Guid project in ProjectId)
            {
                string uri = Query.Append(Query.Append("webhook", "scope-id", project.ToString("D")), "scope-type", "project");
                ForItem(project, () => WritePages(uri, WebhookJson.Default.PagedResponseWebhook, project));
            }
        }
    }
}
