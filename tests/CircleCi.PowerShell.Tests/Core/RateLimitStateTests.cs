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

    private static TimeSpan Delay(RateLimitState state, DateTimeOffset now) =>
        state.NextDelay(now, TimeSpan.FromMinutes(1)) ?? throw new Xunit.Sdk.XunitException("held back for a first answer");

    [Fact]
    public void Plenty_left_means_no_pacing_but_a_nearly_empty_window_spreads_requests()
    {
        var state = new RateLimitState();
        using var plenty = With(("RateLimit-Limit", "100"), ("RateLimit-Remaining", "80"), ("RateLimit-Reset", "10"));
        state.Observe(plenty.Headers, Now);
        Assert.Equal(TimeSpan.Zero, Delay(state, Now));
        state.Complete();

        using var low = With(("RateLimit-Limit", "100"), ("RateLimit-Remaining", "4"), ("RateLimit-Reset", "10"));
        state.Observe(low.Headers, Now);
        TimeSpan delay = Delay(state, Now);
        Assert.InRange(delay, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.5)); // 10 s spread over the 4 left (+1), plus jitter
    }

    [Fact]
    public void Until_the_first_answer_tells_the_limit_one_request_goes_at_a_time()
    {
        var state = new RateLimitState();
        Assert.Equal(TimeSpan.Zero, Delay(state, Now));                     // the probe
        Assert.Null(state.NextDelay(Now, TimeSpan.FromMinutes(1)));        // held back, not counted
        Assert.False(state.FirstAnswer.IsCompleted);
        using var answer = With(("RateLimit-Limit", "100"), ("RateLimit-Remaining", "99"), ("RateLimit-Reset", "10"));
        state.Observe(answer.Headers, Now);
        Assert.True(state.FirstAnswer.IsCompleted);
        Assert.Equal(TimeSpan.Zero, Delay(state, Now));
    }

    [Fact]
    public void A_server_without_rate_limit_headers_is_not_paced_after_its_first_answer()
    {
        var state = new RateLimitState();
        Assert.Equal(TimeSpan.Zero, Delay(state, Now));
        using var none = With(("Content-Language", "en"));
        state.Observe(none.Headers, Now);
        state.Complete();
        for (int i = 0; i < 20; i++) Assert.Equal(TimeSpan.Zero, Delay(state, Now));
    }

    [Fact]
    public void Requests_in_flight_count_against_what_is_left_and_each_gets_its_own_slot()
    {
        // Concurrent requests (a crawl with -ThrottleLimit, or runspaces sharing a session): an answer that arrives
        // while others are still out must not make the client forget them, and no two paced requests share a slot.
        var state = new RateLimitState();
        using var low = With(("RateLimit-Limit", "100"), ("RateLimit-Remaining", "6"), ("RateLimit-Reset", "12"));
        state.Observe(low.Headers, Now);
        var delays = Enumerable.Range(0, 6).Select(_ => Delay(state, Now)).ToList();
        for (int i = 1; i < delays.Count; i++) Assert.True(delays[i] > delays[i - 1], string.Join(", ", delays));
        Assert.InRange(delays[0], TimeSpan.FromSeconds(12.0 / 7), TimeSpan.FromSeconds(12.0 / 7 * 1.25));

        // Everything answered or failed: only what the server says is left counts, and slots start afresh.
        for (int i = 0; i < 8; i++) state.Complete(); // more completions than requests never go below zero
        using var plenty = With(("RateLimit-Limit", "100"), ("RateLimit-Remaining", "50"), ("RateLimit-Reset", "12"));
        state.Observe(plenty.Headers, Now);
        Assert.Equal(TimeSpan.Zero, Delay(state, Now));
    }

    [Fact]
    public void An_empty_window_releases_waiting_requests_one_by_one_from_the_reset_never_past_the_cap()
    {
        var state = new RateLimitState();
        using var empty = With(("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "1"));
        state.Observe(empty.Headers, Now);
        var delays = Enumerable.Range(0, 10).Select(_ => Delay(state, Now)).ToList();
        Assert.True(delays[0] >= TimeSpan.FromSeconds(1), "the first waits for the reset");
        // A fifth of the 1 s window apart (the limit is 5), each within its slot's jitter.
        for (int i = 1; i < delays.Count; i++)
            Assert.InRange(delays[i] - delays[i - 1], TimeSpan.FromMilliseconds(200 * 0.75 - 1), TimeSpan.FromMilliseconds(200 * 1.25 + 1));
        Assert.Equal(TimeSpan.FromSeconds(2), state.NextDelay(Now, TimeSpan.FromSeconds(2))); // the 11th slot is ~3 s out
        for (int i = 0; i < 20; i++) state.Complete();
        Assert.Equal(TimeSpan.Zero, Delay(state, Now.AddSeconds(31)));
    }
}
