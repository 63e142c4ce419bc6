using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A project environment variable. CircleCI never returns the value: <see cref="Value"/> is masked ("xxxx" and the last four characters).</summary>
    public sealed class EnvironmentVariable
    {
        public string Name { get; set; } = string.Empty;
        /// <summary>The masked value, e.g. xxxx1234.</summary>
        public string Value { get; set; } = string.Empty;
        /// <summary>When it was created (older variables have none). The document gives no type; CircleCI writes it
        /// "#joda/inst 2023-04-14T21:20:14+0000", which is read as that date; a value that is no date leaves it empty.</summary>
        [JsonPropertyName("created-at")] public DateTimeOffset? CreatedAt { get; set; }

        /// <summary>The project it belongs to (set by the cmdlet; not part of the answer).</summary>
        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;

        public override string ToString() => Name;
    }

    /// <summary>An SSH key CircleCI checks out a project's code with.</summary>
    public sealed class CheckoutKey
    {
        [JsonPropertyName("public-key")] public string PublicKey { get; set; } = string.Empty;
        /// <summary>deploy-key or github-user-key.</summary>
        public string Type { get; set; } = string.Empty;
        /// <summary>MD5 (aa:bb:..) by default, SHA256:... with -Digest sha256.</summary>
        public string Fingerprint { get; set; } = string.Empty;
        /// <summary>Whether CircleCI uses this key when a project has several.</summary>
        public bool Preferred { get; set; }
        [JsonPropertyName("created-at")] public DateTimeOffset CreatedAt { get; set; }

        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;

        public override string ToString() => Fingerprint;
    }

    /// <summary>A project's advanced settings (GET/PATCH /project/{provider}/{org}/{project}/settings).</summary>
    public sealed class ProjectSettings
    {
        [JsonInclude] internal ProjectAdvancedSettings Advanced { get; set; } = new ProjectAdvancedSettings();

        // The settings flattened: one object with one column per setting exports and compares directly.
        [JsonIgnore] public bool? AutocancelBuilds => Advanced.AutocancelBuilds;
        [JsonIgnore] public bool? BuildForkPrs => Advanced.BuildForkPrs;
        [JsonIgnore] public bool? BuildPrsOnly => Advanced.BuildPrsOnly;
        [JsonIgnore] public bool? DisableSsh => Advanced.DisableSsh;
        [JsonIgnore] public bool? ForksReceiveSecretEnvVars => Advanced.ForksReceiveSecretEnvVars;
        [JsonIgnore] public bool? Oss => Advanced.Oss;
        [JsonIgnore] public bool? SetGithubStatus => Advanced.SetGithubStatus;
        [JsonIgnore] public bool? SetupWorkflows => Advanced.SetupWorkflows;
        [JsonIgnore] public bool? WriteSettingsRequiresAdmin => Advanced.WriteSettingsRequiresAdmin;
        [JsonIgnore] public ItemList<string>? PrOnlyBranchOverrides => Advanced.PrOnlyBranchOverrides;

        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;

        public override string ToString() => ProjectSlug;
    }

    /// <summary>Project Settings > Advanced. Null means CircleCI did not report the setting.</summary>
    public sealed class ProjectAdvancedSettings
    {
        public bool? AutocancelBuilds { get; set; }
        public bool? BuildForkPrs { get; set; }
        public bool? BuildPrsOnly { get; set; }
        public bool? DisableSsh { get; set; }
        public bool? ForksReceiveSecretEnvVars { get; set; }
        public bool? Oss { get; set; }
        public bool? SetGithubStatus { get; set; }
        public bool? SetupWorkflows { get; set; }
        public bool? WriteSettingsRequiresAdmin { get; set; }
        public ItemList<string>? PrOnlyBranchOverrides { get; set; }
    }
}
