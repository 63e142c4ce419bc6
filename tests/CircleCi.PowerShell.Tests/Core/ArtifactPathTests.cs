using System.IO;
using System.Runtime.InteropServices;
using CircleCi.PowerShell.Core.Artifacts;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

public class ArtifactPathTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "artifact-root");
    private static readonly char Sep = Path.DirectorySeparatorChar;

    [Theory]
    [InlineData("report.html", "report.html")]
    [InlineData("test-results/junit.xml", "test-results/junit.xml")]
    [InlineData("./a/./b.txt", "a/b.txt")]
    [InlineData("a//b.txt", "a/b.txt")]
    [InlineData("a\\b.txt", "a/b.txt")]
    [InlineData("..foo/bar..txt", "..foo/bar..txt")]
    [InlineData("%2e%2e/x", "%2e%2e/x")]
    public void Ordinary_paths_map_under_the_destination(string artifactPath, string expected)
    {
        Assert.True(ArtifactPath.TryGetRelativePath(artifactPath, null, null, out string relative, out string error), error);
        Assert.Equal(expected.Replace('/', Sep), relative);
        Assert.True(ArtifactPath.TryResolve(Root, relative, out string full, out _));
        Assert.StartsWith(Path.GetFullPath(Root) + Sep, full);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("..")]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("a\\..\\..\\escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("\\Windows\\win.ini")]
    [InlineData("\\\\server\\share\\x")]
    [InlineData("//server/share/x")]
    [InlineData("C:\\x.txt")]
    [InlineData("c:x.txt")]
    [InlineData("a/\0b.txt")]
    [InlineData("a/b\n.txt")]
    [InlineData("a/.../b")]
    [InlineData("a/. ./b")]
    [InlineData("a/ x/b")]
    [InlineData("NUL")]
    [InlineData("logs/con.txt")]
    [InlineData("./")]
    public void Hostile_paths_are_refused_with_a_reason(string artifactPath)
    {
        Assert.False(ArtifactPath.TryGetRelativePath(artifactPath, null, null, out _, out string error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Node_index_and_job_folder_keep_runs_apart()
    {
        Assert.True(ArtifactPath.TryGetRelativePath("junit.xml", "test-12", 1, out string relative, out _));
        Assert.Equal($"test-12{Sep}node1{Sep}junit.xml", relative);
        Assert.True(ArtifactPath.TryGetRelativePath("junit.xml", null, 0, out string node0, out _));
        Assert.Equal($"node0{Sep}junit.xml", node0);
    }

    [Theory]
    [InlineData("../../etc", "_.._etc")]
    [InlineData("..", "_")]
    [InlineData("build/test", "build_test")]
    public void A_hostile_job_name_becomes_one_harmless_folder(string jobName, string expectedFolder)
    {
        Assert.True(ArtifactPath.TryGetRelativePath("a.txt", jobName, null, out string relative, out _));
        Assert.Equal(expectedFolder + Sep + "a.txt", relative);
    }

    [Fact]
    public void A_negative_node_index_is_refused() =>
        Assert.False(ArtifactPath.TryGetRelativePath("a.txt", null, -1, out _, out _));

    [Fact]
    public void Resolve_refuses_what_leaves_the_root_and_the_root_itself()
    {
        Assert.False(ArtifactPath.TryResolve(Root, Path.Combine("..", "x"), out _, out _));
        Assert.False(ArtifactPath.TryResolve(Root, ".", out _, out _));
        Assert.False(ArtifactPath.IsUnder(Root, Path.GetFullPath(Root + "-sibling" + Sep + "x")));
    }

    [Fact]
    public void A_linked_folder_inside_the_destination_is_found()
    {
        string root = Directory.CreateTempSubdirectory("artifacts-").FullName;
        string outside = Directory.CreateTempSubdirectory("outside-").FullName;
        try
        {
            Directory.CreateSymbolicLink(Path.Combine(root, "link"), outside);
            Directory.CreateDirectory(Path.Combine(root, "plain"));
            Assert.Equal(Path.Combine(root, "link"), ArtifactPath.FindLinkOutside(root, Path.Combine(root, "link", "x", "f.txt")));
            Assert.Null(ArtifactPath.FindLinkOutside(root, Path.Combine(root, "plain", "new", "f.txt")));
        }
        finally
        {
            Directory.Delete(root, true);
            Directory.Delete(outside, true);
        }
    }

    [Fact]
    public void Windows_only_characters_follow_the_platform()
    {
        bool ok = ArtifactPath.TryGetRelativePath("shots/12:30.png", null, null, out _, out _);
        Assert.Equal(!RuntimeInformation.IsOSPlatform(OSPlatform.Windows), ok);
    }
}
