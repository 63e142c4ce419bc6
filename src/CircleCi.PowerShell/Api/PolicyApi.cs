using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private PolicyApi? _policies;
        public PolicyApi Policies => _policies ??= new PolicyApi(this);
    }

    /// <summary>The Policy Management operations of openapi-v2.json: config policies of an owner (organization) and
    /// policy context (CircleCI has one, "config").</summary>
    public sealed class PolicyApi
    {
        internal static readonly ApiRoute GetDecisionLogs = ApiRoute.Get("GetDecisionLogs", "/owner/{ownerID}/context/{context}/decision");
        internal static readonly ApiRoute MakeDecision = ApiRoute.Post("MakeDecision", "/owner/{ownerID}/context/{context}/decision");
        internal static readonly ApiRoute GetDecisionSettings = ApiRoute.Get("GetDecisionSettings", "/owner/{ownerID}/context/{context}/decision/settings");
        internal static readonly ApiRoute SetDecisionSettings = ApiRoute.Patch("SetDecisionSettings", "/owner/{ownerID}/context/{context}/decision/settings");
        internal static readonly ApiRoute GetDecisionLog = ApiRoute.Get("GetDecisionLog", "/owner/{ownerID}/context/{context}/decision/{decisionID}");
        internal static readonly ApiRoute GetDecisionLogPolicyBundle =
            ApiRoute.Get("GetDecisionLogPolicyBundle", "/owner/{ownerID}/context/{context}/decision/{decisionID}/policy-bundle");
        internal static readonly ApiRoute GetPolicyBundle = ApiRoute.Get("GetPolicyBundle", "/owner/{ownerID}/context/{context}/policy-bundle");
        internal static readonly ApiRoute CreatePolicyBundle = ApiRoute.Post("CreatePolicyBundle", "/owner/{ownerID}/context/{context}/policy-bundle");
        internal static readonly ApiRoute GetPolicyDocument = ApiRoute.Get("GetPolicyDocument", "/owner/{ownerID}/context/{context}/policy-bundle/{policyName}");

        private readonly CircleApi _api;

        internal PolicyApi(CircleApi api) => _api = api;

        /// <summary>One page of decision logs, newest first; pages are read by <paramref name="offset"/> (decisions
        /// already read), and an empty page ends the list. <paramref name="buildNumber"/> is the pipeline number.</summary>
        public Task<List<PolicyDecisionLog>> GetDecisionLogsAsync(string ownerId, string context, string? status = null, DateTimeOffset? after = null,
            DateTimeOffset? before = null, string? branch = null, Guid? projectId = null, long? buildNumber = null, long? offset = null) =>
            _api.CallAsync(GetDecisionLogs.Path(ownerId, context)
                    .Query("status", status).Query("after", after).Query("before", before).Query("branch", branch)
                    .Query("project_id", projectId?.ToString("D")).Query("build_number", buildNumber).Query("offset", offset),
                PolicyJson.Default.ListPolicyDecisionLog);

        public Task<PolicyDecision> MakeDecisionAsync(string ownerId, string context, MakeDecisionRequest body) =>
            _api.CallAsync(MakeDecision.Path(ownerId, context), body, PolicyRequestJson.Default.MakeDecisionRequest, PolicyJson.Default.PolicyDecision);

        public Task<PolicyDecisionSettings> GetDecisionSettingsAsync(string ownerId, string context) =>
            _api.CallAsync(GetDecisionSettings.Path(ownerId, context), PolicyJson.Default.PolicyDecisionSettings);

        public Task<PolicyDecisionSettings> SetDecisionSettingsAsync(string ownerId, string context, DecisionSettingsRequest body) =>
            _api.CallAsync(SetDecisionSettings.Path(ownerId, context), body, PolicyRequestJson.Default.DecisionSettingsRequest,
                PolicyJson.Default.PolicyDecisionSettings);

        public Task<PolicyDecisionLog> GetDecisionLogAsync(string ownerId, string context, string decisionId) =>
            _api.CallAsync(GetDecisionLog.Path(ownerId, context, decisionId), PolicyJson.Default.PolicyDecisionLog);

        /// <summary>The policies as they were when the decision was made, by policy name.</summary>
        public Task<Dictionary<string, List<PolicyDocument>>> GetDecisionLogPolicyBundleAsync(string ownerId, string context, string decisionId) =>
            _api.CallAsync(GetDecisionLogPolicyBundle.Path(ownerId, context, decisionId), PolicyJson.Default.DictionaryStringListPolicyDocument);

        /// <summary>The owner's policies, by policy name.</summary>
        public Task<Dictionary<string, List<PolicyDocument>>> GetPolicyBundleAsync(string ownerId, string context) =>
            _api.CallAsync(GetPolicyBundle.Path(ownerId, context), PolicyJson.Default.DictionaryStringListPolicyDocument);

        /// <summary>Replaces the bundle (policies left out are deleted); with <paramref name="dry"/> only the diff is answered.</summary>
        public Task<PolicyBundleDiff> CreatePolicyBundleAsync(string ownerId, string context, CreatePolicyBundleRequest body, bool? dry = null) =>
            _api.CallAsync(CreatePolicyBundle.Path(ownerId, context).Query("dry", dry), body, PolicyRequestJson.Default.CreatePolicyBundleRequest,
                PolicyJson.Default.PolicyBundleDiff);

        public Task<PolicyDocument> GetPolicyDocumentAsync(string ownerId, string context, string policyName) =>
            _api.CallAsync(GetPolicyDocument.Path(ownerId, context, policyName), PolicyJson.Default.PolicyDocument);
    }
}
