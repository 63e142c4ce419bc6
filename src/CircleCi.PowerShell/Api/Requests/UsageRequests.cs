using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CircleCi.PowerShell.Api
{
    /// <summary>POST /organizations/{org_id}/usage_export_job (createUsageExport).</summary>
    public sealed class CreateUsageExportRequest
    {
        /// <summary>The start (inclusive) of the range.</summary>
        [JsonConverter(typeof(TimestampConverter))]
        public DateTimeOffset Start { get; set; }

        /// <summary>The end (inclusive) of the range, at most 32 days after <see cref="Start"/>.</summary>
        [JsonConverter(typeof(TimestampConverter))]
        public DateTimeOffset End { get; set; }

        /// <summary>Other organizations whose usage is included (sharing this one's plan).</summary>
        public List<Guid>? SharedOrgIds { get; set; }

        /// <summary>Writes a time as ApiFormat does (RFC 3339 in UTC, "Z"), never in the caller's culture or calendar:
        /// formatting it in the culture sent th-TH's Buddhist year 2569 and fi-FI's 08.30.15 times.</summary>
        internal sealed class TimestampConverter : JsonConverter<DateTimeOffset>
        {
            public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
                reader.GetDateTimeOffset();

            public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
                writer.WriteStringValue(ApiFormat.Timestamp(value));
        }
    }

    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(CreateUsageExportRequest))]
    internal partial class UsageRequestJson : JsonSerializerContext
    {
    }
}
