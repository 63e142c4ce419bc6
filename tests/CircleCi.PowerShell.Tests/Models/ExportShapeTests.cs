using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using CircleCi.PowerShell.Cmdlets;
using CircleCi.PowerShell.Models;
using Xunit;

namespace CircleCi.PowerShell.Tests.Models;

/// <summary>
/// What Export-Csv and ConvertTo-Json see of every object a cmdlet writes (its [OutputType] and everything reachable
/// through its public properties): both read every public .NET property, so none may be a TimeSpan (ConvertTo-Json
/// writes 15 fields for it) and every property that is not a plain value must print its data, not its type name.
/// Walks the types rather than samples, so an object no test happens to produce is held to the same rule.
/// </summary>
public class ExportShapeTests
{
    private static readonly HashSet<Type> PlainValues = new()
    {
        typeof(string), typeof(bool), typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(Guid),
        typeof(DateTimeOffset), typeof(DateTime), typeof(Uri),
    };

    internal static IReadOnlyCollection<Type> OutputTypes()
    {
        var roots = typeof(CircleCmdlet).Assembly.GetTypes()
            .Where(t => typeof(Cmdlet).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetCustomAttributes<OutputTypeAttribute>())
            .SelectMany(a => a.Type).Select(t => t.Type)
            .Where(t => t != null && t.Namespace == typeof(Pipeline).Namespace);
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(roots!);
        while (queue.Count > 0)
        {
            Type type = queue.Dequeue();
            if (typeof(IEnumerable).IsAssignableFrom(type) || !seen.Add(type)) continue;
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                Type? element = ElementType(property.PropertyType) ?? property.PropertyType;
                if (element.Namespace == typeof(Pipeline).Namespace && !element.IsEnum) queue.Enqueue(element);
            }
        }
        return seen;
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string) ? type.GetGenericArguments()[0] : null;

    private static bool PrintsItsData(Type type)
    {
        Type plain = Nullable.GetUnderlyingType(type) ?? type;
        // object: a pipeline value as the config gives it (text, number, boolean, or a JsonTable / ItemList that prints its data).
        if (PlainValues.Contains(plain) || plain.IsEnum || plain == typeof(object)) return true;
        MethodInfo? toString = plain.GetMethod(nameof(ToString), Type.EmptyTypes);
        return toString != null && toString.DeclaringType != typeof(object) && toString.DeclaringType!.Assembly == typeof(Pipeline).Assembly;
    }

    [Fact]
    public void The_walk_finds_the_output_types()
    {
        var types = OutputTypes();
        Assert.Contains(typeof(Workflow), types);
        Assert.Contains(typeof(JobMessage), types); // reached through JobDetail.Messages
        Assert.True(types.Count > 40, $"only {types.Count} output types found");
    }

    [Fact]
    public void No_output_type_has_a_public_TimeSpan_property()
    {
        var found = OutputTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(TimeSpan))
                .Select(p => $"{t.Name}.{p.Name}"))
            .ToList();
        Assert.True(found.Count == 0, "TimeSpan properties (declare [DurationFromSeconds] with a ...Seconds number instead): " + string.Join(", ", found));
    }

    [Fact]
    public void Every_property_of_an_output_type_prints_its_data()
    {
        var found = OutputTypes().SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => !PrintsItsData(p.PropertyType))
                .Select(p => $"{t.Name}.{p.Name} ({p.PropertyType.Name})"))
            .ToList();
        Assert.True(found.Count == 0, "Properties that export as a type name: " + string.Join(", ", found));
    }

    [Fact]
    public void Every_duration_declared_for_PowerShell_has_its_seconds_property()
    {
        var found = new List<string>();
        foreach (Type type in typeof(Pipeline).Assembly.GetTypes())
        {
            foreach (DurationFromSecondsAttribute duration in type.GetCustomAttributes<DurationFromSecondsAttribute>(false))
            {
                PropertyInfo? seconds = type.GetProperty(duration.SecondsProperty);
                if (seconds == null || !duration.SecondsProperty.EndsWith("Seconds", StringComparison.Ordinal) || duration.SecondsProperty != duration.Name + "Seconds")
                    found.Add($"{type.Name}: {duration.Name} from {duration.SecondsProperty}");
            }
        }
        Assert.True(found.Count == 0, "A duration is X (TimeSpan) beside XSeconds: " + string.Join(", ", found));
    }

    [Fact]
    public void Lists_and_free_form_objects_print_their_items()
    {
        Assert.Equal("a, b", new ItemList<string> { "a", "b" }.ToString());
        var table = new JsonTable { ["deploy"] = true };
        Assert.Equal("{\"deploy\":true}", table.ToString());
        Assert.Equal("p=abc", new ItemMap { ["p"] = "abc" }.ToString());
    }
}
