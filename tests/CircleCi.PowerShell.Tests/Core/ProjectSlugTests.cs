using CircleCi.PowerShell.Core;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

public class ProjectSlugTests
{
    [Theory]
    [InlineData("gh/acme/api", "gh/acme/api")]
    [InlineData("github/acme/api", "github/acme/api")]
    [InlineData("bb/acme/legacy", "bb/acme/legacy")]
    [InlineData("gh%2Facme%2Fapi", "gh/acme/api")]
    [InlineData("circleci/8e6b5e0d-6f32-4d3e-9c4c-7a0b33d1a1aa/0b9c2f6e-1b37-4a0e-a7a5-32d7f3f1c2aa", "circleci/8e6b5e0d-6f32-4d3e-9c4c-7a0b33d1a1aa/0b9c2f6e-1b37-4a0e-a7a5-32d7f3f1c2aa")]
    [InlineData(" gh/my org/repo ", "gh/my%20org/repo")]
    public void Valid_slugs_keep_their_slashes(string input, string expected)
    {
        Assert.True(ProjectSlug.TryNormalize(input, out string normalized, out _));
        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("gh/acme")]
    [InlineData("gh/acme/api/extra")]
    [InlineData("gh//api")]
    [InlineData("gh/../api")]
    [InlineData("gh/acme/api?x=1")]
    public void Invalid_slugs_are_refused_with_a_reason(string input)
    {
        Assert.False(ProjectSlug.TryNormalize(input, out _, out string error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void V1_wants_long_vcs_names() =>
        Assert.Equal(("github", "acme", "api"), ProjectSlug.ForV1("gh/acme/api"));
}
