using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.Webhook
{
    /// <summary>Get-CircleWebhook: a project's outbound webhooks (GET /webhook?scope-id=..&amp;scope-type=project) or webhooks by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleWebhook", DefaultParameterSetName = ProjectSet)]
    [OutputType(typeof(Models.Webhook))]
    [CircleApiOperation(nameof(WebhookApi.GetWebhooks))]
    [CircleApiOperation(nameof(WebhookApi.GetWebhookById))]
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
                    ForItem(id, () => WriteObject(Run(api => api.Webhooks.GetWebhookByIdAsync(id))));
                return;
            }
            foreach (Guid project in ProjectId)
                ForItem(project, () => WritePages((api, token) => api.Webhooks.GetWebhooksAsync(project, pageToken: token), "webhooks of project " + project, project));
        }
    }
}
