using System;
using System.Linq;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>Get-CircleOrgSummary: runs, success rate, duration and credits of a whole organization and of each project, with trends.</summary>
    [Cmdlet(VerbsCommon.Get, "CircleOrgSummary")]
    [OutputType(typeof(OrgSummary))]
    [CircleApiOperation(nameof(InsightsApi.GetOrgSummaryData))]
    public sealed class GetCircleOrgSummaryCommand : CircleApiCmdlet
    {
        /// <summary>vcs/org, e.g. gh/acme or circleci/&lt;org-id&gt;.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(OrgSlugCompleter))]
        public string OrgSlug { get; set; } = string.Empty;

        /// <summary>Only these projects (names, not slugs) in the per-project rows and totals.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ProjectName { get; set; }

        [Parameter]
        [ValidateSet("last-24-hours", "last-7-days", "last-30-days", "last-60-days", "last-90-days")]
        public string ReportingWindow { get; set; } = "last-90-days";

        protected override void ProcessRecord()
        {
            string[] parts = (OrgSlug ?? string.Empty).Trim().Replace("%2F", "/").Split('/');
            if (parts.Length != 2 || parts.Any(p => p.Length == 0))
            {
                WriteInvalidArgument("CircleCi.InvalidOrgSlug", $"'{OrgSlug}' is not an organization slug. Use the form vcs/org, e.g. gh/acme or circleci/<org-id>.", OrgSlug);
                return;
            }
            string slug = parts[0] + "/" + parts[1];
            ForItem(OrgSlug, () =>
            {
                OrgSummary summary = Run(api => api.Insights.GetOrgSummaryDataAsync(slug, ReportingWindow, ProjectName));
                summary.OrgSlug = OrgSlug!;
                summary.ReportingWindow = ReportingWindow;
                foreach (OrgProjectSummary project in summary.OrgProjectData)
                {
                    project.OrgSlug = OrgSlug!;
                    // circleci/<org-id> projects are slugged by id, which this answer does not give.
                    if (!parts[0].Equals("circleci", StringComparison.OrdinalIgnoreCase)) project.ProjectSlug = OrgSlug + "/" + project.ProjectName;
                    project.AllBranches = true;
                }
                CurrentSession.Cache.Remember(SessionCache.OrgSlugs, OrgSlug);
                WriteObject(summary);
            });
        }
    }
}
