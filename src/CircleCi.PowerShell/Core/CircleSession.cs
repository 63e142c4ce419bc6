using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CircleCi.PowerShell.Core.Http;

namespace CircleCi.PowerShell.Core
{
    /// <summary>
    /// A connection to one CircleCI host: the token (never shown), one HttpClient, retry and rate-limit settings,
    /// and what the session has seen (for tab completion without network calls). Thread-safe.
    /// </summary>
    public sealed class CircleSession : IDisposable
    {
        private readonly ConcurrentDictionary<string, byte> _deprecationWarned = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        private readonly Uri _apiRoot;
        private readonly List<string> _trustedHosts;
        private Lazy<CircleHttp> _http;
        private int _maxRetries = 4;
        private TimeSpan _maxRetryWait = TimeSpan.FromSeconds(60);
        private TimeSpan _retryBaseDelay = TimeSpan.FromSeconds(1);
        private TimeSpan _requestTimeout = TimeSpan.FromSeconds(100);
        private long _artifactSegmentThreshold = Artifacts.SegmentedDownload.DefaultThreshold;
        private string _ciHost = Hosting.CiHost.Auto;

        internal CircleSession(CircleToken token, string apiUrl, string tokenSource, string apiUrlSource, string? powerShellVersion,
            IEnumerable<string>? trustedHosts = null, Func<System.Net.Http.HttpMessageHandler>? handlerFactory = null)
        {
            Token = token;
            ApiUrl = CredentialResolver.NormalizeApiUrl(apiUrl);
            _apiRoot = new Uri(ApiUrl.TrimEnd('/') + "/");
            ApiV2Uri = new Uri(_apiRoot, "api/v2/");
            ApiV1Uri = new Uri(_apiRoot, "api/v1.1/");
            TokenSource = tokenSource;
            ApiUrlSource = apiUrlSource;
            UserAgent = Core.Http.UserAgent.Build(powerShellVersion);
            _trustedHosts = new List<string>();
            if (_apiRoot.Host.Equals("circleci.com", StringComparison.OrdinalIgnoreCase)) _trustedHosts.Add("*.circle-artifacts.com");
            if (trustedHosts != null) _trustedHosts.AddRange(trustedHosts.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => h.Trim()));
            Cache = new SessionCache();
            RateLimits = new RateLimitState();
            ConnectedAt = DateTimeOffset.Now;
            _http = new Lazy<CircleHttp>(() => new CircleHttp(this, handlerFactory?.Invoke()), isThreadSafe: true);
        }

        /// <summary>The host root, e.g. https://circleci.com or a CircleCI server install.</summary>
        public string ApiUrl { get; }
        public Uri ApiV2Uri { get; }
        public Uri ApiV1Uri { get; }
        /// <summary>Where the token came from (a parameter, an environment variable, a CLI file), never the token.</summary>
        public string TokenSource { get; }
        public string ApiUrlSource { get; }
        public CircleTokenKind TokenKind => Token.Kind;
        /// <summary>The user behind the token, once verified with GET /me.</summary>
        public Models.User? User { get; internal set; }
        public DateTimeOffset ConnectedAt { get; }
        public string UserAgent { get; }

        /// <summary>Hosts (besides the API host) that may receive the token: "*.example.com", "host", or an origin "https://host:port".</summary>
        public IReadOnlyList<string> TrustedHosts => _trustedHosts.AsReadOnly();

        public int MaxRetries
        {
            get => _maxRetries;
            set => _maxRetries = value < 0 ? throw new ArgumentOutOfRangeException(nameof(value), "MaxRetries cannot be negative.") : value;
        }

        /// <summary>The longest wait between two attempts, whatever Retry-After or the backoff asks for.</summary>
        public TimeSpan MaxRetryWait
        {
            get => _maxRetryWait;
            set => _maxRetryWait = value < TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(value)) : value;
        }

        /// <summary>The first backoff delay when the server gives no Retry-After; it doubles (with jitter) each retry.</summary>
        public TimeSpan RetryBaseDelay
        {
            get => _retryBaseDelay;
            set => _retryBaseDelay = value <= TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(value)) : value;
        }

        public TimeSpan RequestTimeout
        {
            get => _requestTimeout;
            set => _requestTimeout = value <= TimeSpan.Zero ? throw new ArgumentOutOfRangeException(nameof(value)) : value;
        }

        /// <summary>Artifacts at least this large (bytes) are fetched in parallel ranges over several connections when
        /// their host supports Range; 0 fetches every artifact as one stream.</summary>
        public long ArtifactSegmentThreshold
        {
            get => Interlocked.Read(ref _artifactSegmentThreshold);
            set => Interlocked.Exchange(ref _artifactSegmentThreshold, value < 0 ? throw new ArgumentOutOfRangeException(nameof(value), "ArtifactSegmentThreshold cannot be negative.") : value);
        }

        /// <summary>GitHub Actions / Azure DevOps step output (annotations, summary, outputs, log lines): Auto (detect),
        /// Off, GitHubActions or AzureDevOps. See Core/Hosting/CiHost.cs.</summary>
        public string CiHost
        {
            get => _ciHost;
            set => _ciHost = Hosting.CiHost.IsValidSetting(value) ? (string.IsNullOrWhiteSpace(value) ? Hosting.CiHost.Auto : value.Trim())
                : throw new ArgumentException("CiHost is Auto, Off, GitHubActions or AzureDevOps.", nameof(value));
        }

        /// <summary>The most restrictive rate-limit window CircleCI announced last.</summary>
        public RateLimitSnapshot? RateLimit => RateLimits.Current;

        internal CircleToken Token { get; }
        internal RateLimitState RateLimits { get; }
        /// <summary>The API server's time, from the Date of its answers (see <see cref="Http.ServerClock"/>).</summary>
        internal ServerClock ServerClock { get; } = new ServerClock();
        internal SessionCache Cache { get; }
        internal CircleHttp Http => _http.Value;
        internal bool IsDisposed { get; private set; }

        public Uri ResolveV2(string relativeOrAbsolute) => Resolve(ApiV2Uri, relativeOrAbsolute);
        public Uri ResolveV1(string relativeOrAbsolute) => Resolve(ApiV1Uri, relativeOrAbsolute);

        private static Uri Resolve(Uri root, string relativeOrAbsolute)
        {
            if (Uri.TryCreate(relativeOrAbsolute, UriKind.Absolute, out Uri? absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
                return absolute;
            // Project slugs carry '/' and must go out unescaped; callers escape other segments themselves.
            return new Uri(root, relativeOrAbsolute.TrimStart('/'));
        }

        internal bool IsApiOrigin(Uri uri) => CircleHttp.SameOrigin(uri, _apiRoot);

        /// <summary>The token goes only to the API host and the configured artifact hosts, and only over https
        /// unless the API host itself is http (a local emulator or a test server).</summary>
        internal bool IsTrustedOrigin(Uri uri)
        {
            if (IsApiOrigin(uri)) return true;
            foreach (string entry in _trustedHosts)
            {
                if (entry.Contains("://"))
                {
                    if (Uri.TryCreate(entry, UriKind.Absolute, out Uri? origin) && CircleHttp.SameOrigin(origin, uri)) return true;
                    continue;
                }
                if (uri.Scheme != Uri.UriSchemeHttps) continue;
                string host = uri.IdnHost;
                if (entry.StartsWith("*.", StringComparison.Ordinal))
                {
                    string suffix = entry.Substring(1);
                    if (host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || host.Equals(entry.Substring(2), StringComparison.OrdinalIgnoreCase))
                        return true;
                }
                else if (host.Equals(entry, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }

        internal bool MarkDeprecationWarned(string endpoint) => _deprecationWarned.TryAdd(endpoint, 0);

        public override string ToString() =>
            User != null ? $"CircleCI {ApiUrl} as {User.Login}" : $"CircleCI {ApiUrl} (token from {TokenSource})";

        public void Dispose()
        {
            if (IsDisposed) return;
            IsDisposed = true;
            if (_http.IsValueCreated) _http.Value.Dispose();
        }
    }
}
