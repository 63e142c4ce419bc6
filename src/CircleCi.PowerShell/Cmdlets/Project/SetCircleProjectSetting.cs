using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Project
{
    /// <summary>
    /// Set-CircleProjectSetting: changes a project's advanced settings (PATCH .../settings). Only the settings given
    /// are sent, so the others keep whatever they are.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CircleProjectSetting", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ProjectSettings))]
    [CircleApiOperation(nameof(ProjectApi.PatchProjectSettings))]
    public sealed class SetCircleProjectSettingCommand : CircleApiCmdlet
    {
        /// <summary>CircleCI allows at most this many branches in pr_only_branch_overrides.</summary>
        private const int MaxBranchOverrides = 100;
        private readonly ProjectAdvancedSettings _advanced = new ProjectAdvancedSettings();
        /// <summary>The document's names of the settings given, for -WhatIf and -Confirm.</summary>
        private readonly List<string> _changed = new List<string>();

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

        /// <summary>Each switch-like parameter: its name in the document and where it goes in the body. Only the bound
        /// ones are set, so the others stay null and are not sent.</summary>
        private static readonly (string Parameter, string JsonName, Action<ProjectAdvancedSettings, bool> Set)[] Settings =
        {
            ("AutocancelBuilds", "autocancel_builds", (s, v) => s.AutocancelBuilds = v),
            ("BuildForkPrs", "build_fork_prs", (s, v) => s.BuildForkPrs = v),
            ("BuildPrsOnly", "build_prs_only", (s, v) => s.BuildPrsOnly = v),
            ("DisableSsh", "disable_ssh", (s, v) => s.DisableSsh = v),
            ("ForksReceiveSecretEnvVars", "forks_receive_secret_env_vars", (s, v) => s.ForksReceiveSecretEnvVars = v),
            ("Oss", "oss", (s, v) => s.Oss = v),
            ("SetGithubStatus", "set_github_status", (s, v) => s.SetGithubStatus = v),
            ("SetupWorkflows", "setup_workflows", (s, v) => s.SetupWorkflows = v),
            ("WriteSettingsRequiresAdmin", "write_settings_requires_admin", (s, v) => s.WriteSettingsRequiresAdmin = v),
        };

        protected override void BeginProcessing()
        {
            foreach (var setting in Settings)
            {
                if (!MyInvocation.BoundParameters.TryGetValue(setting.Parameter, out object? value)) continue;
                setting.Set(_advanced, (bool)value);
                _changed.Add(setting.JsonName);
            }
            if (PrOnlyBranchOverrides != null)
            {
                _advanced.PrOnlyBranchOverrides = new ItemList<string>(PrOnlyBranchOverrides);
                _changed.Add("pr_only_branch_overrides");
            }
            if (_changed.Count == 0)
                ThrowInvalidArgument("CircleCi.NoSetting", "Give at least one setting to change, e.g. -AutocancelBuilds $true.", null);
        }

        protected override void ProcessRecord()
        {
            ForEachProject(ProjectSlug, (slug, normalized, display) =>
            {
                if (!ShouldProcess(display, "Change settings " + string.Join(", ", _changed))) return;
                ForItem(slug, () =>
                {
                    ProjectSettings settings = Run(api => api.Projects.PatchProjectSettingsAsync(normalized, _advanced));
                    settings.ProjectSlug = display;
                    if (PassThru) WriteObject(settings);
                });
            });
        }
    }
}
