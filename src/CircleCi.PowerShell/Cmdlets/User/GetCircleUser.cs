using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;

namespace CircleCi.PowerShell.Cmdlets.User
{
    /// <summary>Get-CircleUser: the signed-in user (GET /me) or users by id (GET /user/{id}).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleUser", DefaultParameterSetName = MeSet)]
    [OutputType(typeof(Models.User))]
    [CircleApiOperation(nameof(UserApi.GetCurrentUser))]
    [CircleApiOperation(nameof(UserApi.GetUser))]
    public sealed class GetCircleUserCommand : CircleApiCmdlet
    {
        private const string MeSet = "Me";
        private const string IdSet = "ById";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("UserId")]
        public Guid[] Id { get; set; } = Array.Empty<Guid>();

        protected override void ProcessRecord()
        {
            if (ParameterSetName == MeSet)
            {
                ForItem("me", () => WriteObject(Run(api => api.Users.GetCurrentUserAsync())));
                return;
            }
            foreach (Guid id in Id)
                ForItem(id, () => WriteObject(Run(api => api.Users.GetUserAsync(id))));
        }
    }
}
