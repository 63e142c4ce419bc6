namespace CircleCi.Emulator.Control;

/// <summary>
/// DELETE /_emulator/usage/calls starts a new hour of the usage API for every organization (its 10 calls an hour),
/// without a reset of the rest of the state: for tests that call the usage API more often than that.
/// </summary>
public static class UsageControl
{
    public static void Map(RouteGroupBuilder g, EmulatorServer server)
    {
        var state = server.State;
        g.MapDelete("/usage/calls", () =>
        {
            lock (state.Sync) state.UsageCalls.Clear();
            return Results.NoContent();
        });
    }
}
