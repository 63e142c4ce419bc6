using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;
using CircleCi.PowerShell.Cmdlets.Workflow;

namespace CircleCi.PowerShell.Cmdlets.Pipeline
{
    /// <summary>
    /// Invoke-CirclePipeline: triggers a pipeline for a branch or tag with typed parameters, through
    /// POST /project/{slug}/pipeline, or through the recommended POST .../pipeline/run when -DefinitionId is given
    /// (GitHub App and GitLab projects). Returns the created pipeline; with -Wait, waits and returns its workflows.
    /// A trigger whose answer was lost is looked for instead of sent again (<see cref="LostTriggerSearch"/>).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CirclePipeline", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = BranchSet)]
    [OutputType(typeof(Models.Pipeline), typeof(Models.Workflow))]
    [CircleApiOperation(nameof(PipelineApi.TriggerPipeline), Model = typeof(PipelineCreation))]
    [CircleApiOperation(nameof(PipelineApi.TriggerPipelineRun), Model = typeof(PipelineCreation))]
    [CircleApiOperation(nameof(PipelineApi.GetPipelineById), Model = typeof(Models.Pipeline))]
    [CircleApiOperation(nameof(PipelineApi.ListMyPipelines), Model = typeof(Models.Pipeline))]
    [CircleApiOperation(nameof(ProjectApi.GetProjectBySlug), Model = typeof(Models.Project))]
    public sealed class InvokeCirclePipelineCommand : WaitCmdletBase
    {
        private const string BranchSet = "Branch";
        private const string TagSet = "Tag";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        /// <summary>The branch to build (the project's default branch when neither -Branch nor -Tag is given).</summary>
        [Parameter(ParameterSetName = BranchSet, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(BranchCompleter))]
        [ValidateNotNullOrEmpty]
        public string? Branch { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = TagSet)]
        [ValidateNotNullOrEmpty]
        public string? Tag { get; set; }

        [Parameter]
        [Alias("Parameter")]
        public IDictionary? Parameters { get; set; }

        /// <summary>Use POST .../pipeline/run with this pipeline definition (Project Settings > Pipelines).</summary>
        [Parameter]
        public Guid? DefinitionId { get; set; }

        /// <summary>With -DefinitionId: the branch or tag to read the config from (default: -Branch / -Tag).</summary>
        [Parameter] [ValidateNotNullOrEmpty] public string? ConfigBranch { get; set; }
        [Parameter] [ValidateNotNullOrEmpty] public string? ConfigTag { get; set; }
        /// <summary>With -DefinitionId: the branch or tag the checkout step uses (default: -Branch / -Tag).</summary>
        [Parameter] [ValidateNotNullOrEmpty] public string? CheckoutBranch { get; set; }
        [Parameter] [ValidateNotNullOrEmpty] public string? CheckoutTag { get; set; }

        /// <summary>Wait for the pipeline's workflows to finish and return them instead of the pipeline.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        protected override void ProcessRecord()
        {
            string? slug = CheckSlug(ProjectSlug);
            if (slug == null) return;
            Dictionary<string, JsonElement>? parameters = null;
            if (Parameters != null)
            {
                parameters = PipelineParameters.From(Parameters, out string? error);
                if (error != null)
                {
                    WriteInvalidArgument("CircleCi.InvalidPipelineParameter", error, ProjectSlug);
                    return;
                }
            }
            if ((ConfigBranch != null && ConfigTag != null) || (CheckoutBranch != null && CheckoutTag != null))
            {
                WriteInvalidArgument("CircleCi.BranchAndTag", "A branch and a tag are mutually exclusive (for -Config* and -Checkout* alike).", ProjectSlug);
                return;
            }

            string what = Tag != null ? $"tag {Tag}" : Branch != null ? $"branch {Branch}" : "the default branch";
            if (!ShouldProcess($"{ProjectSlug} ({what})", "Trigger a CircleCI pipeline")) return;

            ForItem(ProjectSlug, () =>
            {
                Models.Pipeline? pipeline = DefinitionId.HasValue ? TriggerRun(slug, parameters) : Trigger(slug, parameters);
                if (pipeline == null) return;
                CurrentSession.Cache.Remember(SessionCache.ProjectSlugs, pipeline.ProjectSlug);
                if (!Wait)
                {
                    WriteObject(pipeline);
                    return;
                }
                WaitAndWrite(pipeline);
            });
        }

        private Models.Pipeline? Trigger(string slug, Dictionary<string, JsonElement>? parameters)
        {
            var body = new TriggerPipelineRequest { Branch = Branch, Tag = Tag, Parameters = parameters };
            var search = new LostTriggerSearch(ProjectSlug, slug, Branch, Tag, parameters);
            return Created(slug, search, api => api.Pipelines.TriggerPipelineAsync(slug, body));
        }

        private Models.Pipeline? TriggerRun(string slug, Dictionary<string, JsonElement>? parameters)
        {
            var body = new TriggerPipelineRunRequest
            {
                DefinitionId = DefinitionId!.Value,
                Config = Ref(ConfigBranch ?? (ConfigTag == null ? Branch : null), ConfigTag ?? (ConfigBranch == null ? Tag : null)),
                Checkout = Ref(CheckoutBranch ?? (CheckoutTag == null ? Branch : null), CheckoutTag ?? (CheckoutBranch == null ? Tag : null)),
                Parameters = parameters,
            };
            // The pipeline builds the checkout ref, else the config ref, else the project's default branch.
            GitReference? built = body.Checkout ?? body.Config;
            var search = new LostTriggerSearch(ProjectSlug, slug, built?.Branch, built?.Tag, parameters);
            return Created(slug, search, api => api.Pipelines.TriggerPipelineRunAsync(slug, body));
        }

        /// <summary>
        /// Sends the trigger once and returns the pipeline it made: read back by id, or, when the answer was lost after
        /// the trigger went out, found by <see cref="LostTriggerSearch"/>. Null when CircleCI decided to make none.
        /// </summary>
        private Models.Pipeline? Created(string slug, LostTriggerSearch search, Func<CircleApi, Task<PipelineCreation>> trigger)
        {
            search.SentAt = CurrentSession.ServerClock.Now;
            var (created, found) = Run<(PipelineCreation? Created, Models.Pipeline? Found)>(async api =>
            {
                try
                {
                    return (await trigger(api).ConfigureAwait(false), null);
                }
                catch (CircleApiException ex) when (ex.AnswerLost)
                {
                    return (null, await search.FindAsync(api, ex).ConfigureAwait(false));
                }
            });
            if (found != null) return found;
            if (created!.Id == Guid.Empty)
            {
                // The run endpoint answers 200 {"message"} when it decided not to create a pipeline.
                WriteWarning($"CircleCI created no pipeline for {ProjectSlug}: {created.Message}");
                return null;
            }
            WriteVerbose($"Triggered {ProjectSlug} pipeline #{created.Number} ({created.Id}).");
            return FetchCreated(created, slug);
        }

        private static GitReference? Ref(string? branch, string? tag)
        {
            if (branch == null && tag == null) return null;
            return tag != null ? new GitReference { Tag = tag } : new GitReference { Branch = branch };
        }

        /// <summary>The trigger answers only id/number/state; the full pipeline (vcs, trigger parameters) is one GET away.</summary>
        private Models.Pipeline FetchCreated(PipelineCreation created, string slug)
        {
            try
            {
                return Run(api => api.Pipelines.GetPipelineByIdAsync(created.Id));
            }
            catch (CircleApiException ex)
            {
                // The trigger succeeded: never fail (and invite a second trigger) because the read-back did.
                WriteWarning($"Pipeline #{created.Number} was created, but reading it back failed: {ex.Message}");
                return new Models.Pipeline { Id = created.Id, Number = created.Number, State = created.State, CreatedAt = created.CreatedAt, ProjectSlug = Uri.UnescapeDataString(slug) };
            }
        }
    }
}
