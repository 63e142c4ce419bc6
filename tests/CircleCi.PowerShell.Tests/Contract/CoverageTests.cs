using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;
using CircleCi.PowerShell.Cmdlets;
using Xunit;

namespace CircleCi.PowerShell.Tests.Contract;

/// <summary>
/// Every operation of openapi-v2.json must be called by an exported cmdlet (named by its [CircleApiOperation]), and
/// every [CircleApiOperation] must name an operation the document has. The README's cmdlet table is generated from
/// the same attributes (build/Update-CmdletTable.ps1) and must not be stale.
/// </summary>
public class CoverageTests
{
    /// <summary>
    /// Issue 9's operations still being added on this branch, area by area; each area's commit removes its own.
    /// Must be empty when issue 9 is done.
    /// </summary>
    internal static readonly IReadOnlySet<string> PendingOnThisBranch = new HashSet<string>(StringComparer.Ordinal)
    {
    };

    private static readonly Assembly ModuleAssembly = typeof(CircleApiCmdlet).Assembly;

    /// <summary>The cmdlet names in CmdletsToExport of the repository's manifest.</summary>
    internal static HashSet<string> ExportedCmdletNames()
    {
        string manifest = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "CircleCi.PowerShell.psd1"));
        Match list = Regex.Match(manifest, @"CmdletsToExport\s*=\s*@\((?<names>[^)]*)\)");
        Assert.True(list.Success, "CmdletsToExport not found in CircleCi.PowerShell.psd1");
        return Regex.Matches(list.Groups["names"].Value, @"'([A-Za-z]+-[A-Za-z]+)'").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>(cmdlet name, operationId) for every [CircleApiOperation] on an exported cmdlet.</summary>
    internal static List<(string Cmdlet, string OperationId)> ExportedOperations()
    {
        var exported = ExportedCmdletNames();
        return ModuleAssembly.GetTypes()
            .Select(t => (Type: t, Attr: t.GetCustomAttribute<CmdletAttribute>()))
            .Where(x => x.Attr != null && exported.Contains($"{x.Attr.VerbName}-{x.Attr.NounName}"))
            .SelectMany(x => x.Type.GetCustomAttributes<CircleApiOperationAttribute>().Select(a => ($"{x.Attr!.VerbName}-{x.Attr.NounName}", a.OperationId)))
            .ToList();
    }

    private static OpenApiDocument? Document() =>
        TestPaths.SharedCircleCi == null ? null : OpenApiDocument.Load(Path.Combine(TestPaths.SharedCircleCi, "openapi-v2.json"));

    [SkippableFact]
    public void Every_operation_in_the_document_is_called_by_an_exported_cmdlet()
    {
        var doc = Document();
        Skip.If(doc == null, "../shared/circleci is not present: coverage not checked.");
        var covered = ExportedOperations().Select(o => o.OperationId).ToHashSet(StringComparer.Ordinal);
        var missing = doc!.Operations()
            .Where(op => !covered.Contains(op.Id) && !PendingOnThisBranch.Contains(op.Id))
            .Select(op => $"{op.Id} ({op.Method} {op.Path})").ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} operation(s) no exported cmdlet calls:\n" + string.Join("\n", missing));
    }

    [SkippableFact]
    public void Every_tolerated_operation_is_in_the_document()
    {
        var doc = Document();
        Skip.If(doc == null, "../shared/circleci is not present: coverage not checked.");
        var ids = doc!.Operations().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = PendingOnThisBranch.Where(id => !ids.Contains(id)).ToList();
        Assert.True(unknown.Count == 0, "PendingOnThisBranch names operations the document does not have: " + string.Join(", ", unknown));
    }

    [SkippableFact]
    public void Every_marked_operation_exists_in_the_document()
    {
        var doc = Document();
        Skip.If(doc == null, "../shared/circleci is not present: coverage not checked.");
        var ids = doc!.Operations().Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var marked = ModuleAssembly.GetTypes()
            .SelectMany(t => t.GetCustomAttributes<CircleApiOperationAttribute>().Select(a => (t.Name, a.OperationId)))
            .ToList();
        Assert.NotEmpty(marked);
        var unknown = marked.Where(m => !m.OperationId.StartsWith("v1.1:", StringComparison.Ordinal) && !ids.Contains(m.OperationId))
            .Select(m => $"{m.Name}: {m.OperationId}").ToList();
        Assert.True(unknown.Count == 0, "[CircleApiOperation] names operations openapi-v2.json does not have: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Readme_cmdlet_table_is_current()
    {
        string script = Path.Combine(TestPaths.RepoRoot, "build", "Update-CmdletTable.ps1");
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.AddCommand(script)
            .AddParameter("AssemblyPath", ModuleAssembly.Location)
            .AddParameter("Check");
        var output = ps.Invoke();
        Assert.False(ps.HadErrors, string.Join("\n", ps.Streams.Error.Select(e => e.ToString())));
        string expected = output.Select(o => o.BaseObject).OfType<string>().Single();
        string readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")).Replace("\r\n", "\n");
        Match current = Regex.Match(readme, "<!-- cmdlet-table:start -->\n(?<table>.*?)<!-- cmdlet-table:end -->", RegexOptions.Singleline);
        Assert.True(current.Success, "README.md has no <!-- cmdlet-table:start --> / <!-- cmdlet-table:end --> markers.");
        Assert.True(current.Groups["table"].Value == expected,
            "README.md's cmdlet table is stale: run `dotnet pwsh ./build.ps1 build; dotnet pwsh ./build/Update-CmdletTable.ps1`.");
        Assert.Contains("| `Get-CircleProject` | GET /project/{project-slug} | getProjectBySlug |", expected);
    }
}
