using System.Net.Http;
using CircleCi.PowerShell.Core.Http;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

public class RateLimitStateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    private static HttpResponseMessage With(params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage();
        foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    [Fact]
    public void The_most_restrictive_window_wins()
    {
        var state = new RateLimitState();
        using var response = With(("RateLimit-Limit", "1000"), ("RateLimit-Remaining", "900"), ("RateLimit-Reset", "60"),
            ("X-RateLimit-Limit-Second", "20"), ("X-RateLimit-Remaining-Second", "3"), ("X-RateLimit-Reset-Second", "1"));
        state.Observe(response.Headers, Now);
        Assert.NotNull(state.Current);
        Assert.Equal(3, state.Current!.Remaining);
        Assert.Equal(20, state.Current.Limit);
        Assert.Equal("Second", state.Current.Window);
        Assert.Equal(Now.AddSeconds(1), state.Current.ResetAt);
    }

    [Fact]
    public void No_headers_leave_the_state_alone_and_never_delay()
    {
        var state = new RateLimitState();
        using var response = With(("Content-Language", "en"));
        state.Observe(response.Headers, Now);
        Assert.Null(state.Current);
        Assert.Equal(TimeSpan.Zero, state.NextDelay(Now, TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public void Plenty_left_means_no_pacing_but_a_nearly_empty_window_spreads_requests()
    {
        var state = new RateLimitState();
        using var plenty = With(("RateLimit-Limit", "100"), ("RateLimit-Remaining", "80"), ("RateLimit-Reset", "10"));
        state.Observe(plenty.Headers, Now);
        Assert.Equal(TimeSpan.Zero, state.NextDelay(Now, TimeSpan.FromMinutes(1)));
        state.Complete();

        using var low = With(("RateLimit-Limit", "100"), ("RateLimit-Remaining", "4"), ("RateLimit-Reset", "10"));
        state.Observe(low.Headers, Now);
        TimeSpan delay = state.NextDelay(Now, TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromSeconds(2), delay); // 10 s spread over the 4 left (+1)
    }

    [Fact]
    public void Requests_in_flight_count_against_what_is_left_until_they_complete()
    {
        // Concurrent requests (a crawl with -ThrottleLimit): an answer that arrives while others are still out must
        // not make the client forget them, or the window is overdrawn and CircleCI answers 429.
        var state = new RateLimitState();
        using var low = With(("RateLimit-Limit", "100"), ("RateLimit-Remaining", "6"), ("RateLimit-Reset", "12"));
        state.Observe(low.Headers, Now);
        Assert.Equal(TimeSpan.FromSeconds(12.0 / 7), state.NextDelay(Now, TimeSpan.FromMinutes(1))); // 6 left
        Assert.Equal(TimeSpan.FromSeconds(12.0 / 6), state.NextDelay(Now, TimeSpan.FromMinutes(1))); // 5 left, 1 out
        Assert.Equal(TimeSpan.FromSeconds(12.0 / 5), state.NextDelay(Now, TimeSpan.FromMinutes(1))); // 4 left, 2 out

        // The first answer comes back: the server counted it (5 left), the other two are still out.
        using var answer = With(("RateLimit-Limit", "100"), ("RateLimit-Remaining", "5"), ("RateLimit-Reset", "12"));
        state.Observe(answer.Headers, Now);
        state.Complete();
        Assert.Equal(TimeSpan.FromSeconds(12.0 / 4), state.NextDelay(Now, TimeSpan.FromMinutes(1))); // 5 - 2 out = 3 left

        // Everything answered or failed: only what the server says is left counts.
        state.Complete(); state.Complete(); state.Complete();
        state.Complete(); // more completions than requests never go below zero
        Assert.Equal(TimeSpan.FromSeconds(12.0 / 6), state.NextDelay(Now, TimeSpan.FromMinutes(1))); // 5 left
    }

    [Fact]
    public void An_empty_window_waits_for_the_reset_but_never_past_the_cap()
    {
        var state = new RateLimitState();
        using var empty = With(("X-RateLimit-Limit", "50"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "30"));
        state.Observe(empty.Headers, Now);
        Assert.Equal(TimeSpan.FromSeconds(30), state.NextDelay(Now, TimeSpan.FromMinutes(1)));
        Assert.Equal(TimeSpan.FromSeconds(5), state.NextDelay(Now, TimeSpan.FromSeconds(5)));
        Assert.Equal(TimeSpan.Zero, state.NextDelay(Now.AddSeconds(31), TimeSpan.FromMinutes(1)));
    }
}
