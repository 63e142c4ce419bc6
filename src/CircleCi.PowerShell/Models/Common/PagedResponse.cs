using System.Collections.Generic;

namespace CircleCi.PowerShell.Models
{
    /// <summary>CircleCI's list page: {"items": [...], "next_page_token": string|null}. Never written to the pipeline.</summary>
    public sealed class PagedResponse<T>
    {
        public List<T> Items { get; set; } = new List<T>();
        public string? NextPageToken { get; set; }
    }

    /// <summary>The {"message": "..."} body of many CircleCI answers (202 Accepted, cancellations).</summary>
    public sealed class MessageResponse
    {
        public string? Message { get; set; }
    }
}
