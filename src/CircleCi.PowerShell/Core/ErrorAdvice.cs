using System;
using System.IO;
using System.Management.Automation;
using System.Net;

namespace CircleCi.PowerShell.Core
{
    /// <summary>The next step an error record recommends, and the category of a file-system failure.</summary>
    internal static class ErrorAdvice
    {
        /// <summary>What to do about a CircleCI answer (401, 403, 404, 429) or a connection failure; null when nothing obvious.</summary>
        internal static string? For(CircleApiException ex)
        {
            if (ex.RecommendedAction != null) return ex.RecommendedAction;
            if (ex.RetryAfter.HasValue)
                return $"CircleCI asks to wait {ex.RetryAfter.Value.TotalSeconds:0} s before trying again.";
            switch (ex.StatusCode)
            {
                case HttpStatusCode.Unauthorized:
                    return "The token was refused: create a personal API token (CircleCI User Settings > Personal API Tokens) and run Connect-Circle -Token (Read-Host -AsSecureString 'CircleCI token').";
                case HttpStatusCode.Forbidden:
                    return "The token's user lacks the permission for this: use the token of a user with access to the project or organization, or ask an organization admin.";
                case HttpStatusCode.NotFound:
                    return "Check the project slug (vcs/org/repo, case-sensitive) and the id or number; CircleCI also answers 404 for projects the token's user cannot see (Get-CircleCollaboration lists the organizations it can).";
                case (HttpStatusCode)429:
                    return "CircleCI's rate limit was reached: wait a minute and try again, or raise Connect-Circle -MaximumRetryCount / -MaximumRetryWaitSec so the module waits for you.";
            }
            if (ex.ErrorId == "CircleApi.ConnectionFailed")
                return "Check the API address (Get-CircleSession shows it; Connect-Circle -ApiUrl changes it), the network and any proxy.";
            return null;
        }

        /// <summary>The PowerShell category of a file-system failure.</summary>
        internal static ErrorCategory Category(Exception ex) => ex switch
        {
            UnauthorizedAccessException => ErrorCategory.PermissionDenied,
            DirectoryNotFoundException or FileNotFoundException => ErrorCategory.ObjectNotFound,
            PathTooLongException => ErrorCategory.InvalidArgument,
            NotSupportedException or ArgumentException => ErrorCategory.InvalidArgument,
            System.Security.SecurityException => ErrorCategory.SecurityError,
            IOException => ErrorCategory.WriteError,
            _ => ErrorCategory.NotSpecified,
        };
    }
}
