using System;
using System.Globalization;

namespace CircleCi.PowerShell.Models
{
    /// <summary>
    /// An Insights trend as a typed value: <see cref="Ratio"/> is this window's metric over the previous window's
    /// (1 = unchanged), <see cref="Change"/> the same as a fraction (+0.2 = 20% more), <see cref="Direction"/> Up, Down
    /// or Flat. Compares and sorts by its ratio, also against a number (<c>Where-Object P95DurationTrend -gt 1.2</c>),
    /// and prints as the change ("+20%"), also in Export-Csv.
    /// </summary>
    public sealed class InsightTrend : IComparable, IComparable<InsightTrend>, IEquatable<InsightTrend>
    {
        /// <summary>Within this of 1 the metric counts as unchanged.</summary>
        private const double Tolerance = 0.005;

        public InsightTrend(double ratio) => Ratio = ratio;

        public double Ratio { get; }
        public double Change => Ratio - 1;
        /// <summary>Up, Down or Flat: whether the metric grew (slower, more runs, more credits) or shrank.</summary>
        public string Direction => Ratio > 1 + Tolerance ? "Up" : Ratio < 1 - Tolerance ? "Down" : "Flat";

        internal static InsightTrend? From(double? ratio) => ratio.HasValue ? new InsightTrend(ratio.Value) : null;

        public int CompareTo(InsightTrend? other) => other == null ? 1 : Ratio.CompareTo(other.Ratio);

        public int CompareTo(object? obj) => obj switch
        {
            null => 1,
            InsightTrend t => CompareTo(t),
            IConvertible c => Ratio.CompareTo(c.ToDouble(CultureInfo.InvariantCulture)),
            _ => throw new ArgumentException("An InsightTrend compares with another trend or a number.", nameof(obj)),
        };

        public bool Equals(InsightTrend? other) => other != null && Ratio.Equals(other.Ratio);
        public override bool Equals(object? obj) => obj is InsightTrend t ? Equals(t) : obj is double d && Ratio.Equals(d);
        public override int GetHashCode() => Ratio.GetHashCode();

        /// <summary>1.2 as "+20%", 0.5 as "-50%", 1 as "0%".</summary>
        public override string ToString() => (Change * 100).ToString("+0;-0;0", CultureInfo.InvariantCulture) + "%";
    }
}
