using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Security;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>
    /// What Set-CircleEnvironmentVariable and Set-CircleContextVariable share: -Name/-Value or a -Variable hashtable,
    /// with every name checked before the first request so a typo never leaves half the variables set.
    /// </summary>
    public abstract class SetVariableCmdletBase : CircleApiCmdlet
    {
        protected const string OneSet = "One";
        protected const string ManySet = "Many";

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = OneSet)]
        public string Name { get; set; } = string.Empty;

        [Parameter(Mandatory = true, Position = 2, ParameterSetName = OneSet)]
        [SecureStringTransformation]
        public SecureString? Value { get; set; }

        /// <summary>Many variables at once: names to values (strings or SecureStrings).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ManySet)]
        [Alias("Variables")]
        public IDictionary? Variable { get; set; }

        /// <summary>Write each variable as CircleCI stored it (value masked or absent).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>The (name, value) pairs to set, in name order.</summary>
        internal List<KeyValuePair<string, SecureString>> Variables { get; private set; } = new List<KeyValuePair<string, SecureString>>();

        protected override void BeginProcessing()
        {
            if (ParameterSetName == ManySet)
            {
                Variables = SecretInput.FromDictionary(Variable!, out string? error) ?? new List<KeyValuePair<string, SecureString>>();
                if (error != null) ThrowInvalidArgument("CircleCi.InvalidVariable", error, Variable);
                return;
            }
            string? nameError = SecretInput.CheckName(Name);
            if (nameError != null) ThrowInvalidArgument("CircleCi.InvalidVariableName", nameError, Name);
            Variables = new List<KeyValuePair<string, SecureString>> { new KeyValuePair<string, SecureString>(Name, Value!) };
        }
    }
}
