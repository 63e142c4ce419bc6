using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using CircleCi.PowerShell.Core.Waiting;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Failures
{
    /// <summary>
    /// Builds the failure report: one <see cref="CircleFailure"/> per failed job of a pipeline, workflows or a job.
    /// Only the latest run of each workflow name counts (a rerun that passed clears the failure). A part that
    /// cannot be read (steps, tests, Insights) becomes a verbose line, not a missing report.
    /// </summary>
    internal sealed class FailureReporter
    {
        private readonly FailureSource _source;
        private readonly ICircleLog _log;
        private readonly Dictionary<string, List<FlakyTest>> _flaky = new Dictionary<string, List<FlakyTest>>(StringComparer.OrdinalIgnoreCase);

        public FailureReporter(FailureSource source, ICircleLog log, int tailLines = 20, bool includeFlaky = true)
        {
            _source = source;
            _log = log;
            TailLines = tailLines;
            IncludeFlaky = includeFlaky;
        }

        public int TailLines { get; }
        public bool IncludeFlaky { get; }

        public async Task<List<CircleFailure>> ForPipelineAsync(Guid pipelineId, CancellationToken ct)
        {
            List<Workflow> workflows = await _source.ListWorkflowsAsync(pipelineId, ct).ConfigureAwait(false);
            return await ForWorkflowsAsync(workflows, ct).ConfigureAwait(false);
        }

        public async Task<List<CircleFailure>> ForWorkflowIdsAsync(IEnumerable<Guid> workflowIds, CancellationToken ct)
        {
            var workflows = new List<Workflow>();
            foreach (Guid id in workflowIds) workflows.Add(await _source.GetWorkflowAsync(id, ct).ConfigureAwait(false));
            return await ForWorkflowsAsync(workflows, ct).ConfigureAwait(false);
        }

        /// <summary>The failures of the latest run of each workflow name.</summary>
        public async Task<List<CircleFailure>> ForWorkflowsAsync(IEnumerable<Workflow> workflows, CancellationToken ct,
            IReadOnlyDictionary<Guid, List<Job>>? knownJobs = null)
        {
            var failures = new List<CircleFailure>();
            foreach (Workflow workflow in Latest(workflows))
            {
                List<Job> jobs = knownJobs != null && knownJobs.TryGetValue(workflow.Id, out var known) ? known
                    : await _source.ListJobsAsync(workflow.Id, ct).ConfigureAwait(false);
                List<Job> failed = jobs.Where(j => WorkflowWaiter.IsFailedJob(j.Status)).ToList();
                foreach (Job job in failed)
                    failures.Add(await ForJobAsync(workflow, job, failed.Count, ct).ConfigureAwait(false));
            }
            return failures;
        }

        /// <summary>The failure of one job by number, or null when it did not fail.</summary>
        public async Task<CircleFailure?> ForJobNumberAsync(string slug, long number, CancellationToken ct)
        {
            JobDetail detail = await _source.GetJobAsync(slug, number, ct).ConfigureAwait(false);
            if (!WorkflowWaiter.IsFailedJob(detail.Status) || detail.WorkflowId is not Guid workflowId) return null;
            Workflow workflow = await _source.GetWorkflowAsync(workflowId, ct).ConfigureAwait(false);
            List<Job> jobs = await _source.ListJobsAsync(workflowId, ct).ConfigureAwait(false);
            Job job = jobs.FirstOrDefault(j => j.JobNumber == number)
                ?? new Job { Name = detail.Name, Status = detail.Status, JobNumber = number, ProjectSlug = detail.ProjectSlug ?? slug, WorkflowId = workflowId };
            return await ForJobAsync(workflow, job, jobs.Count(j => WorkflowWaiter.IsFailedJob(j.Status)), ct, detail).ConfigureAwait(false);
        }

        internal static IEnumerable<Workflow> Latest(IEnumerable<Workflow> workflows) =>
            workflows.GroupBy(w => w.Name, StringComparer.Ordinal).Select(g => g.OrderByDescending(w => w.CreatedAt).First());

        private async Task<CircleFailure> ForJobAsync(Workflow workflow, Job job, int failedInWorkflow, CancellationToken ct, JobDetail? detail = null)
        {
            string projectSlug = string.IsNullOrEmpty(job.ProjectSlug) ? workflow.ProjectSlug : job.ProjectSlug;
            var failure = new CircleFailure
            {
                ProjectSlug = projectSlug, PipelineId = workflow.PipelineId, PipelineNumber = workflow.PipelineNumber,
                WorkflowId = workflow.Id, WorkflowName = workflow.Name, JobId = job.Id, JobName = job.Name, JobNumber = job.JobNumber,
                Status = job.Status, Duration = job.StartedAt.HasValue && job.StoppedAt.HasValue ? job.StoppedAt - job.StartedAt : null,
            };
            if (job.JobNumber is long number && Core.ProjectSlug.TryNormalize(projectSlug, out string slug, out _))
            {
                detail ??= await Try(() => _source.GetJobAsync(slug, number, ct), $"job {number}'s details").ConfigureAwait(false);
                if (detail != null)
                {
                    failure.WebUrl = detail.WebUrl;
                    failure.Duration = detail.DurationSeconds.HasValue ? TimeSpan.FromSeconds(detail.DurationSeconds.Value) : failure.Duration;
                }
                V1Build? build = await Try(() => _source.GetStepsAsync(slug, number, ct), $"job {number}'s steps").ConfigureAwait(false);
                if (build != null) failure.Steps = new ItemList<FailedStep>(await StepsAsync(build, ct).ConfigureAwait(false));
                List<TestResult>? tests = await Try(() => _source.ListTestsAsync(slug, number, ct), $"job {number}'s tests").ConfigureAwait(false);
                if (tests != null)
                {
                    List<FlakyTest> flaky = await FlakyAsync(slug, ct).ConfigureAwait(false);
                    failure.Tests = new ItemList<FailedTest>(tests.Where(t => t.Result is "failure" or "error" or "failed").Select(t => ToFailedTest(t, job.Name, flaky)));
                }
            }
            failure.Reason = ReasonOf(job.Status, failure.Steps, failure.Tests);
            failure.LikelyTransient = failure.Reason is "TimedOut" or "InfrastructureFailure" || (failure.Tests.Count > 0 && failure.Tests.All(t => t.Flaky));
            if (workflow.IsFinished)
                failure.Rerun = failedInWorkflow <= 1
                    ? $"Restart-CircleWorkflow -WorkflowId {workflow.Id:D} -Job {job.Id:D}"
                    : $"Restart-CircleWorkflow -WorkflowId {workflow.Id:D} -FromFailed";
            failure.Message = MessageOf(failure);
            return failure;
        }

        private async Task<List<FailedStep>> StepsAsync(V1Build build, CancellationToken ct)
        {
            var steps = new List<FailedStep>();
            foreach (V1Step step in build.Steps)
                foreach (V1Action action in step.Actions.Where(IsFailing))
                {
                    var failed = new FailedStep
                    {
                        Name = step.Name, StepNumber = action.Step, NodeIndex = action.Index, Status = action.Status ?? string.Empty,
                        ExitCode = action.ExitCode, Reason = StepReason(action),
                    };
                    if (TailLines > 0 && action.HasOutput && Uri.TryCreate(action.OutputUrl, UriKind.Absolute, out Uri? url))
                        failed.OutputTail = Tail(await Try(() => _source.GetStepOutputAsync(url, ct), $"the output of step {step.Name}").ConfigureAwait(false) ?? "", TailLines);
                    steps.Add(failed);
                }
            return steps;
        }

        internal static bool IsFailing(V1Action action) =>
            action.Status is "failed" or "timedout" or "infrastructure_fail"
            || action.Failed == true || action.Timedout == true || action.InfrastructureFail == true
            || (action.ExitCode is long code && code != 0);

        internal static string StepReason(V1Action action)
        {
            if (action.Timedout == true || action.Status == "timedout") return "TimedOut";
            if (action.InfrastructureFail == true || action.Status == "infrastructure_fail") return "InfrastructureFailure";
            if (action.Canceled == true || action.Status == "canceled") return "Canceled";
            return action.ExitCode.HasValue ? "ExitCode" : "Failed";
        }

        internal static string ReasonOf(string jobStatus, IReadOnlyList<FailedStep> steps, IReadOnlyList<FailedTest> tests)
        {
            switch (jobStatus)
            {
                case "timedout": return "TimedOut";
                case "infrastructure_fail": return "InfrastructureFailure";
                case "terminated-unknown": return "TerminatedUnknown";
                case "unauthorized": return "Unauthorized";
            }
            string? fromSteps = steps.FirstOrDefault()?.Reason;
            if (tests.Count > 0 && (fromSteps == null || fromSteps == "ExitCode" || fromSteps == "Failed")) return "TestsFailed";
            return fromSteps ?? "Failed";
        }

        internal static string MessageOf(CircleFailure failure)
        {
            string job = failure.JobNumber.HasValue ? $"{failure.JobName} #{failure.JobNumber}" : failure.JobName;
            var parts = new List<string>();
            foreach (FailedStep step in failure.Steps.GroupBy(s => s.Name).Select(g => g.First()))
            {
                string what = step.Reason switch
                {
                    "TimedOut" => "timed out",
                    "InfrastructureFailure" => "hit an infrastructure failure",
                    "Canceled" => "was canceled",
                    _ => step.ExitCode.HasValue ? "exited with code " + step.ExitCode.Value.ToString(CultureInfo.InvariantCulture) : "failed",
                };
                parts.Add($"step \"{step.Name}\" {what}");
            }
            if (parts.Count == 0) parts.Add(failure.Reason switch
            {
                "TimedOut" => "it timed out",
                "InfrastructureFailure" => "it hit an infrastructure failure",
                _ => "it ended " + failure.Status,
            });
            if (failure.Tests.Count > 0)
            {
                int flaky = failure.Tests.Count(t => t.Flaky);
                parts.Add($"{failure.Tests.Count} failed test{(failure.Tests.Count == 1 ? "" : "s")}" + (flaky > 0 ? $" ({flaky} known flaky)" : ""));
            }
            return $"Job {job} of workflow {failure.WorkflowName} failed: {string.Join("; ", parts)}.";
        }

        private FailedTest ToFailedTest(TestResult test, string jobName, List<FlakyTest> flaky) => new FailedTest
        {
            Name = test.Name, Classname = test.Classname, File = string.IsNullOrEmpty(test.File) ? null : test.File, Result = test.Result,
            Message = test.Message, Line = LineOf(test.File, test.Message),
            Flaky = flaky.Any(f => f.TestName == test.Name && (f.Classname ?? "") == test.Classname && (string.IsNullOrEmpty(f.JobName) || f.JobName == jobName)),
        };

        /// <summary>The line a failure message points at in the test's file ("tests/x.py:42: ..."), if it does.</summary>
        internal static long? LineOf(string? file, string? message)
        {
            if (string.IsNullOrEmpty(file) || string.IsNullOrEmpty(message)) return null;
            Match match = Regex.Match(message, Regex.Escape(file) + @":(\d{1,9})\b");
            return match.Success ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        }

        /// <summary>The last <paramref name="lines"/> non-empty-ended lines of a log, ANSI escape codes removed.</summary>
        internal static string Tail(string output, int lines)
        {
            string[] all = Patterns.Ansi().Replace(output, string.Empty).Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n').Split('\n');
            return string.Join("\n", all.Skip(Math.Max(0, all.Length - lines)));
        }

        private async Task<List<FlakyTest>> FlakyAsync(string slug, CancellationToken ct)
        {
            if (!IncludeFlaky) return new List<FlakyTest>();
            if (_flaky.TryGetValue(slug, out var known)) return known;
            known = await Try(() => _source.ListFlakyTestsAsync(slug, ct), "Insights' flaky tests").ConfigureAwait(false) ?? new List<FlakyTest>();
            _flaky[slug] = known;
            return known;
        }

        private async Task<T?> Try<T>(Func<Task<T>> read, string what) where T : class
        {
            try
            {
                return await read().ConfigureAwait(false);
            }
            catch (CircleApiException ex)
            {
                _log.Verbose($"Failure report: could not read {what}: {ex.Message}");
                return null;
            }
        }
    }
}
