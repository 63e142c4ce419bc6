using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>
    /// After a trigger whose answer was lost once it had been sent (cut off, timed out, connection reset): looks for the
    /// pipeline it may have made among the user's own recent pipelines of the project, or says plainly that one may
    /// exist and how to check. The trigger is never sent again: a second POST could start a second pipeline.
    /// </summary>
    internal sealed class LostTriggerSearch
    {
        /// <summary>
        /// How much earlier than the moment the trigger left a pipeline's created_at may be. The reference is the
        /// server's time read from the Date of earlier answers, which has whole seconds, and Date and created_at are
        /// stamped by different machines behind CircleCI's edge; a few seconds cover both without reaching back to a
        /// pipeline the user started before.
        /// </summary>
        internal static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(5);

        /// <summary>Waits before the second and third look: a pipeline can show in the listing a moment after it was made.</summary>
        internal static readonly TimeSpan[] Relooks = { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2) };

        /// <summary>Pages of "my pipelines" read per look (newest first; the window is seconds wide, so one usually does).</summary>
        private const int MaxPages = 3;

        /// <summary>CircleCI's trigger type of a pipeline started through the API (either trigger endpoint).</summary>
        private const string ApiTrigger = "api";

        private readonly string _projectSlug;
        private readonly string _slug;
        private readonly string? _branch;
        private readonly string? _tag;
        private readonly IReadOnlyDictionary<string, JsonElement>? _parameters;

        /// <summary>The project's default branch, read when neither a branch nor a tag was given (CircleCI builds it then).</summary>
        private string? _defaultBranch;

        /// <param name="projectSlug">The slug as the user wrote it (messages); <paramref name="slug"/> as sent.</param>
        /// <param name="branch">The branch the pipeline builds; with <paramref name="tag"/> null too, the project's
        /// default branch, which the search reads from the project.</param>
        public LostTriggerSearch(string projectSlug, string slug, string? branch, string? tag, IReadOnlyDictionary<string, JsonElement>? parameters)
        {
            _projectSlug = projectSlug;
            _slug = slug;
            _branch = branch;
            _tag = tag;
            _parameters = parameters;
        }

        /// <summary>The server's time just before the trigger was sent.</summary>
        public DateTimeOffset SentAt { get; set; }

        /// <summary>The one pipeline the lost trigger made (after a warning saying so), or a CircleApi.TriggerOutcomeUnknown error.</summary>
        public async Task<Models.Pipeline> FindAsync(CircleApi api, CircleApiException lost)
        {
            if (_tag == null && _branch == null) _defaultBranch = await DefaultBranchAsync(api, lost).ConfigureAwait(false);
            for (int look = 0; ; look++)
            {
                List<Models.Pipeline> found;
                try
                {
                    found = await CandidatesAsync(api).ConfigureAwait(false);
                }
                catch (CircleApiException ex)
                {
                    throw Unknown(lost, $"Looking for it failed: {ex.Message}");
                }
                if (found.Count == 1)
                {
                    Models.Pipeline pipeline = found[0];
                    api.Log.Warning(string.Format(CultureInfo.InvariantCulture,
                        "The answer to the trigger of {0} ({1}) was lost ({2}). Pipeline #{3}, created {4:u} by {5}, was found by searching your recent pipelines and is returned; the trigger was not sent again.",
                        _projectSlug, What(), Reason(lost), pipeline.Number, pipeline.CreatedAt, pipeline.Trigger?.Actor?.Login));
                    return pipeline;
                }
                if (found.Count > 1)
                {
                    string numbers = string.Join(", ", found.Select(p => "#" + p.Number.ToString(CultureInfo.InvariantCulture)));
                    throw Unknown(lost, $"{found.Count} of your recent pipelines match it ({numbers}), so which one it made cannot be told.");
                }
                if (look == Relooks.Length) throw Unknown(lost, null);
                await Task.Delay(Relooks[look], api.Cancellation).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// The branch an untagged trigger without a branch built. Without it a pipeline someone triggered on another
        /// branch at the same moment could be taken for ours, so a failed read ends the search (never a guess).
        /// </summary>
        private async Task<string> DefaultBranchAsync(CircleApi api, CircleApiException lost)
        {
            Models.Project project;
            try
            {
                project = await api.Projects.GetProjectBySlugAsync(_slug).ConfigureAwait(false);
            }
            catch (CircleApiException ex)
            {
                throw Unknown(lost, $"Reading the project's default branch, which it builds, failed: {ex.Message}");
            }
            if (string.IsNullOrEmpty(project.DefaultBranch))
                throw Unknown(lost, "The project's answer names no default branch, which it builds, so your recent pipelines cannot be told apart.");
            return project.DefaultBranch!;
        }

        private async Task<List<Models.Pipeline>> CandidatesAsync(CircleApi api)
        {
            DateTimeOffset since = SentAt - ClockSkew;
            var matches = new List<Models.Pipeline>();
            string? token = null;
            for (int page = 0; page < MaxPages; page++)
            {
                PagedResponse<Models.Pipeline> current = await api.Pipelines.ListMyPipelinesAsync(_slug, token).ConfigureAwait(false);
                matches.AddRange(current.Items.Where(p => p.CreatedAt >= since && Matches(p)));
                bool olderFollow = current.Items.Count > 0 && current.Items.Min(p => p.CreatedAt) < since;
                token = string.IsNullOrEmpty(current.NextPageToken) ? null : current.NextPageToken;
                if (olderFollow || token == null) break;
            }
            return matches;
        }

        private bool Matches(Models.Pipeline pipeline)
        {
            if (!string.Equals(pipeline.Trigger?.Type, ApiTrigger, StringComparison.OrdinalIgnoreCase)) return false;
            if (_tag != null) { if (pipeline.Vcs?.Tag != _tag) return false; }
            else if (pipeline.Vcs?.Tag != null || pipeline.Vcs?.Branch != Branch) return false;
            return _parameters == null || pipeline.TriggerParameters == null
                || _parameters.All(sent => !pipeline.TriggerParameters.ContainsKey(sent.Key) || SameValue(pipeline.TriggerParameters[sent.Key], sent.Value));
        }

        /// <summary>A parameter as the listing shows it against the value sent; only the kinds -Parameters sends.</summary>
        private static bool SameValue(object? shown, JsonElement sent)
        {
            switch (sent.ValueKind)
            {
                case JsonValueKind.String: return shown is string text && text == sent.GetString();
                case JsonValueKind.True:
                case JsonValueKind.False: return shown is bool flag && flag == sent.GetBoolean();
                case JsonValueKind.Number:
                    return shown is IConvertible && !(shown is string) && !(shown is bool)
                        && Convert.ToDouble(shown, CultureInfo.InvariantCulture) == sent.GetDouble();
                default: return true;
            }
        }

        /// <summary>The branch the pipeline builds, when known: the given one, else the default branch once read.</summary>
        private string? Branch => _branch ?? _defaultBranch;

        private string What() =>
            _tag != null ? "tag " + _tag
            : _branch != null ? "branch " + _branch
            : _defaultBranch != null ? "the default branch " + _defaultBranch
            : "the default branch";

        private static string Reason(CircleApiException lost) =>
            lost.Category == ErrorCategory.OperationTimeout ? "it timed out" : "the connection broke before it was complete";

        private CircleApiException Unknown(CircleApiException lost, string? why)
        {
            string message = string.Format(CultureInfo.InvariantCulture,
                "The trigger of {0} ({1}) was sent, but its answer was lost ({2}). The pipeline MAY exist: {3} The trigger was not sent again, so check before triggering again.",
                _projectSlug, What(), Reason(lost),
                why ?? string.Format(CultureInfo.InvariantCulture, "none of your pipelines created since {0:u} matches it yet.", SentAt - ClockSkew));
            string? branch = Branch;
            string filter = _tag != null ? $" | Where-Object Tag -EQ '{Quote(_tag)}'" : branch != null ? $" | Where-Object Branch -EQ '{Quote(branch)}'" : string.Empty;
            return new CircleApiException("CircleApi.TriggerOutcomeUnknown", lost.Category, message, null, null, lost.Method, lost.Path, lost)
            {
                AnswerLost = true,
                RecommendedAction = $"List your latest pipelines of the project and look for it before triggering again: Get-CirclePipeline '{Quote(_projectSlug)}' -Mine -MaxPages 1{filter}",
            };
        }

        private static string Quote(string text) => text.Replace("'", "''");
    }
}
