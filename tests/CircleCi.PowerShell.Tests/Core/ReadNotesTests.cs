using System.Net.Http;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Http;
using CircleCi.PowerShell.Core.Json;
using CircleCi.PowerShell.Models;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

/// <summary>
/// The HTTP core reads answers tolerantly and says once per field, in the request's own -Debug log and with its
/// operation, what it left empty.
/// </summary>
public class ReadNotesTests
{
    private const string Token = "CCIPAT_readnotes_0123456789abcdef";

    private static async Task<T> ReadAsync<T>(string json, JsonTypeInfo<T> typeInfo, ICircleLog log, string? operation = "listEnvVars")
    {
        using var session = new CircleSession(new CircleToken(Token), "http://127.0.0.1:9", "test", "test", "7.6.9");
        var request = new CircleRequest(HttpMethod.Get, session.ResolveV2("project/gh/acme/api/envvar")) { Operation = operation };
        using var response = new HttpResponseMessage(System.Net.HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await session.Http.ReadJsonAsync(request, response, typeInfo, log);
    }

    private const string EnvVarPage = """
        {"items":[
          {"name":"A","value":"xxxx0001","created-at":"#joda/inst 2023-04-14T21:20:14+0000"},
          {"name":"B","value":"xxxx0002","created-at":"soon"},
          {"name":"C","value":"xxxx0003","created-at":"later"},
          {"name":"D","value":"xxxx0004","created-at":"2023-04-14T21:20:14Z"}],
         "next_page_token":null}
        """;

    [Fact]
    public async Task A_malformed_field_is_noted_once_with_the_operation_and_every_item_is_read()
    {
        var log = new RecordingLog(debug: true);
        var page = await ReadAsync(EnvVarPage, ProjectJson.Default.PagedResponseEnvironmentVariable, log);
        Assert.Equal(4, page.Items.Count);
        Assert.Equal(new DateTimeOffset(2023, 4, 14, 21, 20, 14, TimeSpan.Zero), page.Items[0].CreatedAt);
        Assert.Null(page.Items[1].CreatedAt);
        Assert.Equal("listEnvVars: field 'created-at' value 'soon' is not a date; left empty (2 values of this field in this answer)",
            Assert.Single(log.Messages));
    }

    [Fact]
    public async Task Fields_of_nested_objects_and_lists_are_named_as_the_answer_spells_them()
    {
        const string json = """
            {"items":[{"id":"5034460f-c7c4-4c43-9457-de07e2029e7b","name":"build","type":"build","status":"success","job_number":"x12",
                       "started_at":"2023-04-14T21:20:14+0000","stopped_at":"", "project_slug":"gh/a/b",
                       "dependencies":["not-an-id","5034460f-c7c4-4c43-9457-de07e2029e7b"]}],"next_page_token":null}
            """;
        var log = new RecordingLog(debug: true);
        var page = await ReadAsync(json, JobJson.Default.PagedResponseJob, log, "listWorkflowJobs");
        Job job = Assert.Single(page.Items);
        Assert.Null(job.JobNumber);
        Assert.NotNull(job.StartedAt);
        Assert.Null(job.StoppedAt);
        Assert.Equal(2, job.Dependencies.Count);
        Assert.Equal(new[]
        {
            "listWorkflowJobs: field 'job_number' value 'x12' is not a whole number; left empty",
            "listWorkflowJobs: field 'stopped_at' value '' is not a date; left empty",
            "listWorkflowJobs: field 'dependencies' value 'not-an-id' is not an id (Guid); left empty",
        }, log.Messages);
    }

    [Fact]
    public async Task Values_that_parse_are_not_noted_and_without_debug_nothing_is()
    {
        var quiet = new RecordingLog(debug: true);
        await ReadAsync(EnvVarPage.Replace("soon", "2023-04-14T21:20:14+0000").Replace("later", "#joda/inst 2023-04-14T21:20:14+0000"),
            ProjectJson.Default.PagedResponseEnvironmentVariable, quiet);
        Assert.Empty(quiet.Messages);

        var off = new RecordingLog(debug: false);
        var page = await ReadAsync(EnvVarPage, ProjectJson.Default.PagedResponseEnvironmentVariable, off);
        Assert.Equal(4, page.Items.Count);
        Assert.Null(page.Items[2].CreatedAt);
        Assert.Empty(off.Messages);
    }

    [Fact]
    public async Task Without_an_operation_the_note_names_the_method_and_path_and_never_shows_the_token()
    {
        var log = new RecordingLog(debug: true);
        await ReadAsync("""{"id":"CCIPAT_readnotes_0123456789abcdef","login":"ada","name":"Ada"}""", UserJson.Default.User, log, operation: null);
        string note = Assert.Single(log.Messages);
        Assert.StartsWith("GET /api/v2/project/gh/acme/api/envvar: field 'id' value '", note);
        Assert.DoesNotContain(Token, note);
        Assert.Contains(Redactor.Marker, note);
    }

    [Fact]
    public async Task Concurrent_reads_keep_their_notes_in_their_own_logs()
    {
        var logs = Enumerable.Range(0, 16).Select(_ => new RecordingLog(debug: true)).ToArray();
        await Task.WhenAll(logs.Select((log, i) => Task.Run(() =>
            ReadAsync(EnvVarPage.Replace("soon", "bad-" + i).Replace("later", "2023-04-14T21:20:14Z"),
                ProjectJson.Default.PagedResponseEnvironmentVariable, log, "op" + i))));
        for (int i = 0; i < logs.Length; i++)
            Assert.Equal($"op{i}: field 'created-at' value 'bad-{i}' is not a date; left empty", Assert.Single(logs[i].Messages));
    }

    private sealed class RecordingLog : ICircleLog
    {
        public RecordingLog(bool debug) => IsDebugEnabled = debug;
        public List<string> Messages { get; } = new();
        public bool IsVerboseEnabled => false;
        public bool IsDebugEnabled { get; }
        public void Verbose(string message) { }
        public void Debug(string message) { lock (Messages) Messages.Add(message); } // kept even when off: the core must not call it then
        public void Warning(string message) { lock (Messages) Messages.Add(message); }
    }
}
