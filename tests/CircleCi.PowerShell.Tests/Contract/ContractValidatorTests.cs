using System.Text;
using System.Text.Json.Nodes;
using CircleCi.Emulator.Contract;
using Xunit;

namespace CircleCi.PowerShell.Tests.Contract;

/// <summary>
/// The emulator's contract check (tests/CircleCi.Emulator/Contract): JsonSchema.Net on CircleCI's document, shown
/// refusing wrong requests and answers. The first tests use a small document of their own (no ../shared needed);
/// the others use openapi-v2.json with the defect list applied.
/// </summary>
public class ContractValidatorTests
{
    private const string Uuid = "7c2f1bbc-4aa3-4d5d-9c53-0a8b7a1e7f44";

    private static readonly Lazy<OpenApiContract?> RealContract = new(() =>
        TestPaths.SharedCircleCi is { } dir ? OpenApiContract.Load(Path.Combine(dir, "openapi-v2.json")) : null);

    private static OpenApiContract Real()
    {
        Skip.If(RealContract.Value == null, "../shared/circleci is not present: the contract is not checked.");
        return RealContract.Value!;
    }

    /// <summary>A document in OpenAPI 3.0 spelling: nullable, x-nullable, $ref with a sibling, formats.</summary>
    private static OpenApiContract Small() => OpenApiContract.FromDocument(JsonNode.Parse("""
        {
          "openapi": "3.0.3",
          "paths": {
            "/project/{project-slug}/thing": {
              "get": { "operationId": "listThings", "responses": { "200": { "description": "", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/page" } } } } } }
            },
            "/project/{project-slug}/thing/{id}": {
              "get": {
                "operationId": "getThing",
                "parameters": [ { "name": "id", "in": "path", "required": true, "schema": { "type": "integer", "format": "int64" } },
                                { "name": "deep", "in": "query", "schema": { "type": "boolean" } } ],
                "responses": { "200": { "description": "", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/thing" } } } },
                               "default": { "description": "", "content": { "application/json": { "schema": { "type": "object", "properties": { "message": { "type": "string" } }, "required": ["message"] } } } } }
              }
            },
            "/project/{project-slug}/thing/mine": {
              "get": { "operationId": "myThings", "responses": { "200": { "description": "" } } }
            }
          },
          "components": { "schemas": {
            "page": { "type": "object", "required": ["items", "next_page_token"], "properties": {
              "items": { "type": "array", "items": { "$ref": "#/components/schemas/thing", "description": "ignored sibling" } },
              "next_page_token": { "type": "string", "x-nullable": true } } },
            "thing": { "type": "object", "additionalProperties": false, "required": ["id", "at"], "properties": {
              "id": { "type": "string", "format": "uuid", "example": "x" },
              "at": { "type": "string", "format": "date-time" },
              "count": { "type": "integer", "format": "int64" },
              "state": { "type": "string", "enum": ["on", "off"], "nullable": true },
              "note": { "type": "string" } } }
          } }
        }
        """)!.AsObject(), "small.json");

    private static IReadOnlyList<string> Answer(OpenApiContract contract, string method, string path, int status, string body)
    {
        var op = contract.Match(method, path)?.Operation ?? throw new InvalidOperationException($"no operation for {method} {path}");
        return contract.CheckResponse(op, status, "application/json", Encoding.UTF8.GetBytes(body));
    }

    private static IReadOnlyList<string> Request(OpenApiContract contract, string method, string pathAndQuery, string? body = null)
    {
        string[] parts = pathAndQuery.Split('?', 2);
        var query = parts.Length < 2 ? new List<KeyValuePair<string, string>>()
            : parts[1].Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(Uri.UnescapeDataString(p[0]), Uri.UnescapeDataString(p[1]))).ToList();
        return contract.CheckRequest(new ContractRequest(method, parts[0], query, body == null ? null : "application/json",
            body == null ? null : Encoding.UTF8.GetBytes(body))).Errors;
    }

    [Fact]
    public void Nullable_and_x_nullable_allow_null_and_nothing_else_does()
    {
        var contract = Small();
        Assert.Empty(Answer(contract, "GET", "/project/gh/acme/api/thing", 200,
            $$$"""{"items":[{"id":"{{{Uuid}}}","at":"2026-11-01T00:10:00.000Z","state":null}],"next_page_token":null}"""));
        var errors = Answer(contract, "GET", "/project/gh/acme/api/thing", 200,
            $$$"""{"items":[{"id":"{{{Uuid}}}","at":"2026-11-01T00:10:00.000Z","note":null}],"next_page_token":null}""");
        Assert.Contains("/items/0/note", Assert.Single(errors));
    }

    [Fact]
    public void Formats_are_asserted_and_openapi_data_type_formats_are_not_json_schema_formats()
    {
        var contract = Small();
        var errors = Answer(contract, "GET", "/project/gh/acme/api/thing/5", 200, """{"id":"not-a-uuid","at":"yesterday","count":12345678901}""");
        string error = Assert.Single(errors);
        Assert.Contains("/id", error);
        Assert.Contains("/at", error);
        Assert.DoesNotContain("/count", error);
    }

    [Fact]
    public void Answers_refuse_unknown_fields_where_additionalProperties_is_false_and_undocumented_statuses()
    {
        var contract = Small();
        Assert.Contains("/extra", Assert.Single(Answer(contract, "GET", "/project/gh/acme/api/thing/5", 200,
            $$$"""{"id":"{{{Uuid}}}","at":"2026-11-01T00:10:00.000Z","extra":1}""")));
        Assert.Empty(Answer(contract, "GET", "/project/gh/acme/api/thing/5", 404, """{"message":"Thing not found"}"""));
        Assert.Contains("status 404 is not documented", Assert.Single(Answer(contract, "GET", "/project/gh/acme/api/thing", 404, """{"message":"x"}""")));
    }

    [Fact]
    public void A_slug_spans_segments_and_a_literal_segment_beats_a_parameter()
    {
        var contract = Small();
        var thing = contract.Match("GET", "/project/circleci/" + Uuid + "/" + Uuid + "/thing/7")!.Value;
        Assert.Equal("getThing", thing.Operation.OperationId);
        Assert.Equal($"circleci/{Uuid}/{Uuid}", thing.PathValues["project-slug"]);
        Assert.Equal("7", thing.PathValues["id"]);
        Assert.Equal("myThings", contract.Match("GET", "/project/gh/acme/api/thing/mine")!.Value.Operation.OperationId);
        Assert.Equal("listThings", contract.Match("GET", "/project/gh%2Facme%2Fapi/thing")!.Value.Operation.OperationId);
        Assert.Null(contract.Match("POST", "/project/gh/acme/api/thing"));
    }

    [Fact]
    public void Path_and_query_parameters_are_read_as_their_schema_types()
    {
        var contract = Small();
        Assert.Empty(Request(contract, "GET", "/project/gh/acme/api/thing/7?deep=true"));
        Assert.Contains("path parameter id", Assert.Single(Request(contract, "GET", "/project/gh/acme/api/thing/seven")));
        Assert.Contains("query parameter deep", Assert.Single(Request(contract, "GET", "/project/gh/acme/api/thing/7?deep=maybe")));
        Assert.Contains("no operation of small.json", Assert.Single(Request(contract, "DELETE", "/project/gh/acme/api/thing/7")));
    }

    [SkippableFact]
    public void A_wrong_request_body_breaks_openapi_v2()
    {
        var contract = Real();
        Assert.Empty(Request(contract, "POST", "/context", $$$"""{"name":"deploy","owner":{"id":"{{{Uuid}}}","type":"organization"}}"""));
        string error = Assert.Single(Request(contract, "POST", "/context", $$$"""{"name":5,"owner":{"id":"{{{Uuid}}}"}}"""));
        Assert.Contains("request body", error);
        Assert.Contains("/name", error);
    }

    [SkippableFact]
    public void A_wrong_answer_breaks_openapi_v2()
    {
        var contract = Real();
        Assert.Empty(Answer(contract, "GET", "/me", 200, $$$"""{"id":"{{{Uuid}}}","login":"ada","name":"Ada","avatar_url":"https://example.invalid/a.png"}"""));
        Assert.Empty(Answer(contract, "GET", "/me", 200, $$$"""{"id":"{{{Uuid}}}","login":"ada","name":"Ada","avatar_url":null}"""));
        string error = Assert.Single(Answer(contract, "GET", "/me", 200, """{"id":42,"login":"ada","name":"Ada"}"""));
        Assert.Contains("/id", error);
        Assert.Contains("avatar_url", error);
        Assert.Contains("next_page_token", Assert.Single(Answer(contract, "GET", "/project/gh/acme/api/pipeline", 200, """{"items":[]}""")));
    }

    [SkippableFact]
    public void Every_defect_entry_has_a_reason_and_applies_to_the_document()
    {
        string dir = TestPaths.SharedCircleCi ?? "";
        Skip.If(TestPaths.SharedCircleCi == null, "../shared/circleci is not present: the defect list cannot be applied.");
        Assert.NotEmpty(OpenApiDefects.All);
        Assert.All(OpenApiDefects.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Reason)));
        foreach (string name in OpenApiDefects.All.Select(d => d.Document).Distinct())
            OpenApiDefects.LoadPatched(Path.Combine(dir, name)); // throws when a step no longer applies
    }

    [SkippableFact]
    public void Without_the_defect_list_the_document_refuses_every_createContext_body()
    {
        Skip.If(TestPaths.SharedCircleCi == null, "../shared/circleci is not present.");
        var raw = OpenApiContract.FromDocument(JsonNode.Parse(File.ReadAllBytes(Path.Combine(TestPaths.SharedCircleCi!, "openapi-v2.json")))!.AsObject(), "openapi-v2.json");
        Assert.Contains("/owner", Assert.Single(Request(raw, "POST", "/context", $$$"""{"name":"deploy","owner":{"id":"{{{Uuid}}}"}}""")));
        Assert.Empty(Request(Real(), "POST", "/context", $$$"""{"name":"deploy","owner":{"id":"{{{Uuid}}}"}}"""));
    }
}
