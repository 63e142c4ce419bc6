using System.Net;
using System.Net.Sockets;
using System.Text;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Core.Waiting;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

/// <summary>
/// WorkflowWaiter against a scripted server: the emulator cannot stop its clock between two requests, and the race
/// below lives exactly there.
/// </summary>
public sealed class WorkflowWaiterTests
{
    private static readonly Guid WorkflowId = Guid.Parse("6d4b6a2e-5c1e-4f55-9a55-1d3f0c1e2a10");

    [Fact]
    public async Task FailFast_writes_the_workflow_as_failing_when_a_job_failed_after_the_workflow_was_read()
    {
        int workflowReads = 0;
        using var server = ScriptedServer.Start(path =>
        {
            if (path == $"/api/v2/workflow/{WorkflowId:D}")
                // Read 1 is the poll's snapshot (still running); read 2 is after the job list showed the failure.
                return Interlocked.Increment(ref workflowReads) == 1 ? Workflow("running") : Workflow("failing");
            if (path == $"/api/v2/workflow/{WorkflowId:D}/job")
                return """{"items":[{"id":"0b7a8b1c-9d2e-4f3a-8b4c-5d6e7f8a9b0c","name":"build","type":"build","status":"failed","job_number":7,"dependencies":[],"project_slug":"gh/acme/api"}],"next_page_token":null}""";
            return null;
        });
        using var session = new CircleSession(new CircleToken("test-token"), server.Url, "test", "test", "7.6.9");
        var api = new CircleApi(session, NullCircleLog.Instance, CancellationToken.None);
        var waiter = new WorkflowWaiter(api, new WaitOptions { FailFast = true, PollInterval = TimeSpan.FromMilliseconds(10) }, _ => { });

        WaitResult result = await waiter.WaitForWorkflowsAsync(new[] { WorkflowId });

        Assert.Equal(WaitOutcome.FailedFast, result.Outcome);
        Assert.Equal(2, workflowReads);
        Assert.Equal("failing", Assert.Single(result.Workflows).Status);
    }

    private static string Workflow(string status) =>
        $$"""{"id":"{{WorkflowId:D}}","name":"build-and-test","status":"{{status}}","created_at":"2026-12-01T10:00:00Z","stopped_at":null,"pipeline_id":"1a2b3c4d-1a2b-4c3d-8e9f-0a1b2c3d4e5f","pipeline_number":12,"project_slug":"gh/acme/api","started_by":"2b3c4d5e-2b3c-4d5e-9f0a-1b2c3d4e5f6a"}""";

    /// <summary>A loopback HTTP server answering GETs from a function of the path (null: 404).</summary>
    private sealed class ScriptedServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private ScriptedServer(string url) => Url = url;
        public string Url { get; }

        public static ScriptedServer Start(Func<string, string?> answer)
        {
            int port;
            using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
            var server = new ScriptedServer($"http://127.0.0.1:{port}");
            server._listener.Prefixes.Add(server.Url + "/");
            server._listener.Start();
            _ = Task.Run(async () =>
            {
                while (server._listener.IsListening)
                {
                    HttpListenerContext context;
                    try { context = await server._listener.GetContextAsync(); }
                    catch (Exception) { return; }
                    string? body = answer(context.Request.Url!.AbsolutePath);
                    context.Response.StatusCode = body == null ? 404 : 200;
                    context.Response.ContentType = "application/json";
                    byte[] bytes = Encoding.UTF8.GetBytes(body ?? """{"message":"Not found"}""");
                    await context.Response.OutputStream.WriteAsync(bytes);
                    context.Response.Close();
                }
            });
            return server;
        }

        public void Dispose() => _listener.Close();
    }
}
