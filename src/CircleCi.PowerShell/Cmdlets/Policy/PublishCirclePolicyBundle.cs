using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>
    /// Publish-CirclePolicyBundle: replaces the owner's policy bundle with the .rego files of a folder or a hashtable
    /// (CreatePolicyBundle). Policies left out are deleted, hence ConfirmImpact High; -DryRun only answers the diff.
    /// </summary>
    [Cmdlet(VerbsData.Publish, "CirclePolicyBundle", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = PathSet)]
    [OutputType(typeof(PolicyBundleDiff))]
    [CircleApiOperation(nameof(PolicyApi.CreatePolicyBundle))]
    public sealed class PublishCirclePolicyBundleCommand : PolicyCmdlet
    {
        private const string PathSet = "Path";
        private const string PolicySet = "Policy";

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = PathSet)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = string.Empty;

        [Parameter(Mandatory = true, ParameterSetName = PolicySet)]
        public IDictionary Policy { get; set; } = new Hashtable();

        [Parameter]
        public SwitchParameter DryRun { get; set; }

        protected override void ProcessRecord()
        {
            Dictionary<string, string> policies = ParameterSetName == PathSet ? ReadFolder() : FromTable();
            string target = $"policy bundle of {OwnerId}/{Context}";
            // A dry run changes nothing, so it does not ask; -WhatIf still sends nothing.
            bool send = DryRun && !WhatIfRequested()
                || ShouldProcess(target, DryRun ? "Compare with a dry run" : $"Replace with {policies.Count} policies ({string.Join(", ", policies.Select(p => p.Key))})");
            if (!send) return;
            var body = new CreatePolicyBundleRequest { Policies = policies };
            bool? dry = DryRun ? true : null;
            ForItem(OwnerId, () =>
            {
                PolicyBundleDiff diff = Scoped(Run(api => api.Policies.CreatePolicyBundleAsync(OwnerId, Context, body, dry)));
                diff.DryRun = DryRun;
                WriteObject(diff);
            });
        }

        private bool WhatIfRequested() =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out object? value)
                ? value is SwitchParameter sw && sw.IsPresent
                : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));

        /// <summary>Every *.rego file under the folder except OPA tests (*_test.rego), named by relative path without .rego.</summary>
        private Dictionary<string, string> ReadFolder()
        {
            string folder = GetUnresolvedProviderPathFromPSPath(Path);
            if (!Directory.Exists(folder))
                ThrowTerminatingError(new ErrorRecord(new DirectoryNotFoundException($"Policy folder '{Path}' not found."),
                    "CircleCi.PolicyFolderNotFound", ErrorCategory.ObjectNotFound, Path));
            var files = Directory.GetFiles(folder, "*.rego", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith("_test.rego", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, StringComparer.Ordinal).ToList();
            if (files.Count == 0)
                ThrowInvalidArgument("CircleCi.NoPolicyFiles", $"The folder '{Path}' has no .rego files; publishing an empty bundle would delete every policy (use -Policy @{{}} for that).", Path);
            var policies = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (string file in files)
            {
                string name = file.Substring(folder.Length).TrimStart('/', '\\').Replace('\\', '/');
                policies[name.Substring(0, name.Length - ".rego".Length)] = File.ReadAllText(file);
            }
            return policies;
        }

        private Dictionary<string, string> FromTable()
        {
            var policies = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in Policy)
            {
                string name = Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
                object? value = entry.Value is PSObject ps ? ps.BaseObject : entry.Value;
                if (name.Length == 0 || !(value is string content) || string.IsNullOrWhiteSpace(content))
                {
                    ThrowInvalidArgument("CircleCi.InvalidPolicy", $"Policy '{name}' must be a name with Rego source text; it is {(value == null ? "empty" : value.GetType().Name)}.", entry.Key);
                    return policies;
                }
                policies[name] = content;
            }
            return policies;
        }
    }
}
