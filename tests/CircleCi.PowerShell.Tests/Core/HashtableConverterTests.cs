using System.Collections;
using System.Text.Json;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

public class HashtableConverterTests
{
    [Fact]
    public void Trigger_parameters_keep_their_json_types()
    {
        const string json = "{\"id\":\"5034460f-c7c4-4c43-9457-de07e2029e7b\",\"number\":3,\"state\":\"created\",\"created_at\":\"2026-11-01T00:00:00Z\"," +
            "\"project_slug\":\"gh/a/b\",\"errors\":[],\"trigger_parameters\":{\"image-tag\":\"4.8.2\",\"deploy\":true,\"replicas\":3,\"ratio\":0.5,\"nested\":{\"a\":[1,\"x\"]},\"none\":null},\"unknown_field\":1}";
        Pipeline p = JsonSerializer.Deserialize(json, PipelineJson.Default.Pipeline)!;
        Hashtable t = p.TriggerParameters!;
        Assert.Equal("4.8.2", t["image-tag"]);
        Assert.Equal(true, t["DEPLOY"]); // case-insensitive like PowerShell
        Assert.Equal(3L, t["replicas"]);
        Assert.Equal(0.5, t["ratio"]);
        // Arrays are lists that print their items (an exported column shows "1, x", not a type name).
        var list = Assert.IsType<ItemList<object?>>(((Hashtable)t["nested"]!)["a"]);
        Assert.Equal(new object?[] { 1L, "x" }, list.ToArray());
        Assert.Equal("1, x", list.ToString());
        Assert.True(t.ContainsKey("none"));
    }

    [Fact]
    public void Hashtables_serialize_with_their_types()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            HashtableConverter.WriteValue(writer, new Hashtable { ["b"] = true, ["n"] = 42, ["s"] = "x" });
        var doc = JsonDocument.Parse(stream.ToArray()).RootElement;
        Assert.Equal(JsonValueKind.True, doc.GetProperty("b").ValueKind);
        Assert.Equal(42, doc.GetProperty("n").GetInt32());
        Assert.Equal("x", doc.GetProperty("s").GetString());
    }
}
