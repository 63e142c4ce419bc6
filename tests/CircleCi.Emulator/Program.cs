using System.Runtime.InteropServices;
using System.Text.Json;
using CircleCi.Emulator;

// Command-line host: prints one JSON line {"url","otherUrl","pid"} once listening, then runs
// until stdin reaches EOF (the parent closed it or died) or SIGTERM / Ctrl+C arrives.
var options = new EmulatorOptions();
var watchStdin = true;
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    switch (args[i])
    {
        case "--port": options.Port = int.Parse(Next()); break;
        case "--latency-ms": options.LatencyMs = int.Parse(Next()); break;
        case "--big-pipelines": options.BigProjectPipelines = int.Parse(Next()); break;
        case "--page-size": options.PageSize = int.Parse(Next()); break;
        case "--seed": options.Seed = Next(); break;
        case "--no-stdin": watchStdin = false; break;
        case "--contract": options.ContractDirectory = Next(); break;
        case "--no-contract": options.ContractDirectory = ""; break; // e.g. started in the background with stdin at /dev/null
        default:
            Console.Error.WriteLine($"Unknown argument {args[i]}. Usage: [--port N] [--latency-ms N] [--big-pipelines N] [--page-size N] [--seed S] [--no-stdin] [--contract DIR | --no-contract]");
            return 2;
    }
}

using var stop = new CancellationTokenSource();
void OnSignal(PosixSignalContext ctx)
{
    ctx.Cancel = true; // we shut down ourselves, cleanly
    stop.Cancel();
}
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);

await using var server = await EmulatorServer.StartAsync(options, stop.Token);
var ready = new Dictionary<string, object>
{
    ["url"] = server.BaseUrl.GetLeftPart(UriPartial.Authority),
    ["otherUrl"] = server.OtherUrl.GetLeftPart(UriPartial.Authority),
    ["thirdUrl"] = server.ThirdUrl.GetLeftPart(UriPartial.Authority),
    ["pid"] = Environment.ProcessId,
};
Console.Out.WriteLine(JsonSerializer.Serialize(ready));
Console.Out.Flush();

if (watchStdin)
{
    var reader = new Thread(() =>
    {
        try
        {
            using var stdin = Console.OpenStandardInput();
            stdin.CopyTo(Stream.Null);
        }
        catch (IOException)
        {
        }
        stop.Cancel();
    }) { IsBackground = true, Name = "stdin-watch" };
    reader.Start();
}

try
{
    await Task.Delay(Timeout.Infinite, stop.Token);
}
catch (OperationCanceledException)
{
}
return 0;
