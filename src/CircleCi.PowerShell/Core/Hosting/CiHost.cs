using System;

namespace CircleCi.PowerShell.Core.Hosting
{
    /// <summary>The CI systems whose step output the module speaks.</summary>
    public enum CiHostKind
    {
        /// <summary>A terminal or any other host: nothing of the integration is written.</summary>
        None,
        GitHubActions,
        AzureDevOps,
    }

    /// <summary>
    /// Which CI host a step runs in. GitHub Actions sets GITHUB_ACTIONS=true, Azure Pipelines TF_BUILD=True. The
    /// session's <see cref="CircleSession.CiHost"/> (Auto by default), then the CIRCLECI_PS_CI_HOST environment variable
    /// (Off, Auto, GitHubActions or AzureDevOps), turn the integration off or force a host.
    /// </summary>
    public static class CiHost
    {
        public const string SettingVariable = "CIRCLECI_PS_CI_HOST";
        public const string Auto = "Auto", Off = "Off";

        /// <summary>The host for a session setting (Auto, Off, GitHubActions, AzureDevOps; null = Auto) and environment.</summary>
        public static CiHostKind Detect(string? setting, Func<string, string?> environment)
        {
            CiHostKind? chosen = Parse(setting);
            if (chosen.HasValue) return chosen.Value;
            chosen = Parse(environment(SettingVariable));
            if (chosen.HasValue) return chosen.Value;
            if (string.Equals(environment("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase)) return CiHostKind.GitHubActions;
            if (string.Equals(environment("TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase)) return CiHostKind.AzureDevOps;
            return CiHostKind.None;
        }

        /// <summary>The host the process runs in now, for a session (its setting first).</summary>
        public static CiHostKind Detect(CircleSession? session) => Detect(session?.CiHost, Environment.GetEnvironmentVariable);

        /// <summary>A setting's host, or null for Auto (detect). Unknown values are refused by <see cref="IsValidSetting"/>.</summary>
        internal static CiHostKind? Parse(string? setting)
        {
            if (string.IsNullOrWhiteSpace(setting)) return null;
            switch (setting!.Trim().ToLowerInvariant())
            {
                case "off": case "none": case "false": case "0": return CiHostKind.None;
                case "githubactions": case "github": return CiHostKind.GitHubActions;
                case "azuredevops": case "azure": case "azurepipelines": return CiHostKind.AzureDevOps;
                default: return null; // "auto" and anything unknown: detect
            }
        }

        internal static bool IsValidSetting(string? setting) =>
            string.IsNullOrWhiteSpace(setting) || Parse(setting).HasValue || string.Equals(setting!.Trim(), Auto, StringComparison.OrdinalIgnoreCase);

        /// <summary>The writer for a host, or null in a terminal.</summary>
        internal static CiHostWriter? Writer(CiHostKind kind, Action<string> writeLine, Func<string, string?> environment) => kind switch
        {
            CiHostKind.GitHubActions => new GitHubActionsWriter(writeLine, environment),
            CiHostKind.AzureDevOps => new AzureDevOpsWriter(writeLine, environment),
            _ => null,
        };
    }
}
