using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CircleCi.PowerShell.Core.Json;

namespace CircleCi.PowerShell.Models
{
    /// <summary>A scheduled pipeline: when it runs (timetable), as whom (actor) and with which parameters.</summary>
    [BindingAlias("ScheduleId", nameof(Id))]
    public sealed class Schedule
    {
        public Guid Id { get; set; }
        public string Name { get; set; } = string.Empty;
        public string? Description { get; set; }
        public ScheduleTimetable Timetable { get; set; } = new ScheduleTimetable();
        /// <summary>The pipeline parameters, including branch or tag.</summary>
        [JsonConverter(typeof(JsonTableConverter))]
        public JsonTable? Parameters { get; set; }
        /// <summary>Who the scheduled pipelines run as (the creator, or the system actor).</summary>
        public User? Actor { get; set; }
        [JsonPropertyName("project-slug")] public string ProjectSlug { get; set; } = string.Empty;
        [JsonPropertyName("created-at")] public DateTimeOffset CreatedAt { get; set; }
        [JsonPropertyName("updated-at")] public DateTimeOffset UpdatedAt { get; set; }

        public override string ToString() => Name;
    }

    /// <summary>When a schedule runs: PerHour times in each of HoursOfDay (UTC), on DaysOfWeek or DaysOfMonth, in Months.</summary>
    public sealed class ScheduleTimetable
    {
        [JsonPropertyName("per-hour")] public int PerHour { get; set; }
        [JsonPropertyName("hours-of-day")] public ItemList<int> HoursOfDay { get; set; } = new ItemList<int>();
        [JsonPropertyName("days-of-week")] public ItemList<string>? DaysOfWeek { get; set; }
        [JsonPropertyName("days-of-month")] public ItemList<int>? DaysOfMonth { get; set; }
        public ItemList<string>? Months { get; set; }

        public override string ToString()
        {
            string days = DaysOfWeek != null && DaysOfWeek.Count > 0 ? string.Join(",", DaysOfWeek) : "day " + string.Join(",", DaysOfMonth ?? new List<int>());
            string months = Months != null && Months.Count > 0 ? " in " + string.Join(",", Months) : string.Empty;
            return $"{PerHour}/h at {string.Join(",", HoursOfDay)} UTC, {days}{months}";
        }
    }
}
