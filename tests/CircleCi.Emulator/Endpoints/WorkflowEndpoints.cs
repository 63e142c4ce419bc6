using System.Text.Json;
using CircleCi.Emulator.State;

namespace CircleCi.Emulator.Endpoints;

/// <summary>Workflow tag: get, a workflow's jobs (paged), approve (202), cancel (202), rerun (202 {"workflow_id"}).</summary>
public static class WorkflowEndpoints
{
    public const string WorkflowNotFound = "Workflow not found";

    public static void Map(ApiRoutes api)
    {
        var state = api.State;

        api.V2.MapGet("/workflow/{id}", (string id) => WithWorkflow(state, id, Json.Ok));

        api.V2.MapGet("/workflow/{id}/job", (HttpContext ctx, string id) => WithWorkflow(state, id, wf =>
            Paging.Page(ctx, (state.JobsByWorkflow.GetValueOrDefault(wf.Id) ?? new()).ToList(), "jobs|" + wf.Id, api.PageSize)));

        api.V2.MapPost("/workflow/{id}/cancel", (HttpContext ctx, string id) => WithWorkflow(state, id, wf =>
        {
            if (!CiHttp.CanWrite(ctx)) return Json.Error(403, CiHttp.PermissionDenied);
            state.CancelWorkflow(wf, CiHttp.UserId(ctx));
            return CiHttp.Accepted();
        }));

        api.V2.MapPost("/workflow/{id}/approve/{approvalRequestId}", (HttpContext ctx, string id, string approvalRequestId) =>
            WithWorkflow(state, id, wf =>
            {
                if (!Guid.TryParse(approvalRequestId, out var request)) return Json.Error(404, "Approval request not found.");
                if (!CiHttp.CanWrite(ctx)) return Json.Error(403, CiHttp.PermissionDenied);
                return state.Approve(wf, request, CiHttp.UserId(ctx)!.Value) is { } error ? CiHttp.Error(error) : CiHttp.Accepted();
            }));

        api.V2.MapPost("/workflow/{id}/rerun", async (HttpContext ctx, string id) =>
        {
            var body = await CiHttp.ReadObjectAsync(ctx);
            var jobs = new List<Guid>();
            if (body is { } b && b.TryGetProperty("jobs", out var list))
            {
                if (list.ValueKind != JsonValueKind.Array) body = null;
                else foreach (var item in list.EnumerateArray())
                    if (item.ValueKind == JsonValueKind.String && Guid.TryParse(item.GetString(), out var job)) jobs.Add(job);
                    else body = null;
            }
            if (body is not { } rerunBody) return Json.Error(400, CiHttp.BadBody);
            return WithWorkflow(state, id, wf =>
            {
                if (!CiHttp.CanWrite(ctx)) return Json.Error(403, CiHttp.PermissionDenied);
                var error = state.Rerun(wf, CiHttp.Bool(rerunBody, "from_failed"), jobs, CiHttp.Bool(rerunBody, "enable_ssh"),
                    CiHttp.Bool(rerunBody, "sparse_tree"), CiHttp.UserId(ctx)!.Value, out var rerun);
                return error is not null ? CiHttp.Error(error) : Json.Ok(new { workflow_id = rerun!.Id }, 202);
            });
        });
    }

    /// <summary>Runs <paramref name="answer"/> on the workflow under the state lock, or answers 404.</summary>
    public static IResult WithWorkflow(EmulatorState state, string id, Func<WorkflowRecord, IResult> answer)
    {
        if (!Guid.TryParse(id, out var guid)) return Json.Error(404, WorkflowNotFound);
        lock (state.Sync)
            return state.Workflows.GetValueOrDefault(guid) is { } wf ? answer(wf) : Json.Error(404, WorkflowNotFound);
    }
}
