using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Http;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

public class ApiErrorParserTests
{
    [Theory]
    [InlineData("{\"message\":\"Project not found\"}", "Project not found")]
    [InlineData("{\"error\":\"policy bundle missing\"}", "policy bundle missing")]
    [InlineData("<html><title>502 Bad Gateway</title></html>", null)]
    [InlineData("{\"message\":\"Internal ser", null)]
    [InlineData("", null)]
    public void Messages_are_extracted_from_both_error_shapes(string body, string? expected) =>
        Assert.Equal(expected, ApiErrorParser.ExtractMessage(body, "application/json"));

    [Fact]
    public void Non_json_bodies_are_described_not_dumped()
    {
        Assert.Contains("HTML page", ApiErrorParser.DescribeNonJson("<html><head><title>502 Bad Gateway</title></head></html>", "text/html"));
        Assert.Contains("502 Bad Gateway", ApiErrorParser.DescribeNonJson("<html><head><title>502 Bad Gateway</title></head></html>", "text/html"));
        Assert.Contains("no body", ApiErrorParser.DescribeNonJson("", null));
        Assert.Contains("cut off", ApiErrorParser.DescribeNonJson("{\"message\":\"Internal ser", "application/json"));
    }

    [Fact]
    public void Authentication_failures_say_what_to_do()
    {
        Assert.Contains("personal API token", ApiErrorParser.AddHint("x", 401, "You must log in first.", CircleTokenKind.Project));
        Assert.Contains("2023", ApiErrorParser.AddHint("x", 401, "New format tokens are needed to authenticate this API endpoint.", CircleTokenKind.OldFormat));
        Assert.Equal("x", ApiErrorParser.AddHint("x", 404, "Not found", CircleTokenKind.Personal));
    }

    [Theory]
    [InlineData(401, "CircleApi.Unauthorized", System.Management.Automation.ErrorCategory.AuthenticationError)]
    [InlineData(403, "CircleApi.Forbidden", System.Management.Automation.ErrorCategory.PermissionDenied)]
    [InlineData(404, "CircleApi.NotFound", System.Management.Automation.ErrorCategory.ObjectNotFound)]
    [InlineData(409, "CircleApi.Conflict", System.Management.Automation.ErrorCategory.ResourceExists)]
    [InlineData(414, "CircleApi.UriTooLong", System.Management.Automation.ErrorCategory.InvalidArgument)]
    [InlineData(410, "CircleApi.HttpError", System.Management.Automation.ErrorCategory.InvalidOperation)]
    [InlineData(429, "CircleApi.RateLimited", System.Management.Automation.ErrorCategory.LimitsExceeded)]
    [InlineData(502, "CircleApi.ServerError", System.Management.Automation.ErrorCategory.ResourceUnavailable)]
    public void Status_codes_map_to_stable_ids_and_categories(int status, string id, System.Management.Automation.ErrorCategory category)
    {
        var (errorId, errorCategory) = CircleApiException.Classify((System.Net.HttpStatusCode)status);
        Assert.Equal(id, errorId);
        Assert.Equal(category, errorCategory);
    }
}
