using System;

namespace CircleCi.PowerShell.Cmdlets.Webhook
{
    /// <summary>Checks on webhook input made before anything is sent.</summary>
    internal static class WebhookInput
    {
        /// <summary>An error text when the URL is not an absolute http(s) URL, else null.</summary>
        internal static string? CheckUrl(string url) =>
            Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0
                ? null
                : $"'{url}' is not a webhook URL: use an absolute https:// (or http://) URL.";
    }
}
