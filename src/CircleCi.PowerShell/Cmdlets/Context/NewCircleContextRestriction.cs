using System;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Context
{
    /// <summary>
    /// New-CircleContextRestriction: limits who may use a context (POST /context/{id}/restrictions): a project (by id,
    /// or by slug, looked up first), an expression on pipeline values, or a group.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "CircleContextRestriction", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ValueSet)]
    [OutputType(typeof(ContextRestriction))]
    [CircleApiOperation(nameof(ContextApi.CreateContextRestriction))]
    [CircleApiOperation(nameof(ProjectApi.GetProjectBySlug), Model = typeof(Models.Project))]
    public sealed class NewCircleContextRestrictionCommand : CircleApiCmdlet
    {
        private const string ValueSet = "ByValue";
        private const string ProjectSet = "ByProjectSlug";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        public Guid ContextId { get; set; }

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ValueSet)]
        [ValidateSet("project", "expression", "group")]
        [Alias("RestrictionType")]
        public string Type { get; set; } = string.Empty;

        /// <summary>A project id, an expression (e.g. pipeline.git.branch == "main") or a group id.</summary>
        [Parameter(Mandatory = true, Position = 2, ParameterSetName = ValueSet)]
        [Alias("RestrictionValue")]
        [ValidateNotNullOrEmpty]
        public string Value { get; set; } = string.Empty;

        /// <summary>A project restriction by slug: the project's id is looked up first.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ProjectSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        protected override void BeginProcessing()
        {
            if (ParameterSetName == ValueSet && Type != "expression" && !Guid.TryParse(Value, out _))
                ThrowInvalidArgument("CircleCi.InvalidRestrictionValue", $"A {Type} restriction's value is the {Type}'s id (a GUID); '{Value}' is not one.", Value);
        }

        protected override void ProcessRecord()
        {
            string? slug = ParameterSetName == ProjectSet ? CheckSlug(ProjectSlug) : null;
            if (ParameterSetName == ProjectSet && slug == null) return;
            string what = slug != null ? "project " + ProjectSlug : $"{Type} {Value}";
            if (!ShouldProcess($"context {ContextId}", "Restrict to " + what)) return;
            Guid contextId = ContextId;
            var body = new CreateContextRestrictionRequest { RestrictionType = slug != null ? "project" : Type, RestrictionValue = Value };
            ForItem(contextId, () =>
            {
                ContextRestriction created = Run(async api =>
                {
                    // A project restriction's value is the project's id.
                    if (slug != null) body.RestrictionValue = (await api.Projects.GetProjectBySlugAsync(slug).ConfigureAwait(false)).Id.ToString("D");
                    return await api.Contexts.CreateContextRestrictionAsync(contextId, body).ConfigureAwait(false);
                });
                created.ContextId = contextId;
                WriteObject(created);
            });
        }
    }
}
