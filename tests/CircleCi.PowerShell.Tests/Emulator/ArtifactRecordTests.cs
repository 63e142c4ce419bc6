using System;
using System.Linq;
using CircleCi.Emulator.State;
using Xunit;

namespace CircleCi.PowerShell.Tests.Emulator;

/// <summary>The emulator's generated artifact bytes: what a resumed download compares against.</summary>
public sealed class ArtifactRecordTests
{
    private static ArtifactRecord Generated(int id, long size) =>
        new ArtifactRecord { Id = id, ProjectSlug = "gh/acme/api", JobNumber = 1, Path = "a.bin", Size = size };

    [Fact]
    public void AnySliceIsTheSameBytesAsTheWholeAtThatOffset()
    {
        var artifact = Generated(7, 1000);
        var whole = new byte[1000];
        artifact.Fill(0, whole);
        // Offsets and lengths off the eight-byte words, as a resumed Range or a short last chunk asks for them.
        foreach (var (offset, length) in new[] { (0, 1), (1, 7), (3, 8), (5, 13), (8, 16), (9, 64), (991, 9), (997, 3) })
        {
            var slice = new byte[length];
            artifact.Fill(offset, slice);
            Assert.Equal(whole.AsSpan(offset, length).ToArray(), slice);
        }
    }

    [Fact]
    public void DifferentArtifactsGetDifferentBytesThatDoNotRepeatSoon()
    {
        var one = new byte[4096];
        var two = new byte[4096];
        Generated(1, 4096).Fill(0, one);
        Generated(2, 4096).Fill(0, two);
        Assert.NotEqual(one, two);
        // A resume at the wrong offset must not go unnoticed: no two 8-byte words of the first 4 KiB are alike.
        var words = Enumerable.Range(0, 512).Select(i => BitConverter.ToUInt64(one, i * 8)).ToList();
        Assert.Equal(words.Count, words.Distinct().Count());
        Assert.True(one.Distinct().Count() > 200, "the bytes should spread over most values");
    }

    [Fact]
    public void ExplicitContentIsServedAsGiven()
    {
        var artifact = new ArtifactRecord { Id = 3, ProjectSlug = "gh/acme/api", JobNumber = 1, Path = "r.txt", Content = "hello"u8.ToArray() };
        var part = new byte[3];
        artifact.Fill(1, part);
        Assert.Equal("ell"u8.ToArray(), part);
    }
}
