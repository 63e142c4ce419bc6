using System;
using System.Management.Automation;
using System.Net;

namespace CircleCi.PowerShell.Core
{
    /// <summary>
    /// A failed CircleCI call, already classified: a stable ErrorId, a PowerShell ErrorCategory and CircleCI's own
    /// message. The message never contains the token or the query string.
    /// </summary>
    public class CircleApiException : Exception
    {
        public CircleApiException(string errorId, ErrorCategory category, string message, string? apiMessage = null,
            HttpStatusCode? statusCode = null, string? method = null, string? path = null, Exception? inner = null)
            : base(message, inner)
        {
            ErrorId = errorId;
            Category = category;
            ApiMessage = apiMessage;
            StatusCode = statusCode;
            Method = method;
            Path = path;
        }

        public string ErrorId { get; }
        public ErrorCategory Category { get; }
        /// <summary>CircleCI's own text from the response body ({"message"} or {"error"}), if any.</summary>
        public string? ApiMessage { get; }
        public HttpStatusCode? StatusCode { get; }
        public string? Method { get; }
        public string? Path { get; }
        public TimeSpan? RetryAfter { get; internal set; }

        /// <summary>A request that is not safe to repeat (POST, PATCH) was sent, but its answer was lost (cut off,
        /// timed out, connection reset): the server may have carried it out. It is never sent again by the module.</summary>
        public bool AnswerLost { get; internal set; }

        /// <summary>The next step, when the code that raised the error knows it better than <see cref="ErrorAdvice"/>.</summary>
        internal string? RecommendedAction { get; set; }

        /// <summary>CircleCI sent a page token it had sent before: the listing stops rather than loop.</summary>
        internal static CircleApiException PageTokenRepeated(string relativeUri, int pages, int items) =>
            new CircleApiException("CircleApi.PageTokenRepeated", ErrorCategory.InvalidResult,
                $"CircleCI returned the same page token twice while listing {relativeUri} (after {pages} pages, {items} items); the listing was stopped to avoid an endless loop and may be incomplete.");

        internal static (string ErrorId, ErrorCategory Category) Classify(HttpStatusCode status)
        {
            int code = (int)status;
            switch (code)
            {
                case 400: return ("CircleApi.BadRequest", ErrorCategory.InvalidArgument);
                case 401: return ("CircleApi.Unauthorized", ErrorCategory.AuthenticationError);
                case 403: return ("CircleApi.Forbidden", ErrorCategory.PermissionDenied);
                case 404: return ("CircleApi.NotFound", ErrorCategory.ObjectNotFound);
                case 405: return ("CircleApi.MethodNotAllowed", ErrorCategory.InvalidOperation);
                case 408: return ("CircleApi.Timeout", ErrorCategory.OperationTimeout);
                case 409: return ("CircleApi.Conflict", ErrorCategory.ResourceExists);
                case 413: return ("CircleApi.PayloadTooLarge", ErrorCategory.LimitsExceeded);
                case 414: return ("CircleApi.UriTooLong", ErrorCategory.InvalidArgument);
                case 431: return ("CircleApi.HeadersTooLarge", ErrorCategory.InvalidArgument);
                case 422: return ("CircleApi.Unprocessable", ErrorCategory.InvalidData);
                case 429: return ("CircleApi.RateLimited", ErrorCategory.LimitsExceeded);
            }
            if (code >= 500) return ("CircleApi.ServerError", ErrorCategory.ResourceUnavailable);
            // Any other refusal is still about the request: never NotSpecified, which tells a script nothing.
            if (code >= 400) return ("CircleApi.HttpError", ErrorCategory.InvalidOperation);
            return ("CircleApi.HttpError", ErrorCategory.ProtocolError);
        }
    }
}
