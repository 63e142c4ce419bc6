using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Api
{
    public sealed partial class CircleApi
    {
        private UserApi? _users;
        public UserApi Users => _users ??= new UserApi(this);
    }

    /// <summary>The User operations of openapi-v2.json.</summary>
    public sealed class UserApi
    {
        internal static readonly ApiRoute GetCurrentUser = ApiRoute.Get("getCurrentUser", "/me");
        internal static readonly ApiRoute GetCollaborations = ApiRoute.Get("getCollaborations", "/me/collaborations");
        internal static readonly ApiRoute GetUser = ApiRoute.Get("getUser", "/user/{id}");

        private readonly CircleApi _api;

        internal UserApi(CircleApi api) => _api = api;

        /// <summary>The user the token belongs to.</summary>
        public Task<User> GetCurrentUserAsync() =>
            _api.CallAsync(GetCurrentUser.Path(), UserJson.Default.User);

        /// <summary>The organizations the token's user belongs to.</summary>
        public Task<List<Collaboration>> GetCollaborationsAsync() =>
            _api.CallAsync(GetCollaborations.Path(), UserJson.Default.ListCollaboration);

        public Task<User> GetUserAsync(Guid id) =>
            _api.CallAsync(GetUser.Path(id), UserJson.Default.User);
    }
}
