#nullable enable
// The baselines for the artifact benchmark: a careful C# programmer's bare HttpClient loop. It lists the job's
// artifacts page by page, then streams each one to its file, one after another (SaveAll) or several at once
// (SaveAllParallel, the module's default of 16). No retries, no path checks, one stream per file.
using System;
using System.Collections.Generic;
using System.IO;
using System.Net.Http;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

public static class RawArtifactClient
{
    public static int SaveAll(string baseUrl, string token, string listPath, string destination) =>
        SaveAllParallel(baseUrl, token, listPath, destination, 1);

    public static int SaveAllParallel(string baseUrl, string token, string listPath, string destination, int parallel)
    {
        using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        client.DefaultRequestHeaders.Add("Circle-Token", token);
        return SaveAllAsync(client, baseUrl, listPath, destination, parallel).GetAwaiter().GetResult();
    }

    private static async Task<int> SaveAllAsync(HttpClient client, string baseUrl, string listPath, string destination, int parallel)
    {
        var artifacts = new List<(string Path, string Url)>();
        string? pageToken = null;
        do
        {
            string url = baseUrl + listPath + (pageToken == null ? "" : "?page-token=" + Uri.EscapeDataString(pageToken));
            using var stream = await client.GetStreamAsync(url).ConfigureAwait(false);
            using var doc = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
            foreach (var item in doc.RootElement.GetProperty("items").EnumerateArray())
                artifacts.Add((item.GetProperty("path").GetString()!, item.GetProperty("url").GetString()!));
            var next = doc.RootElement.GetProperty("next_page_token");
            pageToken = next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (pageToken != null);

        using var gate = new SemaphoreSlim(parallel);
        await Task.WhenAll(artifacts.Select(async artifact =>
        {
            await gate.WaitAsync().ConfigureAwait(false);
            try
            {
                await SaveOneAsync(client, artifact.Url, Path.Combine(destination, artifact.Path)).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        })).ConfigureAwait(false);
        return artifacts.Count;
    }

    private static async Task SaveOneAsync(HttpClient client, string url, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        using var file = File.Create(target);
        await body.CopyToAsync(file).ConfigureAwait(false);
    }
}
