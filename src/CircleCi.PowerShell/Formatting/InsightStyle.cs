using System;
using System.Globalization;

namespace CircleCi.PowerShell.Formatting
{
    /// <summary>How the Insights views print rates, durations and trends (culture-independent, compact).</summary>
    public static class InsightStyle
    {
        /// <summary>0.8591 as "85.9%".</summary>
        public static string Percent(double? rate) =>
            rate.HasValue ? (rate.Value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : string.Empty;

        /// <summary>"4:05" under an hour, "1:02:03" under a day, "3d 04:05:06" beyond.</summary>
        public static string Duration(TimeSpan? span)
        {
            if (!span.HasValue) return string.Empty;
            TimeSpan t = span.Value;
            if (t.TotalDays >= 1) return ((int)t.TotalDays).ToString(CultureInfo.InvariantCulture) + "d " + t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture);
            if (t.TotalHours >= 1) return t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);
            return t.ToString(@"m\:ss", CultureInfo.InvariantCulture);
        }

        /// <summary>A trend ratio as the change it means: 1.2 as "+20%", 0.5 as "-50%", 1 as "0%".</summary>
        public static string Trend(double? ratio) =>
            ratio.HasValue ? ((ratio.Value - 1) * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%" : string.Empty;

        public static string Number(double? value) =>
            value.HasValue ? value.Value.ToString("#,0.##", CultureInfo.InvariantCulture) : string.Empty;
    }
}
