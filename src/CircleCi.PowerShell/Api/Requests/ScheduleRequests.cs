using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /project/{project-slug}/schedule (createSchedule). The document requires name, timetable,
    /// attribution-actor and parameters (with branch or tag).</summary>
    public sealed class CreateScheduleRequest
    {
        public string Name { get; set; } = string.Empty;
        public ScheduleTimetable Timetable { get; set; } = new ScheduleTimetable();
        /// <summary>current or system.</summary>
        [JsonPropertyName("attribution-actor")]
        public string AttributionActor { get; set; } = "current";
        public Dictionary<string, JsonElement> Parameters { get; set; } = new Dictionary<string, JsonElement>();
        public string? Description { get; set; }
    }

    /// <summary>PATCH /schedule/{schedule-id} (updateSchedule): only the fields given are sent.</summary>
    public sealed class UpdateScheduleRequest
    {
        public string? Description { get; set; }
        public string? Name { get; set; }
        public ScheduleTimetable? Timetable { get; set; }
        [JsonPropertyName("attribution-actor")]
        public string? AttributionActor { get; set; }
        public Dictionary<string, JsonElement>? Parameters { get; set; }

        internal bool IsEmpty => Description == null && Name == null && Timetable == null && AttributionActor == null && Parameters == null;
    }

    /// <summary>When a schedule triggers (hours in UTC; days-of-week and days-of-month are mutually exclusive).</summary>
    public sealed class ScheduleTimetable
    {
        [JsonPropertyName("per-hour")]
        public int? PerHour { get; set; }
        [JsonPropertyName("hours-of-day")]
        public List<int>? HoursOfDay { get; set; }
        /// <summary>MON, TUE, ... (upper case).</summary>
        [JsonPropertyName("days-of-week")]
        public List<string>? DaysOfWeek { get; set; }
        [JsonPropertyName("days-of-month")]
        public List<int>? DaysOfMonth { get; set; }
        /// <summary>JAN, FEB, ... (upper case).</summary>
        public List<string>? Months { get; set; }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateScheduleRequest))]
    [JsonSerializable(typeof(UpdateScheduleRequest))]
    internal partial class ScheduleRequestJson : JsonSerializerContext
    {
    }
}
