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

        /// <summary>The module's one duration format (<see cref="Display.Duration"/>).</summary>
        public static string Duration(TimeSpan? span) => Display.Duration(span);

        /// <summary>A trend ratio as the change it means: 1.2 as "+20%", 0.5 as "-50%", 1 as "0%".</summary>
        public static string Trend(double? ratio) =>
            ratio.HasValue ? ((ratio.Value - 1) * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%" : string.Empty;

        public static string Number(double? value) =>
            value.HasValue ? value.Value.ToString("#,0.##", CultureInfo.InvariantCulture) : string.Empty;
    }
}
