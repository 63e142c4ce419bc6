using System;
using System.Globalization;

namespace CircleCi.PowerShell.Core.Hosting
{
    /// <summary>Links to CircleCI's web app: app.circleci.com for circleci.com, the install's own host for a server.</summary>
    internal sealed class WebLinks
    {
        private readonly string _root;

        public WebLinks(string apiUrl)
        {
            var uri = new Uri(apiUrl.TrimEnd('/') + "/");
            _root = uri.Host.Equals("circleci.com", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("api.circleci.com", StringComparison.OrdinalIgnoreCase)
                ? "https://app.circleci.com"
                : uri.GetLeftPart(UriPartial.Authority);
        }

        /// <summary>The web app's slug: gh and bb are spelled out (github/acme/api).</summary>
        internal static string WebSlug(string slug)
        {
            string[] parts = slug.Split('/');
            if (parts.Length < 3) return slug;
            parts[0] = parts[0] switch { "gh" => "github", "bb" => "bitbucket", _ => parts[0] };
            return string.Join("/", parts);
        }

        public string Pipeline(string slug, long number) =>
            $"{_root}/pipelines/{WebSlug(slug)}/{number.ToString(CultureInfo.InvariantCulture)}";

        public string Workflow(string slug, long pipelineNumber, Guid workflowId) => $"{Pipeline(slug, pipelineNumber)}/workflows/{workflowId:D}";

        public string Job(string slug, long pipelineNumber, Guid workflowId, long? jobNumber) =>
            jobNumber.HasValue ? $"{Workflow(slug, pipelineNumber, workflowId)}/jobs/{jobNumber.Value.ToString(CultureInfo.InvariantCulture)}" : Workflow(slug, pipelineNumber, workflowId);
    }
}
