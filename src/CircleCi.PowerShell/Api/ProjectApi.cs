using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private ProjectApi? _projects;
        public ProjectApi Projects => _projects ??= new ProjectApi(this);
    }

    /// <summary>
    /// The Project operations of openapi-v2.json. createProject makes a project in an organization by name
    /// (POST /organization/{org-slug-or-id}/project); createProject1 sets up an existing GitHub OAuth or Bitbucket
    /// repository as a project (POST /project/{provider}/{organization}/{project}).
    /// </summary>
    public sealed class ProjectApi
    {
        internal static readonly ApiRoute CreateProject = ApiRoute.Post("createProject", "/organization/{org-slug-or-id}/project");
        internal static readonly ApiRoute GetProjectBySlug = ApiRoute.Get("getProjectBySlug", "/project/{project-slug}");
        internal static readonly ApiRoute DeleteProjectBySlug = ApiRoute.Delete("deleteProjectBySlug", "/project/{project-slug}");
        internal static readonly ApiRoute ListCheckoutKeys = ApiRoute.Get("listCheckoutKeys", "/project/{project-slug}/checkout-key");
        internal static readonly ApiRoute CreateCheckoutKey = ApiRoute.Post("createCheckoutKey", "/project/{project-slug}/checkout-key");
        internal static readonly ApiRoute GetCheckoutKey = ApiRoute.Get("getCheckoutKey", "/project/{project-slug}/checkout-key/{fingerprint}");
        internal static readonly ApiRoute DeleteCheckoutKey = ApiRoute.Delete("deleteCheckoutKey", "/project/{project-slug}/checkout-key/{fingerprint}");
        internal static readonly ApiRoute ListEnvVars = ApiRoute.Get("listEnvVars", "/project/{project-slug}/envvar");
        internal static readonly ApiRoute CreateEnvVar = ApiRoute.Post("createEnvVar", "/project/{project-slug}/envvar");
        internal static readonly ApiRoute GetEnvVar = ApiRoute.Get("getEnvVar", "/project/{project-slug}/envvar/{name}");
        internal static readonly ApiRoute DeleteEnvVar = ApiRoute.Delete("deleteEnvVar", "/project/{project-slug}/envvar/{name}");
        internal static readonly ApiRoute CreateProject1 = ApiRoute.Post("createProject1", "/project/{provider}/{organization}/{project}");
        internal static readonly ApiRoute GetProjectSettings = ApiRoute.Get("getProjectSettings", "/project/{provider}/{organization}/{project}/settings");
        internal static readonly ApiRoute PatchProjectSettings = ApiRoute.Patch("patchProjectSettings", "/project/{provider}/{organization}/{project}/settings");

        private readonly CircleApi _api;

        internal ProjectApi(CircleApi api) => _api = api;

        /// <summary>A new project named <paramref name="name"/> in an organization given by slug (gh/acme, circleci/&lt;id&gt;) or id.</summary>
        public Task<Project> CreateProjectAsync(string orgSlugOrId, string name) =>
            _api.CallAsync(CreateProject.Path(orgSlugOrId), new CreateProjectRequest { Name = name }, ProjectRequestJson.Default.CreateProjectRequest,
                ProjectJson.Default.Project);

        public Task<Project> GetProjectBySlugAsync(string projectSlug) =>
            _api.CallAsync(GetProjectBySlug.Path(projectSlug), ProjectJson.Default.Project);

        public Task<MessageResponse> DeleteProjectBySlugAsync(string projectSlug) =>
            _api.CallAsync(DeleteProjectBySlug.Path(projectSlug), CommonJson.Default.MessageResponse);

        /// <summary><paramref name="digest"/>: md5 or sha256. The document declares no page-token here, but the answer
        /// carries next_page_token: it is sent back when CircleCI gives one, as for every other list.</summary>
        public Task<PagedResponse<CheckoutKey>> ListCheckoutKeysAsync(string projectSlug, string? digest = null, string? pageToken = null) =>
            _api.CallAsync(ListCheckoutKeys.Path(projectSlug).Query("digest", digest).Query("page-token", pageToken),
                ProjectJson.Default.PagedResponseCheckoutKey);

        /// <summary><paramref name="type"/>: deploy-key or user-key.</summary>
        public Task<CheckoutKey> CreateCheckoutKeyAsync(string projectSlug, string type) =>
            _api.CallAsync(CreateCheckoutKey.Path(projectSlug), new CreateCheckoutKeyRequest { Type = type },
                ProjectRequestJson.Default.CreateCheckoutKeyRequest, ProjectJson.Default.CheckoutKey);

        public Task<CheckoutKey> GetCheckoutKeyAsync(string projectSlug, string fingerprint) =>
            _api.CallAsync(GetCheckoutKey.Path(projectSlug, fingerprint), ProjectJson.Default.CheckoutKey);

        public Task<MessageResponse> DeleteCheckoutKeyAsync(string projectSlug, string fingerprint) =>
            _api.CallAsync(DeleteCheckoutKey.Path(projectSlug, fingerprint), CommonJson.Default.MessageResponse);

        /// <summary>Values come back masked. The document declares no page-token here, but the answer carries
        /// next_page_token: it is sent back when CircleCI gives one, as for every other list.</summary>
        public Task<PagedResponse<EnvironmentVariable>> ListEnvVarsAsync(string projectSlug, string? pageToken = null) =>
            _api.CallAsync(ListEnvVars.Path(projectSlug).Query("page-token", pageToken), ProjectJson.Default.PagedResponseEnvironmentVariable);

        /// <summary>Adds or replaces a variable. The value is a secret: it is redacted from -Debug output and error texts.</summary>
        public Task<EnvironmentVariable> CreateEnvVarAsync(string projectSlug, string name, string value) =>
            _api.CallAsync(CreateEnvVar.Path(projectSlug), new CreateEnvVarRequest { Name = name, Value = value },
                ProjectRequestJson.Default.CreateEnvVarRequest, ProjectJson.Default.EnvironmentVariable, secrets: new[] { value });

        public Task<EnvironmentVariable> GetEnvVarAsync(string projectSlug, string name) =>
            _api.CallAsync(GetEnvVar.Path(projectSlug, name), ProjectJson.Default.EnvironmentVariable);

        public Task<MessageResponse> DeleteEnvVarAsync(string projectSlug, string name) =>
            _api.CallAsync(DeleteEnvVar.Path(projectSlug, name), CommonJson.Default.MessageResponse);

        /// <summary>Sets up a GitHub OAuth or Bitbucket repository as a project; answers with its settings.</summary>
        public Task<ProjectSettings> CreateProject1Async(string projectSlug) =>
            _api.CallAsync(CreateProject1.Path(ProjectSlugParts.From(projectSlug)), ProjectJson.Default.ProjectSettings);

        public Task<ProjectSettings> GetProjectSettingsAsync(string projectSlug) =>
            _api.CallAsync(GetProjectSettings.Path(ProjectSlugParts.From(projectSlug)), ProjectJson.Default.ProjectSettings);

        /// <summary>Only the settings that are set (not null) in <paramref name="advanced"/> are sent; the others keep their values.</summary>
        public Task<ProjectSettings> PatchProjectSettingsAsync(string projectSlug, ProjectAdvancedSettings advanced) =>
            _api.CallAsync(PatchProjectSettings.Path(ProjectSlugParts.From(projectSlug)), new PatchProjectSettingsRequest { Advanced = advanced },
                ProjectRequestJson.Default.PatchProjectSettingsRequest, ProjectJson.Default.ProjectSettings);
    }
}
