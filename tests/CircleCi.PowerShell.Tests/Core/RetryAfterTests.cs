using System.Net;
using System.Net.Http;
using CircleCi.PowerShell.Core.Http;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

public class RetryAfterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2", 2.0)]
    [InlineData("0", 0.0)]
    [InlineData("2.5", 2.5)]
    public void Seconds_form_is_read(string header, double expected)
    {
        using var response = new HttpResponseMessage((HttpStatusCode)429);
        response.Headers.TryAddWithoutValidation("Retry-After", header);
        Assert.Equal(TimeSpan.FromSeconds(expected), RetryPipelines.RetryAfter(response, Now));
    }

    [Fact]
    public void Http_date_form_is_read_relative_to_now()
    {
        using var response = new HttpResponseMessage((HttpStatusCode)429);
        response.Headers.TryAddWithoutValidation("Retry-After", Now.AddSeconds(7).ToString("R"));
        Assert.Equal(TimeSpan.FromSeconds(7), RetryPipelines.RetryAfter(response, Now));
    }

    [Fact]
    public void A_date_in_the_past_means_no_wait_and_no_header_means_none()
    {
        using var past = new HttpResponseMessage((HttpStatusCode)503);
        past.Headers.TryAddWithoutValidation("Retry-After", Now.AddSeconds(-30).ToString("R"));
        Assert.Equal(TimeSpan.Zero, RetryPipelines.RetryAfter(past, Now));
        using var none = new HttpResponseMessage((HttpStatusCode)503);
        Assert.Null(RetryPipelines.RetryAfter(none, Now));
    }
}
