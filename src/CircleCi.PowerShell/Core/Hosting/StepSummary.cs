using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Core.Hosting
{
    /// <summary>
    /// The Markdown report of a pipeline for a run's summary page: its workflows and jobs (status, duration, link),
    /// then each failure with its failed tests (flaky ones marked), the rerun, and the end of the failing steps' output.
    /// </summary>
    internal static class StepSummary
    {
        public static string Build(string title, string? pipelineUrl, IReadOnlyList<Workflow> workflows,
            IReadOnlyDictionary<Guid, List<Job>> jobs, IReadOnlyList<CircleFailure> failures, WebLinks links)
        {
            var md = new StringBuilder();
            md.Append("## ").Append(pipelineUrl == null ? Cell(title) : $"[{Cell(title)}]({pipelineUrl})").Append('\n').Append('\n');
            md.Append("| Workflow | Job | Status | Duration |\n|---|---|---|---|\n");
            foreach (Workflow workflow in workflows)
            {
                string wfLink = links.Workflow(workflow.ProjectSlug, workflow.PipelineNumber, workflow.Id);
                md.Append($"| [{Cell(workflow.Name)}]({wfLink}) | | {Status(workflow.Status)} | {Duration(workflow.StoppedAt.HasValue ? workflow.StoppedAt - workflow.CreatedAt : null)} |\n");
                if (!jobs.TryGetValue(workflow.Id, out var list)) continue;
                foreach (Job job in list)
                {
                    string name = job.JobNumber.HasValue ? $"{job.Name} #{job.JobNumber}" : job.Name;
                    string link = links.Job(workflow.ProjectSlug, workflow.PipelineNumber, workflow.Id, job.JobNumber);
                    md.Append($"| | [{Cell(name)}]({link}) | {Status(job.Status)} | {Duration(job.StartedAt.HasValue && job.StoppedAt.HasValue ? job.StoppedAt - job.StartedAt : null)} |\n");
                }
            }
            if (failures.Count == 0) return md.ToString();

            md.Append("\n### Failures\n");
            foreach (CircleFailure failure in failures)
            {
                md.Append('\n').Append("**").Append(Cell(failure.WorkflowName)).Append(" / ").Append(Cell(failure.JobName));
                if (failure.JobNumber.HasValue) md.Append(" #").Append(failure.JobNumber.Value.ToString(CultureInfo.InvariantCulture));
                md.Append("** (").Append(failure.Reason).Append("): ").Append(Cell(failure.Message)).Append('\n');
                if (failure.Rerun != null)
                    md.Append('\n').Append(failure.LikelyTransient ? "Likely transient; rerun: `" : "Rerun: `").Append(failure.Rerun).Append("`\n");
                if (failure.Tests.Count > 0)
                {
                    md.Append("\n| Test | File | Message | Flaky |\n|---|---|---|---|\n");
                    foreach (FailedTest test in failure.Tests)
                    {
                        string file = test.File == null ? "" : test.Line.HasValue ? $"{test.File}:{test.Line.Value.ToString(CultureInfo.InvariantCulture)}" : test.File;
                        md.Append($"| {Cell(test.ToString())} | {Cell(file)} | {Cell(test.Message ?? "")} | {(test.Flaky ? "flaky" : "")} |\n");
                    }
                }
                foreach (FailedStep step in failure.Steps.Where(s => s.OutputTail.Length > 0))
                {
                    md.Append("\n<details><summary>").Append(Html(step.Name)).Append(" (node ").Append(step.NodeIndex.ToString(CultureInfo.InvariantCulture))
                        .Append("): the last lines</summary>\n\n```text\n").Append(step.OutputTail.Replace("```", "` ` `")).Append("\n```\n\n</details>\n");
                }
            }
            return md.ToString();
        }

        /// <summary>A value inside a table cell: pipes escaped, line breaks as &lt;br&gt;.</summary>
        internal static string Cell(string value) =>
            Html(value).Replace("|", "\\|").Replace("\r\n", "<br>").Replace("\r", "<br>").Replace("\n", "<br>");

        private static string Html(string value) => value.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        private static string Status(string status) => status switch
        {
            "success" => "✅ success",
            "failed" or "error" or "infrastructure_fail" or "timedout" or "terminated-unknown" or "unauthorized" => "❌ " + status,
            "on_hold" => "⏸️ on_hold",
            "canceled" or "not_run" => "⏹️ " + status,
            _ => status,
        };

        internal static string Duration(TimeSpan? duration)
        {
            if (!duration.HasValue || duration.Value < TimeSpan.Zero) return "";
            TimeSpan d = duration.Value;
            return d.TotalHours >= 1 ? d.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : d.ToString(@"m\:ss", CultureInfo.InvariantCulture);
        }
    }
}
