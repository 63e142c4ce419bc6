using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private JobApi? _jobs;
        public JobApi Jobs => _jobs ??= new JobApi(this);
    }

    /// <summary>
    /// The Job operations of openapi-v2.json, and the two API v1.1 reads v2 has no equivalent for: a job's steps with
    /// their log URLs, and the artifacts of a branch's latest job (API-NOTES §6; v1.1 GETs are not being removed).
    /// </summary>
    public sealed class JobApi
    {
        internal static readonly ApiRoute CancelJobByJobID = ApiRoute.Post("cancelJobByJobID", "/jobs/{job-id}/cancel");
        internal static readonly ApiRoute GetJobDetails = ApiRoute.Get("getJobDetails", "/project/{project-slug}/job/{job-number}");
        internal static readonly ApiRoute CancelJobByJobNumber = ApiRoute.Post("cancelJobByJobNumber", "/project/{project-slug}/job/{job-number}/cancel");
        internal static readonly ApiRoute GetJobArtifacts = ApiRoute.Get("getJobArtifacts", "/project/{project-slug}/{job-number}/artifacts");
        internal static readonly ApiRoute GetTests = ApiRoute.Get("getTests", "/project/{project-slug}/{job-number}/tests");

        internal static readonly ApiRoute V1GetJobDetails = ApiRoute.V1Get("getJobDetails", "/project/{vcs-type}/{username}/{project}/{build_num}");
        internal static readonly ApiRoute V1ListLatestJobArtifacts = ApiRoute.V1Get("listLatestJobArtifacts", "/project/{vcs-type}/{username}/{project}/latest/artifacts");

        private readonly CircleApi _api;

        internal JobApi(CircleApi api) => _api = api;

        public Task<MessageResponse> CancelJobByJobIdAsync(Guid jobId) =>
            _api.CallAsync(CancelJobByJobID.Path(jobId), CommonJson.Default.MessageResponse);

        public Task<JobDetail> GetJobDetailsAsync(string projectSlug, long jobNumber) =>
            _api.CallAsync(GetJobDetails.Path(projectSlug, jobNumber), JobJson.Default.JobDetail);

        public Task<MessageResponse> CancelJobByJobNumberAsync(string projectSlug, long jobNumber) =>
            _api.CallAsync(CancelJobByJobNumber.Path(projectSlug, jobNumber), CommonJson.Default.MessageResponse);

        // getJobArtifacts and getTests declare no page-token, but answer next_page_token and accept it (API-NOTES §3).
        public Task<PagedResponse<Artifact>> GetJobArtifactsAsync(string projectSlug, long jobNumber, string? pageToken = null) =>
            _api.CallAsync(GetJobArtifacts.Path(projectSlug, jobNumber).Query("page-token", pageToken), ArtifactJson.Default.PagedResponseArtifact);

        public Task<PagedResponse<TestResult>> GetTestsAsync(string projectSlug, long jobNumber, string? pageToken = null) =>
            _api.CallAsync(GetTests.Path(projectSlug, jobNumber).Query("page-token", pageToken), JobJson.Default.PagedResponseTestResult);

        /// <summary>API v1.1: the job with its steps; each action's output_url is read with <see cref="GetStepOutputAsync"/>.</summary>
        internal Task<V1Build> V1GetJobDetailsAsync(string projectSlug, long buildNum) =>
            _api.CallAsync(V1GetJobDetails.Path(ProjectSlugParts.From(projectSlug), buildNum), JobLogJson.Default.V1Build);

        /// <summary>API v1.1: the artifacts of the latest job on a branch; filter is completed, successful, failed or running.</summary>
        public Task<List<Artifact>> V1ListLatestJobArtifactsAsync(string projectSlug, string? branch = null, string? filter = null) =>
            _api.CallAsync(V1ListLatestJobArtifacts.Path(ProjectSlugParts.From(projectSlug)).Query("branch", branch).Query("filter", filter),
                ArtifactJson.Default.ListArtifact);

        /// <summary>A step's output: the presigned output_url of v1.1 job details, read without the token.</summary>
        internal Task<List<V1OutputLine>> GetStepOutputAsync(Uri outputUrl) =>
            _api.GetUrlAsync(outputUrl, "step output", JobLogJson.Default.ListV1OutputLine);
    }
}
