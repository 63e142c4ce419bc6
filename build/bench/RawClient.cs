#nullable enable
// The baseline for the benchmarks: what a careful C# programmer would write with a bare HttpClient, no retries,
// no paging abstraction. Compiled with Add-Type inside the benchmark's child pwsh.
using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

public static class RawCircleClient
{
    private static HttpClient Create(string token)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 });
        client.DefaultRequestHeaders.Add("Circle-Token", token);
        client.DefaultRequestHeaders.Add("Accept", "application/json");
        return client;
    }

    /// <summary>Every item of a paged list, following next_page_token sequentially; returns the item count.</summary>
    public static int CountPages(string baseUrl, string token, string path)
    {
        using var client = Create(token);
        return CountPagesAsync(client, baseUrl, path).GetAwaiter().GetResult();
    }

    private static async Task<int> CountPagesAsync(HttpClient client, string baseUrl, string path)
    {
        int count = 0;
        string? pageToken = null;
        do
        {
            string url = baseUrl + path + (pageToken == null ? "" : (path.Contains("?") ? "&" : "?") + "page-token=" + Uri.EscapeDataString(pageToken));
            using var stream = await client.GetStreamAsync(url).ConfigureAwait(false);
            using var doc = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
            count += doc.RootElement.GetProperty("items").GetArrayLength();
            var next = doc.RootElement.GetProperty("next_page_token");
            pageToken = next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (!string.IsNullOrEmpty(pageToken));
        return count;
    }

    /// <summary>Every item of a paged list as parsed JSON, for a script to write down the pipeline.</summary>
    public static List<JsonElement> Items(string baseUrl, string token, string path)
    {
        using var client = Create(token);
        return ItemsAsync(client, baseUrl, path).GetAwaiter().GetResult();
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string baseUrl, string path)
    {
        var items = new List<JsonElement>();
        string? pageToken = null;
        do
        {
            string url = baseUrl + path + (pageToken == null ? "" : "?page-token=" + Uri.EscapeDataString(pageToken));
            using var stream = await client.GetStreamAsync(url).ConfigureAwait(false);
            using var doc = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
            foreach (var item in doc.RootElement.GetProperty("items").EnumerateArray()) items.Add(item.Clone());
            var next = doc.RootElement.GetProperty("next_page_token");
            pageToken = next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (!string.IsNullOrEmpty(pageToken));
        return items;
    }

    /// <summary>pipelines -> workflows -> jobs with up to <paramref name="parallel"/> requests in flight; returns the job count.</summary>
    public static int Crawl(string baseUrl, string token, string projectSlug, int pipelines, int parallel)
    {
        using var client = Create(token);
        return CrawlAsync(client, baseUrl, projectSlug, pipelines, parallel).GetAwaiter().GetResult();
    }

    private static async Task<int> CrawlAsync(HttpClient client, string baseUrl, string projectSlug, int pipelines, int parallel)
    {
        var ids = new List<string>();
        string? pageToken = null;
        while (ids.Count < pipelines)
        {
            string url = baseUrl + "/api/v2/project/" + projectSlug + "/pipeline" + (pageToken == null ? "" : "?page-token=" + Uri.EscapeDataString(pageToken));
            using var stream = await client.GetStreamAsync(url).ConfigureAwait(false);
            using var doc = await JsonDocument.ParseAsync(stream).ConfigureAwait(false);
            foreach (var item in doc.RootElement.GetProperty("items").EnumerateArray())
                if (ids.Count < pipelines) ids.Add(item.GetProperty("id").GetString()!);
            var next = doc.RootElement.GetProperty("next_page_token");
            pageToken = next.ValueKind == JsonValueKind.String ? next.GetString() : null;
            if (pageToken == null) break;
        }
        using var gate = new SemaphoreSlim(parallel);
        int jobs = 0;
        async Task Pipeline(string id)
        {
            List<JsonElement> workflows;
            await gate.WaitAsync().ConfigureAwait(false);
            try { workflows = await ItemsAsync(client, baseUrl, "/api/v2/pipeline/" + id + "/workflow").ConfigureAwait(false); }
            finally { gate.Release(); }
            foreach (var workflow in workflows)
            {
                await gate.WaitAsync().ConfigureAwait(false);
                try
                {
                    var found = await ItemsAsync(client, baseUrl, "/api/v2/workflow/" + workflow.GetProperty("id").GetString() + "/job").ConfigureAwait(false);
                    Interlocked.Add(ref jobs, found.Count);
                }
                finally { gate.Release(); }
            }
        }
        var tasks = new List<Task>();
        foreach (var id in ids) tasks.Add(Pipeline(id));
        await Task.WhenAll(tasks).ConfigureAwait(false);
        return jobs;
    }
}
