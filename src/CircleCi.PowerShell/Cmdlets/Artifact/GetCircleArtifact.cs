using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core.Artifacts;

namespace CircleCi.PowerShell.Cmdlets.Artifact
{
    /// <summary>
    /// Get-CircleArtifact: a job's artifacts; every artifact of a workflow or a whole pipeline (each job, each
    /// parallel node) when one of those is piped in; or the artifacts of a branch's latest job (API v1.1).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CircleArtifact", DefaultParameterSetName = JobSet)]
    [OutputType(typeof(Models.Artifact))]
    [CircleApiOperation(nameof(JobApi.GetJobArtifacts))]
    [CircleApiOperation(nameof(PipelineApi.ListWorkflowsByPipelineId), Model = typeof(Models.Workflow))]
    [CircleApiOperation(nameof(WorkflowApi.ListWorkflowJobs), Model = typeof(Models.Job))]
    [CircleApiOperation(nameof(JobApi.V1ListLatestJobArtifacts))]
    public sealed class GetCircleArtifactCommand : CircleApiCmdlet
    {
        private const string JobSet = "Job";
        private const string BranchSet = "Branch";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        /// <summary>The job(s); a job piped in without a number (an approval) has no artifacts.</summary>
        [Parameter(Position = 1, ParameterSetName = JobSet, ValueFromPipelineByPropertyName = true)]
        [Alias("BuildNum")]
        public long[]? JobNumber { get; set; }

        /// <summary>Every job of this workflow (used when no job number is given).</summary>
        [Parameter(ParameterSetName = JobSet, ValueFromPipelineByPropertyName = true)]
        public Guid? WorkflowId { get; set; }

        /// <summary>Every job of every workflow of this pipeline (used when neither a job number nor a workflow is given).</summary>
        [Parameter(ParameterSetName = JobSet, ValueFromPipelineByPropertyName = true)]
        public Guid? PipelineId { get; set; }

        /// <summary>The latest job on this branch (API v1.1).</summary>
        [Parameter(Mandatory = true, ParameterSetName = BranchSet)]
        [ArgumentCompleter(typeof(BranchCompleter))]
        public string Branch { get; set; } = string.Empty;

        /// <summary>Which latest job: completed (default), successful, failed.</summary>
        [Parameter(ParameterSetName = BranchSet)]
        [ValidateSet("completed", "successful", "failed")]
        public string? Filter { get; set; }

        /// <summary>Only artifacts whose path matches (wildcards allowed).</summary>
        [Parameter]
        [SupportsWildcards]
        public string? Path { get; set; }

        protected override void ProcessRecord()
        {
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            var pattern = WildcardOrNull(Path, nameof(Path));
            Func<Models.Artifact, bool>? filter = pattern == null ? null : a => pattern.IsMatch(a.Path);

            if (ParameterSetName == BranchSet)
            {
                ForItem($"{ProjectSlug} branch {Branch}", () => WriteLatest(slug, filter));
                return;
            }
            if (MyInvocation.BoundParameters.ContainsKey(nameof(JobNumber)))
            {
                if (JobNumber == null || JobNumber.Length == 0)
                {
                    WriteVerbose("A job without a number (an approval job) has no artifacts.");
                    return;
                }
                foreach (long number in JobNumber) WriteJob(slug, number, null, filter);
                return;
            }
            if (WorkflowId.HasValue)
            {
                var workflow = (WorkflowId.Value, (string?)null);
                ForItem(WorkflowId.Value, () => WriteWorkflows(slug, new[] { workflow }, filter));
                return;
            }
            if (PipelineId.HasValue)
            {
                Guid id = PipelineId.Value;
                ForItem(id, () => WriteWorkflows(slug, Run(api => ArtifactSources.ListWorkflowsAsync(api, id)), filter));
                return;
            }
            ThrowInvalidArgument("CircleArtifact.NoJob",
                "Give -JobNumber, or pipe in a job, a workflow or a pipeline (or use -Branch for a branch's latest artifacts).", ProjectSlug);
        }

        private void WriteWorkflows(string slug, IReadOnlyList<(Guid Id, string? Name)> workflows, Func<Models.Artifact, bool>? filter)
        {
            List<RanJob> jobs = Run(api =>
                ArtifactSources.ListRanJobsAsync(api, workflows, slug, new HashSet<string>(StringComparer.Ordinal), ArtifactSources.DefaultListLimit));
            foreach (RanJob job in jobs) WriteJob(job.ProjectSlug, job.Number, job.Label, filter);
        }

        private void WriteJob(string slug, long number, Action<Models.Artifact>? annotate, Func<Models.Artifact, bool>? filter) =>
            ForItem($"{slug} job {number}", () =>
                WritePages((api, token) => api.Jobs.GetJobArtifactsAsync(slug, number, token), $"artifacts of {slug} job {number}", $"{slug} job {number}", a =>
                {
                    a.ProjectSlug = slug;
                    a.JobNumber = number;
                    annotate?.Invoke(a);
                }, filter: filter));

        private void WriteLatest(string slug, Func<Models.Artifact, bool>? filter)
        {
            List<Models.Artifact> artifacts = Run(api => api.Jobs.V1ListLatestJobArtifactsAsync(slug, Branch, Filter));
            foreach (Models.Artifact artifact in artifacts)
            {
                if (filter != null && !filter(artifact)) continue;
                artifact.ProjectSlug = slug;
                WriteObject(artifact);
            }
        }
    }
}
