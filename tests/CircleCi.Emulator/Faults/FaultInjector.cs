namespace CircleCi.Emulator.Faults;

/// <summary>Fault rules, global latency and the rate limiter. Thread-safe.</summary>
public sealed class FaultInjector
{
    private readonly object _sync = new();
    private readonly List<FaultRule> _rules = new();
    private int _nextId = 1;

    /// <summary>Extra latency for every API request (POST /_emulator/latency).</summary>
    public int LatencyMs { get; set; }

    public RateLimiter RateLimit { get; } = new();

    /// <summary>Origin of the second listener, the default redirect target.</summary>
    public Uri? OtherOrigin { get; internal set; }

    /// <summary>Adds a rule and returns its id.</summary>
    public int Add(FaultRule rule)
    {
        if (!FaultKinds.All.Contains(rule.Kind, StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"Unknown fault kind '{rule.Kind}'. Known: {string.Join(", ", FaultKinds.All)}.");
        lock (_sync)
        {
            rule.Id = _nextId++;
            _rules.Add(rule);
            return rule.Id;
        }
    }

    public void Clear()
    {
        lock (_sync) _rules.Clear();
    }

    /// <summary>Rules, latency and rate limit all off.</summary>
    public void Reset()
    {
        Clear();
        LatencyMs = 0;
        RateLimit.Disable();
    }

    public IReadOnlyList<FaultRule> Rules
    {
        get { lock (_sync) return _rules.ToList(); }
    }

    /// <summary>The rules that apply to this request (a rule with a probability, by chance), in the order added; uses up
    /// one of each applied rule's count.</summary>
    public List<FaultRule> Take(string method, string path, string range = "")
    {
        var hit = new List<FaultRule>();
        lock (_sync)
        {
            foreach (var rule in _rules)
            {
                if (!rule.Matches(method, path, range)) continue;
                if (rule.Probability is { } chance && Random.Shared.NextDouble() >= chance) continue;
                hit.Add(rule);
                if (rule.Count is { } c) rule.Count = c - 1;
            }
            _rules.RemoveAll(r => r.Count is <= 0);
        }
        return hit;
    }
}

/// <summary>A token bucket over all API requests (off until configured).</summary>
public sealed class RateLimiter
{
    private readonly object _sync = new();
    private double _perSecond;
    private int _burst;
    private double _tokens;
    private long _lastTicks;

    public bool Enabled { get { lock (_sync) return _perSecond > 0; } }

    public void Configure(double perSecond, int burst)
    {
        lock (_sync)
        {
            _perSecond = perSecond;
            _burst = Math.Max(1, burst);
            _tokens = _burst;
            _lastTicks = Environment.TickCount64;
        }
    }

    public void Disable() => Configure(0, 1);

    /// <summary>Takes one token. Null when limiting is off.</summary>
    public RateDecision? TryTake()
    {
        lock (_sync)
        {
            if (_perSecond <= 0) return null;
            var now = Environment.TickCount64;
            _tokens = Math.Min(_burst, _tokens + (now - _lastTicks) / 1000.0 * _perSecond);
            _lastTicks = now;
            var allowed = _tokens >= 1;
            if (allowed) _tokens -= 1;
            var remaining = (int)Math.Floor(_tokens);
            var reset = (int)Math.Ceiling((_burst - _tokens) / _perSecond);
            var retryAfter = Math.Max(1, (int)Math.Ceiling((1 - _tokens) / _perSecond));
            return new RateDecision(allowed, _burst, remaining, reset, retryAfter);
        }
    }
}

public sealed record RateDecision(bool Allowed, int Limit, int Remaining, int ResetSeconds, int RetryAfterSeconds);
