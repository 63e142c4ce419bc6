using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /workflow/{id}/rerun (rerunWorkflow). Unset fields are left out: an empty body reruns the whole workflow.</summary>
    public sealed class RerunWorkflowRequest
    {
        /// <summary>SSH for the person rerunning; needs <see cref="Jobs"/>.</summary>
        public bool? EnableSsh { get; set; }
        /// <summary>Rerun from the failed job; excludes <see cref="Jobs"/>.</summary>
        public bool? FromFailed { get; set; }
        /// <summary>The ids of the jobs to rerun.</summary>
        public List<Guid>? Jobs { get; set; }
        /// <summary>Sparse-tree rerun, for workflows with disconnected subgraphs; needs <see cref="Jobs"/>.</summary>
        public bool? SparseTree { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(RerunWorkflowRequest))]
    internal partial class WorkflowRequestJson : JsonSerializerContext
    {
    }
}
