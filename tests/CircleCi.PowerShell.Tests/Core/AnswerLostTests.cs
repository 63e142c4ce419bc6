using System.Net.Http;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Http;
using CircleCi.PowerShell.Core.Json;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

/// <summary>
/// A POST whose answer is lost is flagged AnswerLost only once its body went out (a refused connection leaves the
/// server untouched), and is sent once whatever happens; and the server's time is read from Date headers.
/// </summary>
public sealed class AnswerLostTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task A_lost_POST_is_flagged_only_once_its_body_went_out_and_is_sent_once(bool bodyWentOut, bool expectedLost)
    {
        var handler = new BreakingHandler(bodyWentOut);
        using var session = Session(handler);
        var request = new CircleRequest(HttpMethod.Post, session.ResolveV2("project/gh/acme/api/pipeline")) { JsonBody = "{}"u8.ToArray() };
        var ex = await Assert.ThrowsAsync<CircleApiException>(() => session.Http.SendForJsonAsync(request, CommonJson.Default.MessageResponse, NullCircleLog.Instance, CancellationToken.None));
        Assert.Equal("CircleApi.ConnectionFailed", ex.ErrorId);
        Assert.Equal(expectedLost, ex.AnswerLost);
        Assert.Equal(1, handler.Calls);
    }

    [Fact]
    public async Task A_lost_GET_is_retried_and_never_flagged()
    {
        var handler = new BreakingHandler(readBody: true);
        using var session = Session(handler);
        var request = new CircleRequest(HttpMethod.Get, session.ResolveV2("me"));
        var ex = await Assert.ThrowsAsync<CircleApiException>(() => session.Http.SendForJsonAsync(request, CommonJson.Default.MessageResponse, NullCircleLog.Instance, CancellationToken.None));
        Assert.False(ex.AnswerLost);
        Assert.Equal(1 + session.MaxRetries, handler.Calls);
    }

    [Fact]
    public void The_server_clock_follows_the_Date_of_the_latest_answer()
    {
        var clock = new ServerClock();
        DateTimeOffset local = DateTimeOffset.UtcNow;
        clock.Observe(local.AddHours(-30), local);
        Assert.InRange(clock.Now - DateTimeOffset.UtcNow, TimeSpan.FromHours(-30) - TimeSpan.FromSeconds(5), TimeSpan.FromHours(-30) + TimeSpan.FromSeconds(5));
        clock.Observe(null, local);
        Assert.InRange(clock.Now - DateTimeOffset.UtcNow, TimeSpan.FromHours(-30) - TimeSpan.FromSeconds(5), TimeSpan.FromHours(-30) + TimeSpan.FromSeconds(5));
    }

    private static CircleSession Session(HttpMessageHandler handler) =>
        new(new CircleToken("CCIPAT_0000000000000000000000000000000000000000"), "https://circleci.example", "test", "test", "7.6.9", null, () => handler)
        {
            MaxRetries = 2,
            RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        };

    /// <summary>Breaks every request like a reset connection, after reading the body (it went out) or before.</summary>
    private sealed class BreakingHandler(bool readBody) : HttpMessageHandler
    {
        public int Calls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            if (readBody && request.Content != null) await request.Content.CopyToAsync(Stream.Null, cancellationToken);
            throw new HttpRequestException("The connection was reset.");
        }
    }
}
