using System.Collections;
using System.IO;
using System.Management.Automation;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Policy
{
    /// <summary>
    /// Test-CirclePolicyDecision: has CircleCI judge a config (and metadata) against the owner's stored policies
    /// (MakeDecision). Nothing is stored, but it is a POST, so -WhatIf is honoured.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "CirclePolicyDecision", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low, DefaultParameterSetName = PathSet)]
    [OutputType(typeof(PolicyDecision))]
    [CircleApiOperation(nameof(PolicyApi.MakeDecision))]
    public sealed class TestCirclePolicyDecisionCommand : PolicyCmdlet
    {
        private const string PathSet = "Path";
        private const string ContentSet = "Content";

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = PathSet, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = System.Array.Empty<string>();

        [Parameter(Mandatory = true, ParameterSetName = ContentSet)]
        [ValidateNotNullOrEmpty]
        public string Content { get; set; } = string.Empty;

        [Parameter]
        public IDictionary? Metadata { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ContentSet)
            {
                Decide(Content, null);
                return;
            }
            foreach (string path in Path)
            {
                string resolved = GetUnresolvedProviderPathFromPSPath(path);
                if (!File.Exists(resolved))
                {
                    WriteError(new ErrorRecord(new FileNotFoundException($"Config file '{path}' not found.", resolved),
                        "CircleCi.ConfigurationNotFound", ErrorCategory.ObjectNotFound, path));
                    continue;
                }
                Decide(File.ReadAllText(resolved), resolved);
            }
        }

        private void Decide(string input, string? path)
        {
            if (string.IsNullOrWhiteSpace(input))
            {
                WriteInvalidArgument("CircleCi.EmptyPolicyInput", $"The config {(path == null ? "given" : "in '" + path + "'")} is empty; there is nothing to judge.", path ?? (object)input);
                return;
            }
            var body = new MakeDecisionRequest { Input = input };
            if (Metadata != null)
            {
                body.Metadata = PolicyMetadata.ToJson(Metadata, "Metadata", out string? error);
                if (error != null)
                {
                    ThrowInvalidArgument("CircleCi.InvalidPolicyMetadata", error, Metadata);
                    return;
                }
            }
            if (!ShouldProcess(path ?? "config input", $"Judge against the {Context} policies of {OwnerId}")) return;
            ForItem(path ?? OwnerId, () =>
            {
                PolicyDecision decision = Scoped(Run(api => api.Policies.MakeDecisionAsync(OwnerId, Context, body)));
                decision.Path = path;
                WriteObject(decision);
            });
        }
    }
}
