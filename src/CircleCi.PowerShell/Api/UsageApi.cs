using System;
using System.Net.Http;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Http;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private UsageApi? _usage;
        public UsageApi Usage => _usage ??= new UsageApi(this);
    }

    /// <summary>The Usage operations of openapi-v2.json: usage export jobs (each limited to 10 calls an hour per
    /// organization) and the CSV files a completed export points at.</summary>
    public sealed class UsageApi
    {
        internal static readonly ApiRoute CreateUsageExport = ApiRoute.Post("createUsageExport", "/organizations/{org_id}/usage_export_job");
        internal static readonly ApiRoute GetUsageExport = ApiRoute.Get("getUsageExport", "/organizations/{org_id}/usage_export_job/{usage_export_job_id}");

        private readonly CircleApi _api;

        internal UsageApi(CircleApi api) => _api = api;

        public Task<UsageExport> CreateUsageExportAsync(Guid orgId, CreateUsageExportRequest body) =>
            _api.CallAsync(CreateUsageExport.Path(orgId), body, UsageRequestJson.Default.CreateUsageExportRequest, UsageJson.Default.UsageExport);

        public Task<UsageExport> GetUsageExportAsync(Guid orgId, Guid usageExportJobId) =>
            _api.CallAsync(GetUsageExport.Path(orgId, usageExportJobId), UsageJson.Default.UsageExport);

        /// <summary>One CSV file of a completed export. Its URL is presigned: the token is never sent with it.</summary>
        public async Task<byte[]> DownloadExportFileAsync(Uri url)
        {
            var request = new CircleRequest(HttpMethod.Get, url) { Authenticate = false, Operation = "usage export file" };
            using HttpResponseMessage response = await _api.Http.SendAsync(request, _api.Log, _api.Cancellation).ConfigureAwait(false);
            return await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
        }
    }
}
