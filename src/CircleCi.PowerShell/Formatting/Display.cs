using System;
using System.Globalization;

namespace CircleCi.PowerShell.Formatting
{
    /// <summary>
    /// The one date format and the one duration format of every default view (about_CircleCi, "Dates and durations"),
    /// culture-independent so a log reads the same on every machine.
    /// </summary>
    public static class Display
    {
        /// <summary>Local time, to the minute: "2026-03-01 14:05" (16 characters).</summary>
        public static string Date(DateTimeOffset? value) =>
            value.HasValue ? value.Value.ToLocalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty;

        /// <summary>A DateTime (kind Unspecified is taken as UTC, as the API sends UTC).</summary>
        public static string Date(DateTime? value) =>
            value.HasValue ? Date(new DateTimeOffset(value.Value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(value.Value, DateTimeKind.Utc) : value.Value)) : string.Empty;

        /// <summary>"4.2s" under a minute, "4:05" under an hour, "1:02:03" under a day, "33d 12:19:48" beyond.</summary>
        public static string Duration(TimeSpan? span)
        {
            if (!span.HasValue) return string.Empty;
            TimeSpan t = span.Value;
            string sign = t < TimeSpan.Zero ? "-" : string.Empty;
            if (t < TimeSpan.Zero) t = t.Negate();
            if (t.TotalDays >= 1) return sign + ((long)t.TotalDays).ToString(CultureInfo.InvariantCulture) + "d " + t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
            if (t.TotalHours >= 1) return sign + t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);
            if (t.TotalMinutes >= 1) return sign + t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
            return sign + t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + "s";
        }

        /// <summary>A number of seconds as <see cref="Duration(TimeSpan?)"/> shows it.</summary>
        public static string Seconds(double? seconds) => seconds.HasValue ? Duration(TimeSpan.FromSeconds(seconds.Value)) : string.Empty;
    }
}
