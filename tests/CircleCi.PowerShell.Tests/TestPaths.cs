namespace CircleCi.PowerShell.Tests;

/// <summary>Where the repository and the shared CircleCI documents are, found from the test's own folder.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>../shared/circleci beside the repository, or null where it is not laid out (contract tests skip).</summary>
    public static string? SharedCircleCi
    {
        get
        {
            string dir = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "circleci"));
            return File.Exists(Path.Combine(dir, "openapi-v2.json")) ? dir : null;
        }
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CircleCi.PowerShell.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
