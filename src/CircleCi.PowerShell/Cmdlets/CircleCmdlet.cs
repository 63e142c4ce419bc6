using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Cmdlets.Pump;
using CircleCi.PowerShell.Core;

namespace CircleCi.PowerShell.Cmdlets
{
    /// <summary>
    /// The base of every API cmdlet: it owns the session (-Session or the runspace default), cancellation (Ctrl+C
    /// aborts in-flight requests), the pump that brings the HTTP core's messages to the pipeline thread, paging,
    /// and turning failures into ErrorRecords that do not stop a pipeline of many items.
    /// </summary>
    public abstract partial class CircleCmdlet : PSCmdlet, IDisposable, IPumpWriter
    {
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private CircleSession? _session;

        protected CancellationToken StopToken => _stop.Token;

        /// <summary>The session given explicitly (API cmdlets bind it from -Session).</summary>
        protected virtual CircleSession? ExplicitSession => null;

        /// <summary>The session for this call: -Session, else the runspace default, else one made from CIRCLE_TOKEN and kin.</summary>
        protected internal CircleSession CurrentSession
        {
            get => _session ??= ResolveSession();
            set => _session = value;
        }

        private CircleSession ResolveSession()
        {
            CircleSession? session = ExplicitSession ?? SessionStore.Default;
            if (session != null && !session.IsDisposed) return session;
            var resolved = new CredentialResolver().Resolve(null, null);
            if (resolved.Token == null)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new InvalidOperationException("Not connected to CircleCI. Run Connect-Circle, or set CIRCLE_TOKEN."),
                    "CircleSession.NotConnected", ErrorCategory.AuthenticationError, null)
                {
                    ErrorDetails = new ErrorDetails("Not connected to CircleCI. Run Connect-Circle (or set the CIRCLE_TOKEN environment variable) first.")
                    {
                        RecommendedAction = "Connect-Circle -Token (Read-Host -AsSecureString 'CircleCI token')",
                    },
                });
            }
            session = new CircleSession(resolved.Token!, resolved.ApiUrl, resolved.TokenSource, resolved.ApiUrlSource, PowerShellVersion());
            SessionStore.Default = session;
            RegisterSecretWithHost(session);
            WriteVerbose($"Connected to {session.ApiUrl} with the token from {resolved.TokenSource} (not verified; use Connect-Circle to verify).");
            return session;
        }

        internal string? PowerShellVersion()
        {
            try
            {
                return (GetVariableValue("PSVersionTable") as System.Collections.IDictionary)?["PSVersion"]?.ToString();
            }
            catch (Exception)
            {
                return null;
            }
        }

        protected override void StopProcessing() => _stop.Cancel();

        public void Dispose()
        {
            // Work still running for this command (prefetched lists after `Select-Object -First` was satisfied)
            // has no one to report to: cancel it rather than let it finish its requests.
            _stop.Cancel();
            _stop.Dispose();
            GC.SuppressFinalize(this);
        }

        internal bool VerboseEnabled => IsEnabled("Verbose", "VerbosePreference");
        internal bool DebugEnabled => IsEnabled("Debug", "DebugPreference");

        private bool IsEnabled(string switchName, string preferenceVariable)
        {
            if (MyInvocation.BoundParameters.TryGetValue(switchName, out object? value) && value is SwitchParameter sw) return sw.IsPresent;
            object? preference = GetVariableValue(preferenceVariable);
            if (preference is ActionPreference action) return action != ActionPreference.SilentlyContinue && action != ActionPreference.Ignore;
            return preference != null && Enum.TryParse(preference.ToString(), true, out ActionPreference parsed)
                && parsed != ActionPreference.SilentlyContinue && parsed != ActionPreference.Ignore;
        }

        /// <summary>A pump for async work of this command (see <see cref="CmdletPump"/>); make it on the pipeline thread.</summary>
        internal CmdletPump NewPump() => new CmdletPump(this, VerboseEnabled, DebugEnabled, _stop.Token);

        /// <summary>
        /// Runs async work on the thread pool while this (pipeline) thread writes its verbose, debug, warning,
        /// progress, output and error messages as they come. Ctrl+C cancels the work at once and stops the pipeline.
        /// The session is resolved here, on the pipeline thread: the runspace default is not visible from the pool.
        /// </summary>
        internal T Run<T>(Func<CircleSession, CmdletLog, CancellationToken, Task<T>> operation)
        {
            CircleSession session = CurrentSession;
            using CmdletPump pump = NewPump();
            return pump.Finish(pump.Start((log, ct) => operation(session, log, ct)));
        }

        /// <summary>Runs calls of the typed API (see <see cref="Run{T}(Func{CircleSession, CmdletLog, CancellationToken, Task{T}})"/>).</summary>
        internal T Run<T>(Func<CircleApi, Task<T>> operation) => Run((session, log, ct) => operation(new CircleApi(session, log, ct)));

        void IPumpWriter.WriteHostLine(string line) => WriteHostLine(line);

        /// <summary>
        /// Runs the work for one input item; a CircleCI failure becomes a non-terminating error for that item so the
        /// rest of the pipeline goes on. Pipeline stops (Ctrl+C, Select-Object -First) pass through untouched.
        /// </summary>
        internal void ForItem(object? target, Action work)
        {
            try
            {
                work();
            }
            catch (CircleApiException ex)
            {
                WriteError(ToErrorRecord(ex, target));
            }
        }

        internal static ErrorRecord ToErrorRecord(CircleApiException ex, object? target)
        {
            var record = new ErrorRecord(ex, ex.ErrorId, ex.Category, target);
            record.ErrorDetails = new ErrorDetails(ex.Message) { RecommendedAction = ErrorAdvice.For(ex) };
            return record;
        }

        /// <summary>A terminating error for input that cannot be sent at all (checked before any request).</summary>
        internal void ThrowInvalidArgument(string errorId, string message, object? target)
        {
            ThrowTerminatingError(new ErrorRecord(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(message),
            });
        }

        /// <summary>A non-terminating error for one bad input item (the others go on).</summary>
        internal void WriteInvalidArgument(string errorId, string message, object? target) =>
            WriteError(new ErrorRecord(new ArgumentException(message), errorId, ErrorCategory.InvalidArgument, target)
            {
                ErrorDetails = new ErrorDetails(message),
            });
    }
}
