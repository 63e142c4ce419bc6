using System;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A job's artifact (GET /project/{slug}/{job-number}/artifacts, or v1.1 latest/artifacts).</summary>
    public sealed class Artifact
    {
        public string Path { get; set; } = string.Empty;
        public long NodeIndex { get; set; }
        public string Url { get; set; } = string.Empty;

        /// <summary>Set by the cmdlet from the request, so Save-CircleArtifact can keep jobs apart.</summary>
        [JsonIgnore] public string? ProjectSlug { get; set; }
        [JsonIgnore] public long? JobNumber { get; set; }
        /// <summary>Known when listed through a pipeline or workflow.</summary>
        [JsonIgnore] public string? JobName { get; set; }
        [JsonIgnore] public string? WorkflowName { get; set; }
        [JsonIgnore] public Guid? WorkflowId { get; set; }

        public override string ToString() => Path;
    }

    /// <summary>What Save-CircleArtifact did with one artifact.</summary>
    [DurationFromSeconds("Duration", nameof(DurationSeconds))]
    public sealed class ArtifactDownload
    {
        /// <summary>The artifact's path as CircleCI gives it.</summary>
        public string Path { get; set; } = string.Empty;
        /// <summary>Where it is on disk (full path).</summary>
        public string FilePath { get; set; } = string.Empty;
        /// <summary>Bytes on disk.</summary>
        public long Size { get; set; }
        /// <summary>Downloaded, or Skipped (already present with the same size).</summary>
        public string Status { get; set; } = string.Empty;
        public long NodeIndex { get; set; }
        public string? ProjectSlug { get; set; }
        public long? JobNumber { get; set; }
        /// <summary>Requests it took (more than 1 when a cut-off body was resumed or retried).</summary>
        public int Attempts { get; set; }
        /// <summary>True when part of the body came through a Range request.</summary>
        public bool Resumed { get; set; }
        internal TimeSpan Duration { get; set; }
        public double DurationSeconds => Math.Round(Duration.TotalSeconds, 3);
        public string Url { get; set; } = string.Empty;

        public bool Skipped => Status == "Skipped";

        public override string ToString() => FilePath;
    }
}
