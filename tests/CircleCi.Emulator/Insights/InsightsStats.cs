namespace CircleCi.Emulator.Insights;

/// <summary>The statistics Insights reports, computed from real runs: nearest-rank percentiles, MTTR, throughput.</summary>
public static class InsightsStats
{
    public sealed record Durations(long? Min, long? Mean, long? Median, long? P95, long? Max, double? StandardDeviation, long? Total);

    public static Durations Describe(IEnumerable<long> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0) return new Durations(null, null, null, null, null, null, null);
        var mean = sorted.Average();
        var sd = Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / sorted.Count);
        return new Durations(sorted[0], (long)Math.Round(mean), Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted[^1],
            Math.Round(sd, 1), sorted.Sum());
    }

    /// <summary>Nearest-rank percentile of an ascending list.</summary>
    public static long Percentile(IReadOnlyList<long> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static double PercentileOf(IEnumerable<double> values, double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static double Rate(long part, long total) => total == 0 ? 0 : (double)part / total;

    /// <summary>Runs per day over the days the runs span (at least one), as CircleCI's examples compute it.</summary>
    public static double Throughput(IReadOnlyCollection<DateTime> starts)
    {
        if (starts.Count == 0) return 0;
        var days = Math.Max(1, Math.Ceiling((starts.Max() - starts.Min()).TotalDays));
        return starts.Count / days;
    }

    /// <summary>Mean seconds from a failure to the next success on the same branch, and how many recoveries there were.</summary>
    public static (long? Mttr, long Recoveries) Recovery(IEnumerable<InsightRun> runs)
    {
        var recoveries = new List<double>();
        foreach (var branch in runs.GroupBy(r => r.Branch))
        {
            DateTime? brokenSince = null;
            foreach (var run in branch.OrderBy(r => r.CreatedAt))
            {
                if (run.IsFailure && brokenSince is null) brokenSince = run.StoppedAt ?? run.CreatedAt;
                else if (run.IsSuccess && brokenSince is not null && run.StoppedAt is not null)
                {
                    recoveries.Add((run.StoppedAt.Value - brokenSince.Value).TotalSeconds);
                    brokenSince = null;
                }
            }
        }
        return (recoveries.Count == 0 ? 0 : (long)Math.Round(recoveries.Average()), recoveries.Count);
    }

    /// <summary>A trend is this window's value over the previous window's; 1 when there is nothing to compare with.</summary>
    public static double Trend(double current, double previous) => previous == 0 ? 1 : Math.Round(current / previous, 4);
}
