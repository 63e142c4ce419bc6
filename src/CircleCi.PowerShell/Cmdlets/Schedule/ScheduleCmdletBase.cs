using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using CircleCi.PowerShell.Api;
using CircleCi.PowerShell.Cmdlets.Pipeline;

namespace CircleCi.PowerShell.Cmdlets.Schedule
{
    /// <summary>
    /// The parameters New- and Set-CircleSchedule share (timetable, actor, parameters), turned into the request body
    /// and checked against the limits the OpenAPI document states before anything is sent.
    /// </summary>
    public abstract class ScheduleCmdletBase : CircleApiCmdlet
    {
        [Parameter] [ValidateNotNullOrEmpty] public string? Description { get; set; }

        /// <summary>How many times a pipeline runs in each of HoursOfDay (1 to 60).</summary>
        [Parameter] [ValidateRange(1, 60)] public int? PerHour { get; set; }

        /// <summary>Hours (UTC, 0 to 23) in which pipelines run.</summary>
        [Parameter] [ValidateCount(1, 24)] [ValidateRange(0, 23)] public int[]? HoursOfDay { get; set; }

        [Parameter]
        [ValidateSet("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")]
        public string[]? DaysOfWeek { get; set; }

        [Parameter] [ValidateRange(1, 31)] public int[]? DaysOfMonth { get; set; }

        [Parameter]
        [ValidateSet("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")]
        public string[]? Months { get; set; }

        /// <summary>Run as the user calling this (current) or as the system actor (system, uses no user's seat).</summary>
        [Parameter] [ValidateSet("current", "system")] public string? AttributionActor { get; set; }

        /// <summary>Pipeline parameters; -Branch and -Tag add branch/tag.</summary>
        [Parameter] [Alias("Parameter")] public IDictionary? Parameters { get; set; }

        [Parameter] [ValidateNotNullOrEmpty] [ArgumentCompleter(typeof(BranchCompleter))] public string? Branch { get; set; }
        [Parameter] [ValidateNotNullOrEmpty] public string? Tag { get; set; }

        internal bool HasTimetable => PerHour != null || HoursOfDay != null || DaysOfWeek != null || DaysOfMonth != null || Months != null;

        /// <summary>The timetable fields given (hours and days sorted and distinct, names upper-cased as CircleCI expects).</summary>
        internal ScheduleTimetable Timetable() => new ScheduleTimetable
        {
            PerHour = PerHour,
            HoursOfDay = HoursOfDay?.Distinct().OrderBy(h => h).ToList(),
            DaysOfWeek = DaysOfWeek?.Select(d => d.ToUpperInvariant()).ToList(),
            DaysOfMonth = DaysOfMonth?.Distinct().OrderBy(d => d).ToList(),
            Months = Months?.Select(m => m.ToUpperInvariant()).ToList(),
        };

        /// <summary>The parameters object with -Branch/-Tag merged in, or null; a terminating error when invalid.</summary>
        internal Dictionary<string, JsonElement>? PipelineParameterValues()
        {
            if (Branch != null && Tag != null) ThrowInvalidArgument("CircleCi.BranchAndTag", "A schedule runs on a branch or a tag, not both.", Tag);
            if (Parameters == null && Branch == null && Tag == null) return null;
            var values = new Dictionary<string, JsonElement>();
            if (Parameters != null)
            {
                values = PipelineParameters.From(Parameters, out string? error);
                if (error != null) ThrowInvalidArgument("CircleCi.InvalidPipelineParameter", error, Parameters);
            }
            if (Branch != null) values["branch"] = PipelineParameterValue.Of(Branch);
            if (Tag != null) values["tag"] = PipelineParameterValue.Of(Tag);
            return values;
        }
    }
}
