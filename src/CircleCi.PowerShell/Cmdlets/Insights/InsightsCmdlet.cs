using System;
using System.Management.Automation;
using CircleCi.PowerShell.Core;
using CircleCi.PowerShell.Models;

namespace CircleCi.PowerShell.Cmdlets.Insights
{
    /// <summary>
    /// What the project-scoped Insights cmdlets share: -ProjectSlug, the branch scope (-Branch or -AllBranches, else the
    /// project's default branch) and the checks that refuse bad input before any request. Every parameter binds by
    /// property name, so Insights objects pipe into each other with their project, workflow and branch scope.
    /// </summary>
    public abstract class InsightsCmdlet : CircleApiCmdlet
    {
        internal const string ReportingWindowHelp = "last-24-hours, last-7-days, last-30-days, last-60-days or last-90-days (CircleCI's default).";

        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Slug")]
        [ArgumentCompleter(typeof(ProjectSlugCompleter))]
        public string ProjectSlug { get; set; } = string.Empty;

        /// <summary>Marks the shared project-slug check's result for the current record.</summary>
        private protected string? Slug { get; private set; }

        /// <summary>Validates the record's input (project slug, branch scope); false after writing an error for it.</summary>
        private protected virtual bool CheckInput()
        {
            Slug = CheckSlug(ProjectSlug);
            return Slug != null;
        }

        private protected void Remember(string? workflowName, string? branch)
        {
            CurrentSession.Cache.Remember(SessionCache.ProjectSlugs, ProjectSlug);
            CurrentSession.Cache.Remember(SessionCache.WorkflowNames, workflowName);
            CurrentSession.Cache.Remember(SessionCache.Branches, branch);
        }

        private protected bool CheckWorkflowName(string? name)
        {
            if (!string.IsNullOrWhiteSpace(name)) return true;
            WriteInvalidArgument("CircleCi.InvalidWorkflowName", "-WorkflowName is empty; give the name of a workflow in the project's config, e.g. build-and-test.", ProjectSlug);
            return false;
        }

        /// <summary>A -StartDate/-EndDate for the start-date/end-date query parameters (written in UTC by the route);
        /// a date without a kind is local time, as before.</summary>
        internal static DateTimeOffset? Date(DateTime? value) =>
            value.HasValue ? new DateTimeOffset(value.Value.ToUniversalTime(), TimeSpan.Zero) : (DateTimeOffset?)null;

        /// <summary>CircleCI's rules for a date range, checked before the request: end after start, at most 90 days, no end without a start.</summary>
        private protected bool CheckDates(DateTime? start, DateTime? end)
        {
            string? problem = null;
            if (end.HasValue && !start.HasValue) problem = "-EndDate needs -StartDate: CircleCI accepts an end date only together with a start date.";
            else if (start.HasValue && end.HasValue && end.Value.ToUniversalTime() <= start.Value.ToUniversalTime()) problem = "-EndDate must be after -StartDate.";
            else if (start.HasValue && end.HasValue && end.Value.ToUniversalTime() - start.Value.ToUniversalTime() > TimeSpan.FromDays(90))
                problem = "-EndDate can be at most 90 days after -StartDate (a CircleCI limit); split the range into several calls.";
            if (problem == null) return true;
            WriteInvalidArgument("CircleCi.InvalidDateRange", problem, ProjectSlug);
            return false;
        }

        /// <summary>Sets the project, workflow and branch scope on an Insights object before it goes down the pipeline.</summary>
        private protected void Stamp(InsightRecord record, string? workflowName, string? branch, bool allBranches)
        {
            record.ProjectSlug = ProjectSlug;
            if (workflowName != null) record.WorkflowName = workflowName;
            if (branch != null || allBranches) record.Branch = branch;
            record.AllBranches = allBranches;
        }
    }

    /// <summary>An Insights cmdlet scoped to a branch: -Branch, -AllBranches, else the project's default branch.</summary>
    public abstract class BranchScopedInsightsCmdlet : InsightsCmdlet
    {
        /// <summary>The branch; by default CircleCI uses the project's default branch.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(BranchCompleter))]
        public string? Branch { get; set; }

        /// <summary>Every branch combined.</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public SwitchParameter AllBranches { get; set; }

        private protected override bool CheckInput() => base.CheckInput() && CheckBranchScope();

        private bool CheckBranchScope()
        {
            if (!AllBranches || string.IsNullOrEmpty(Branch)) return true;
            WriteInvalidArgument("CircleCi.BranchConflict", $"Use either -Branch ('{Branch}') or -AllBranches, not both.", ProjectSlug);
            return false;
        }

        private protected string? BranchOrNull => string.IsNullOrEmpty(Branch) ? null : Branch;

        /// <summary>all-branches=true with -AllBranches; left out otherwise.</summary>
        private protected bool? AllBranchesOrNull => AllBranches.IsPresent ? true : null;
    }

    /// <summary>An Insights cmdlet about one workflow (-WorkflowName) on one branch scope.</summary>
    public abstract class WorkflowInsightsCmdlet : BranchScopedInsightsCmdlet
    {
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ArgumentCompleter(typeof(WorkflowNameCompleter))]
        public string WorkflowName { get; set; } = string.Empty;

        private protected override bool CheckInput() => base.CheckInput() && CheckWorkflowName(WorkflowName);
    }
}
