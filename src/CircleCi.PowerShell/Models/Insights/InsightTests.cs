using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A workflow's test metrics (GET /insights/{slug}/workflows/{name}/test-metrics).</summary>
    public sealed class TestMetricReport
    {
        public long AverageTestCount { get; set; }
        public ItemList<TestMetric> MostFailedTests { get; set; } = new ItemList<TestMetric>();
        public long MostFailedTestsExtra { get; set; }
        public ItemList<TestMetric> SlowestTests { get; set; } = new ItemList<TestMetric>();
        public long SlowestTestsExtra { get; set; }
        public long TotalTestRuns { get; set; }
        public ItemList<TestRunCount> TestRuns { get; set; } = new ItemList<TestRunCount>();

        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;
        [JsonIgnore] public string WorkflowName { get; set; } = string.Empty;
        [JsonIgnore] public string? Branch { get; set; }
        [JsonIgnore] public bool AllBranches { get; set; }
        public override string ToString() => $"{WorkflowName}: {TotalTestRuns} test runs";
    }

    /// <summary>One test's metrics in a workflow: among the most failed or the slowest.</summary>
    [DurationFromSeconds("P95Duration", nameof(P95DurationSeconds))]
    public sealed class TestMetric
    {
        [JsonPropertyName("p95_duration")] public double? P95DurationSeconds { get; set; }
        public long TotalRuns { get; set; }
        public string? Classname { get; set; }
        public long FailedRuns { get; set; }
        public bool Flaky { get; set; }
        public string? Source { get; set; }
        public string? File { get; set; }
        public string JobName { get; set; } = string.Empty;
        public string TestName { get; set; } = string.Empty;

        [JsonIgnore] public double FailureRate => TotalRuns == 0 ? 0 : (double)FailedRuns / TotalRuns;
        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;
        [JsonIgnore] public string WorkflowName { get; set; } = string.Empty;
        public override string ToString() => Classname == null ? TestName : Classname + "." + TestName;
    }

    /// <summary>The test counts of one workflow run.</summary>
    public sealed class TestRunCount
    {
        public long PipelineNumber { get; set; }
        public Guid? WorkflowId { get; set; }
        public double SuccessRate { get; set; }
        public TestCounts TestCounts { get; set; } = new TestCounts();

        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;
        [JsonIgnore] public string WorkflowName { get; set; } = string.Empty;
        public override string ToString() => $"#{PipelineNumber}: {TestCounts}";
    }

    public sealed class TestCounts
    {
        public long Error { get; set; }
        public long Failure { get; set; }
        public long Skipped { get; set; }
        public long Success { get; set; }
        public long Total { get; set; }
        public override string ToString() => $"{Success}/{Total} passed, {Failure} failed, {Error} errors, {Skipped} skipped";
    }

    /// <summary>The answer of GET /insights/{slug}/flaky-tests (kebab-case on the wire).</summary>
    public sealed class FlakyTestReport
    {
        [JsonPropertyName("flaky-tests")] public ItemList<FlakyTest> FlakyTests { get; set; } = new ItemList<FlakyTest>();
        [JsonPropertyName("total-flaky-tests")] public double TotalFlakyTests { get; set; }
    }

    /// <summary>A test that both passed and failed on the same commit, with its latest flake.</summary>
    [DurationFromSeconds("TimeWasted", nameof(TimeWastedSeconds))]
    public sealed class FlakyTest
    {
        /// <summary>Seconds spent on the runs the flakes made fail.</summary>
        [JsonPropertyName("time-wasted")] public long? TimeWastedSeconds { get; set; }
        /// <summary>A plain string in the document: read as a date where it is one, else left empty.</summary>
        [JsonPropertyName("workflow-created-at")] public DateTimeOffset? WorkflowCreatedAt { get; set; }
        [JsonPropertyName("workflow-id")] public Guid? WorkflowId { get; set; }
        [JsonPropertyName("classname")] public string? Classname { get; set; }
        /// <summary>The document gives this field no type: a value that is not a whole number leaves it null.</summary>
        [JsonPropertyName("pipeline-number")] public long? PipelineNumber { get; set; }
        [JsonPropertyName("workflow-name")] public string WorkflowName { get; set; } = string.Empty;
        [JsonPropertyName("test-name")] public string TestName { get; set; } = string.Empty;
        [JsonPropertyName("job-name")] public string JobName { get; set; } = string.Empty;
        /// <summary>No type in the document either.</summary>
        [JsonPropertyName("job-number")] public long? JobNumber { get; set; }
        [JsonPropertyName("times-flaked")] public long TimesFlaked { get; set; }
        [JsonPropertyName("source")] public string? Source { get; set; }
        [JsonPropertyName("file")] public string? File { get; set; }

        [JsonIgnore] public string ProjectSlug { get; set; } = string.Empty;
        public override string ToString() => Classname == null ? TestName : Classname + "." + TestName;
    }
}
