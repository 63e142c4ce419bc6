using System;
using System.Management.Automation;
using System.Security;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Session
{
    /// <summary>Connect-Circle: creates a session, verifies the token with GET /me and makes it the runspace default.</summary>
    [Cmdlet(VerbsCommunications.Connect, "Circle")]
    [OutputType(typeof(CircleSession))]
    [CircleApiOperation(nameof(UserApi.GetCurrentUser), Model = typeof(Models.User))]
    [CircleApiOperation(nameof(UserApi.GetCollaborations), Model = typeof(Collaboration))]
    public sealed class ConnectCircleCommand : CircleCmdlet
    {
        [Parameter(Position = 0)]
        [SecureStringTransformation]
        [ValidateNotNull]
        public SecureString? Token { get; set; }

        [Parameter]
        [Alias("Host", "BaseUri")]
        [ValidateNotNullOrEmpty]
        public string? ApiUrl { get; set; }

        [Parameter]
        [ValidateNotNull]
        public string[]? TrustedHost { get; set; }

        [Parameter]
        [ValidateRange(0, 20)]
        public int MaximumRetryCount { get; set; } = 4;

        [Parameter]
        [ValidateRange(1, 3600)]
        public int MaximumRetryWaitSec { get; set; } = 60;

        [Parameter]
        [ValidateRange(1, 3600)]
        public int TimeoutSec { get; set; } = 100;

        [Parameter]
        public SwitchParameter SkipVerification { get; set; }

        [Parameter]
        public SwitchParameter NoDefault { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            ResolvedCredentials credentials;
            try
            {
                credentials = new CredentialResolver().Resolve(Token == null ? null : CircleToken.FromSecureString(Token), ApiUrl);
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(new ErrorRecord(ex, "CircleSession.InvalidApiUrl", ErrorCategory.InvalidArgument, ApiUrl));
                return;
            }
            if (credentials.Token == null)
            {
                string message = "No CircleCI token found. Pass -Token, or set CIRCLE_TOKEN (also read: CIRCLECI_TOKEN, CIRCLECI_CLI_TOKEN, " +
                    "CIRCLE_CLI_TOKEN, and the CircleCI CLI's config.yml or cli.yml).";
                ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(message), "CircleSession.NoToken", ErrorCategory.AuthenticationError, null)
                {
                    ErrorDetails = new ErrorDetails(message) { RecommendedAction = "Create a personal API token in CircleCI's User Settings > Personal API Tokens." },
                });
            }
            WriteVerbose($"Token from {credentials.TokenSource}; API host {credentials.ApiUrl} from {credentials.ApiUrlSource}.");
            if (credentials.Token!.Kind == CircleTokenKind.Project)
                WriteWarning("This is a project API token (CCIPRJ_): most of API v2 needs a personal API token (CCIPAT_).");

            string? psVersion = (GetVariableValue("PSVersionTable") as System.Collections.IDictionary)?["PSVersion"]?.ToString();
            var session = new CircleSession(credentials.Token, credentials.ApiUrl, credentials.TokenSource, credentials.ApiUrlSource,
                psVersion, TrustedHost)
            {
                MaxRetries = MaximumRetryCount,
                MaxRetryWait = TimeSpan.FromSeconds(MaximumRetryWaitSec),
                RequestTimeout = TimeSpan.FromSeconds(TimeoutSec),
            };
            RegisterSecretWithHost(session);

            if (!SkipVerification)
            {
                CurrentSession = session;
                try
                {
                    session.User = Run(api => api.Users.GetCurrentUserAsync());
                    WriteVerbose($"Authenticated as {session.User.Login} ({session.User.Name}).");
                }
                catch (CircleApiException ex)
                {
                    session.Dispose();
                    ThrowTerminatingError(CircleCmdlet.ToErrorRecord(ex, credentials.ApiUrl));
                }
                PrimeCompletion(session);
            }

            if (!NoDefault)
            {
                // The previous default is not disposed: a script may still hold it in a variable.
                SessionStore.Default = session;
            }
            if (PassThru || NoDefault) WriteObject(session);
        }

        /// <summary>
        /// Reads the user's organizations once per session, so Tab completes "gh/acme/" in a project slug without
        /// ever calling the network at completion time. Not worth failing Connect-Circle over.
        /// </summary>
        private void PrimeCompletion(CircleSession session)
        {
            try
            {
                foreach (Collaboration org in Run(api => api.Users.GetCollaborationsAsync()))
                    session.Cache.Remember(SessionCache.OrgSlugs, org.Slug);
            }
            catch (CircleApiException ex)
            {
                WriteVerbose($"Organizations for tab completion not read: {ex.Message}");
            }
        }
    }
}
