using System.Management.Automation;
using System.Reflection;
using System.Text;
using CircleCi.PowerShell.Cmdlets;
using CircleCi.PowerShell.Tests.Infrastructure;
using Xunit;

namespace CircleCi.PowerShell.Tests.Contract;

/// <summary>
/// The schema-random stage: every read cmdlet (every exported Get-* cmdlet, in each parameter set) against Prism
/// answering random bodies that openapi-v2.json allows (<see cref="PrismFixture"/>), several rounds, must write only
/// objects of its [OutputType] and no error. A failure here is a model stricter than the contract: CircleCI may send
/// that answer. Parameters are made up from their types (a slug, a GUID, a number); lists stop at a few items, as
/// random page tokens never end.
/// </summary>
[Collection(PrismCollection.Name)]
public sealed class SchemaRandomTests
{
    private const int Rounds = 3;
    // A random list may be empty several rounds running: a cmdlet that has
    // written nothing yet gets more rounds before that counts as a failure; one that never writes still fails.
    private const int MaxRoundsUntilWritten = 10;
    private readonly PrismFixture _prism;

    public SchemaRandomTests(PrismFixture prism) => _prism = prism;

    /// <summary>Read cmdlets left out, and why: no API request, or only API v1.1 (Prism serves the v2 document).</summary>
    internal static readonly IReadOnlyDictionary<string, string> LeftOut = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Get-CircleSession"] = "reads the local session, sends nothing",
        ["Get-CircleJobLog"] = "reads API v1.1 job details and downloads step logs from their output_url",
        ["Get-CircleArtifact/Branch"] = "reads API v1.1 (latest artifacts of a branch)",
        ["Get-CircleFailure"] = "takes its pipeline, workflow or job from the pipe (no parameter set names one); its v2 reads are those of Get-CircleWorkflow, Get-CircleJob, Get-CircleTestResult and Get-CircleFlakyTest, which run here",
        ["Get-CircleBranchStatus"] = "writes a row only for workflows that finished; random statuses rarely finish in three rounds, so no output is not an error; its reads are Get-CirclePipeline's and Get-CircleWorkflow's, which run here",
    };

    /// <summary>Errors that report what a random answer said (an export whose state is "failed"), read correctly.</summary>
    private static readonly HashSet<string> Outcomes = new(StringComparer.Ordinal) { "CircleApi.UsageExportFailed" };

    /// <summary>Parameters whose made-up value must have a particular shape.</summary>
    private static readonly IReadOnlyDictionary<string, object> Values = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
    {
        ["ProjectSlug"] = "gh/acme/api",
        ["OrgSlug"] = "gh/acme",
        ["OwnerId"] = "b5123681-acfb-3fc8-8c0a-568e0c0786b2",
        ["DecisionId"] = "7c2f1bbc-4aa3-4d5d-9c53-0a8b7a1e7f44",
        ["WorkflowName"] = "build",
        ["Branch"] = "main",
    };

    public static IEnumerable<object[]> ReadCmdlets()
    {
        var exported = CoverageTests.ExportedCmdletNames();
        foreach (var type in typeof(CircleApiCmdlet).Assembly.GetTypes().OrderBy(t => t.Name))
        {
            if (type.GetCustomAttribute<CmdletAttribute>() is not { VerbName: "Get" } attribute) continue;
            string name = $"{attribute.VerbName}-{attribute.NounName}";
            if (!exported.Contains(name) || LeftOut.ContainsKey(name)) continue;
            foreach (string set in ParameterSets(type, attribute))
                if (!LeftOut.ContainsKey($"{name}/{set}"))
                    yield return new object[] { set == ParameterAttribute.AllParameterSets ? name : $"{name}/{set}" };
        }
    }

    [SkippableTheory]
    [MemberData(nameof(ReadCmdlets))]
    public void Read_cmdlet_gives_typed_output_and_no_error_on_random_answers(string cmdlet)
    {
        Skip.If(_prism.SkipReason != null, _prism.SkipReason);
        string name = cmdlet.Split('/')[0];
        string? set = cmdlet.Contains('/') ? cmdlet.Split('/')[1] : null;
        var type = typeof(CircleApiCmdlet).Assembly.GetTypes()
            .Single(t => t.GetCustomAttribute<CmdletAttribute>() is { } a && $"{a.VerbName}-{a.NounName}" == name);
        var outputTypes = type.GetCustomAttributes<OutputTypeAttribute>().SelectMany(a => a.Type).Select(t => t.Type).Where(t => t != null).ToList();
        Assert.NotEmpty(outputTypes);
        var arguments = Arguments(type, set ?? ParameterAttribute.AllParameterSets);

        var problems = new List<string>();
        int written = 0;
        using var ps = ModuleHost.Create();
        int rounds = 0;
        for (int round = 1; round <= Rounds || (written == 0 && round <= MaxRoundsUntilWritten); round++)
        {
            rounds = round;
            ps.Commands.Clear();
            ps.Streams.ClearStreams();
            ps.AddScript("param($url, $name, $arguments) Connect-Circle -Token CCIPAT_schema_random -ApiUrl $url -SkipVerification; " +
                         "& $name @arguments -ErrorAction Continue | Select-Object -First 5")
              .AddArgument(_prism.Url).AddArgument(name).AddArgument(arguments);
            try
            {
                foreach (var item in ps.Invoke())
                {
                    written++;
                    object value = item.BaseObject;
                    if (!outputTypes.Any(t => t.IsInstanceOfType(value)))
                        problems.Add($"round {round}: wrote a {value.GetType().FullName}, not one of its [OutputType] ({string.Join(", ", outputTypes.Select(t => t!.Name))})");
                }
                problems.AddRange(ps.Streams.Error.Where(e => !Outcomes.Contains(e.FullyQualifiedErrorId.Split(',')[0]))
                    .Select(e => $"round {round}: {e.FullyQualifiedErrorId}: {e}"));
            }
            catch (RuntimeException e)
            {
                problems.Add($"round {round}: terminating {e.ErrorRecord?.FullyQualifiedErrorId}: {e.Message}");
            }
        }
        Assert.True(problems.Count == 0, $"{cmdlet} {Describe(arguments)} on random answers:\n" + string.Join("\n", problems.Distinct().Take(10)));
        Assert.True(written > 0, $"{cmdlet} {Describe(arguments)} wrote nothing in {rounds} rounds of random answers.");
    }

    private static IEnumerable<string> ParameterSets(Type type, CmdletAttribute attribute)
    {
        var sets = type.GetProperties()
            .SelectMany(p => p.GetCustomAttributes<ParameterAttribute>())
            .Select(p => p.ParameterSetName)
            .Where(s => s != ParameterAttribute.AllParameterSets)
            .Append(attribute.DefaultParameterSetName ?? ParameterAttribute.AllParameterSets) // a default set may have no parameters (Get-CircleUser's Me)
            .Where(s => s != ParameterAttribute.AllParameterSets)
            .Distinct()
            .OrderBy(s => s == attribute.DefaultParameterSetName ? 0 : 1).ThenBy(s => s, StringComparer.Ordinal)
            .ToList();
        return sets.Count == 0 ? new[] { ParameterAttribute.AllParameterSets } : sets;
    }

    /// <summary>A value for every mandatory parameter of the set.</summary>
    private static Dictionary<string, object> Arguments(Type type, string set)
    {
        var arguments = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties())
        {
            var mandatory = property.GetCustomAttributes<ParameterAttribute>()
                .Any(p => p.Mandatory && (p.ParameterSetName == set || p.ParameterSetName == ParameterAttribute.AllParameterSets));
            if (mandatory) arguments[property.Name] = ValueFor(property.Name, property.PropertyType);
        }
        // A set chosen by an optional parameter: name one of its own so PowerShell picks that set.
        if (set != ParameterAttribute.AllParameterSets && !type.GetProperties().Any(p => arguments.ContainsKey(p.Name)
                && p.GetCustomAttributes<ParameterAttribute>().Any(a => a.ParameterSetName == set)))
        {
            var own = type.GetProperties().FirstOrDefault(p => p.GetCustomAttributes<ParameterAttribute>().Any(a => a.ParameterSetName == set));
            if (own != null) arguments[own.Name] = ValueFor(own.Name, own.PropertyType);
        }
        return arguments;
    }

    private static object ValueFor(string name, Type type)
    {
        Type element = type.IsArray ? type.GetElementType()! : type;
        object value = Values.TryGetValue(name, out object? known) ? known
            : element == typeof(Guid) ? Guid.Parse("5034460f-c7c4-4c43-9457-de07e2029e7b")
            : element == typeof(long) || element == typeof(int) ? Convert.ChangeType(42, element)
            : element == typeof(SwitchParameter) ? new SwitchParameter(true)
            : element == typeof(string) ? "build"
            : throw new NotSupportedException($"No made-up value for -{name} of type {type.Name}: add one to {nameof(Values)}.");
        if (!type.IsArray) return value;
        var array = Array.CreateInstance(element, 1);
        array.SetValue(value, 0);
        return array;
    }

    private static string Describe(Dictionary<string, object> arguments)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in arguments)
            text.Append($" -{name} {(value is Array a ? string.Join(",", a.Cast<object>()) : value)}");
        return text.ToString().Trim();
    }
}
