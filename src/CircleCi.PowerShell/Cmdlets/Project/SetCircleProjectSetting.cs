using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>
    /// Set-CircleProjectSetting: changes a project's advanced settings (PATCH .../settings). Only the settings given
    /// are sent, so the others keep whatever they are.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CircleProjectSetting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ProjectSettings))]
    [CircleApiOperation("patchProjectSettings")]
    public sealed class SetCircleProjectSettingCommand : CircleApiCmdlet
    {
        /// <summary>CircleCI allows at most this many branches in pr_only_branch_overrides.</summary>
        private const int MaxBranchOverrides = 100;
        private JsonObject _advanced = new JsonObject();

        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string[] ProjectSlug { get; set; } = Array.Empty<string>();

        [Parameter] public bool AutocancelBuilds { get; set; }
        [Parameter] public bool BuildForkPrs { get; set; }
        [Parameter] public bool BuildPrsOnly { get; set; }
        [Parameter] public bool DisableSsh { get; set; }
        [Parameter] public bool ForksReceiveSecretEnvVars { get; set; }
        [Parameter] public bool Oss { get; set; }
        [Parameter] public bool SetGithubStatus { get; set; }
        [Parameter] public bool SetupWorkflows { get; set; }
        [Parameter] public bool WriteSettingsRequiresAdmin { get; set; }

        /// <summary>With -BuildPrsOnly: branches that build on every push anyway (at most 100).</summary>
        [Parameter]
        [ValidateCount(1, MaxBranchOverrides)]
        public string[]? PrOnlyBranchOverrides { get; set; }

        /// <summary>Write the settings as they are after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private static readonly Dictionary<string, string> JsonNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["AutocancelBuilds"] = "autocancel_builds", ["BuildForkPrs"] = "build_fork_prs", ["BuildPrsOnly"] = "build_prs_only",
            ["DisableSsh"] = "disable_ssh", ["ForksReceiveSecretEnvVars"] = "forks_receive_secret_env_vars", ["Oss"] = "oss",
            ["SetGithubStatus"] = "set_github_status", ["SetupWorkflows"] = "setup_workflows",
            ["WriteSettingsRequiresAdmin"] = "write_settings_requires_admin",
        };

        protected override void BeginProcessing()
        {
            foreach (var pair in JsonNames)
                if (MyInvocation.BoundParameters.TryGetValue(pair.Key, out object? value)) _advanced[pair.Value] = (bool)value;
            if (PrOnlyBranchOverrides != null)
                _advanced["pr_only_branch_overrides"] = new JsonArray(PrOnlyBranchOverrides.Select(b => (JsonNode?)JsonValue.Create(b)).ToArray());
            if (_advanced.Count == 0)
                ThrowInvalidArgument("CircleCi.NoSetting", "Give at least one setting to change, e.g. -AutocancelBuilds $true.", null);
        }

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                if (!ShouldProcess(display, "Change settings " + string.Join(", ", _advanced.Select(p => p.Key)))) return;
                ForItem(slug, () =>
                {
                    var body = new JsonObject { ["advanced"] = _advanced.DeepClone() };
                    var settings = SendJson(new HttpMethod("PATCH"), $"project/{normalized}/settings", body, ProjectJson.Default.ProjectSettings, "patchProjectSettings");
                    settings.ProjectSlug = display;
                    if (PassThru) WriteObject(settings);
                });
            });
        }
    }
}
