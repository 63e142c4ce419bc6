using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.User
{
    /// <summary>Get-CircleUser: the signed-in user (GET /me) or users by id (GET /user/{id}).</summary>
    [Cmdlet(VerbsCommon.Get, "CircleUser", DefaultParameterSetName = MeSet)]
    [OutputType(typeof(Models.User))]
    [CircleApiOperation("getCurrentUser")]
    [CircleApiOperation("getUser")]
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
                ForItem("me", () => WriteObject(GetJson("me", UserJson.Default.User, "getCurrentUser")));
                return;
            }
            foreach (Guid id in Id)
                ForItem(id, () => WriteObject(GetJson("user/" + id.ToString("D"), UserJson.Default.User, "getUser")));
        }
    }
}
