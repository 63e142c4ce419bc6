using System.Linq;
using CircleCi.PowerShell.Core.Artifacts;
using Xunit;

namespace CircleCi.PowerShell.Tests.Core;

public class SegmentedDownloadTests
{
    private const long MiB = 1024 * 1024;

    [Theory]
    [InlineData(16 * MiB, 8)]
    [InlineData(500 * MiB, 8)]
    [InlineData(8 * MiB, 4)]
    [InlineData(5 * MiB + 3, 2)]
    [InlineData(1, 1)]
    [InlineData(500 * MiB + 7, 8)]
    public void Ranges_cover_the_file_once_in_order(long length, int expected)
    {
        var segments = SegmentedDownload.Plan(length);
        Assert.Equal(expected, segments.Length);
        Assert.Equal(0, segments[0].Start);
        Assert.Equal(length - 1, segments[segments.Length - 1].End);
        for (int i = 1; i < segments.Length; i++) Assert.Equal(segments[i - 1].End + 1, segments[i].Start);
        Assert.All(segments, s => Assert.True(s.End - s.Start + 1 >= SegmentedDownload.MinSegmentBytes || segments.Length == 1));
        Assert.True(segments.Max(s => s.End - s.Start) - segments.Min(s => s.End - s.Start) <= segments.Length);
    }

    [Fact]
    public void A_segment_counts_each_byte_once_for_the_progress_bar()
    {
        var segment = new SegmentedDownload.Segment(100, 199);
        Assert.Equal(30, segment.Count(130));
        Assert.Equal(0, segment.Count(130));
        Assert.Equal(70, segment.Count(200));
        Assert.Equal(100, segment.Counted);
    }
}
