using System;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private ContextApi? _contexts;
        public ContextApi Contexts => _contexts ??= new ContextApi(this);
    }

    /// <summary>The Context operations of openapi-v2.json.</summary>
    public sealed class ContextApi
    {
        internal static readonly ApiRoute ListContexts = ApiRoute.Get("listContexts", "/context");
        internal static readonly ApiRoute CreateContext = ApiRoute.Post("createContext", "/context");
        internal static readonly ApiRoute GetContext = ApiRoute.Get("getContext", "/context/{context_id}");
        internal static readonly ApiRoute DeleteContext = ApiRoute.Delete("deleteContext", "/context/{context_id}");
        internal static readonly ApiRoute ListEnvironmentVariablesFromContext =
            ApiRoute.Get("listEnvironmentVariablesFromContext", "/context/{context_id}/environment-variable");
        internal static readonly ApiRoute AddEnvironmentVariableToContext =
            ApiRoute.Put("addEnvironmentVariableToContext", "/context/{context_id}/environment-variable/{env_var_name}");
        internal static readonly ApiRoute DeleteEnvironmentVariableFromContext =
            ApiRoute.Delete("deleteEnvironmentVariableFromContext", "/context/{context_id}/environment-variable/{env_var_name}");
        internal static readonly ApiRoute GetContextRestrictions = ApiRoute.Get("getContextRestrictions", "/context/{context_id}/restrictions");
        internal static readonly ApiRoute CreateContextRestriction = ApiRoute.Post("createContextRestriction", "/context/{context_id}/restrictions");
        internal static readonly ApiRoute DeleteContextRestriction =
            ApiRoute.Delete("deleteContextRestriction", "/context/{context_id}/restrictions/{restriction_id}");

        private readonly CircleApi _api;

        internal ContextApi(CircleApi api) => _api = api;

        /// <summary>An owner's contexts: by <paramref name="ownerSlug"/> (an organization), or by <paramref name="ownerId"/>
        /// with <paramref name="ownerType"/> (organization or account).</summary>
        public Task<PagedResponse<Context>> ListContextsAsync(Guid? ownerId = null, string? ownerSlug = null, string? ownerType = null,
            string? pageToken = null) =>
            _api.CallAsync(ListContexts.Path().Query("owner-id", ownerId?.ToString("D")).Query("owner-slug", ownerSlug)
                .Query("owner-type", ownerType).Query("page-token", pageToken), ContextJson.Default.PagedResponseContext);

        public Task<Context> CreateContextAsync(CreateContextRequest body) =>
            _api.CallAsync(CreateContext.Path(), body, ContextRequestJson.Default.CreateContextRequest, ContextJson.Default.Context);

        public Task<Context> GetContextAsync(Guid contextId) =>
            _api.CallAsync(GetContext.Path(contextId), ContextJson.Default.Context);

        public Task<MessageResponse> DeleteContextAsync(Guid contextId) =>
            _api.CallAsync(DeleteContext.Path(contextId), CommonJson.Default.MessageResponse);

        public Task<PagedResponse<ContextVariable>> ListEnvironmentVariablesFromContextAsync(Guid contextId, string? pageToken = null) =>
            _api.CallAsync(ListEnvironmentVariablesFromContext.Path(contextId).Query("page-token", pageToken),
                ContextJson.Default.PagedResponseContextVariable);

        /// <summary>The value is a secret: it is redacted from -Debug output and error texts.</summary>
        public Task<ContextVariable> AddEnvironmentVariableToContextAsync(Guid contextId, string name, string value) =>
            _api.CallAsync(AddEnvironmentVariableToContext.Path(contextId, name), new ContextVariableValueRequest { Value = value },
                ContextRequestJson.Default.ContextVariableValueRequest, ContextJson.Default.ContextVariable, secrets: new[] { value });

        public Task<MessageResponse> DeleteEnvironmentVariableFromContextAsync(Guid contextId, string name) =>
            _api.CallAsync(DeleteEnvironmentVariableFromContext.Path(contextId, name), CommonJson.Default.MessageResponse);

        /// <summary>The document declares no page-token here, but the answer carries next_page_token: it is sent back
        /// when CircleCI gives one, as for every other list.</summary>
        public Task<PagedResponse<ContextRestriction>> GetContextRestrictionsAsync(Guid contextId, string? pageToken = null) =>
            _api.CallAsync(GetContextRestrictions.Path(contextId).Query("page-token", pageToken), ContextJson.Default.PagedResponseContextRestriction);

        public Task<ContextRestriction> CreateContextRestrictionAsync(Guid contextId, CreateContextRestrictionRequest body) =>
            _api.CallAsync(CreateContextRestriction.Path(contextId), body, ContextRequestJson.Default.CreateContextRestrictionRequest,
                ContextJson.Default.ContextRestriction);

        public Task<MessageResponse> DeleteContextRestrictionAsync(Guid contextId, Guid restrictionId) =>
            _api.CallAsync(DeleteContextRestriction.Path(contextId, restrictionId), CommonJson.Default.MessageResponse);
    }
}
