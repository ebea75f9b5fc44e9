using Integration.Core.CrossReference;
using Integration.Core.Records;
using Integration.Functions.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Integration.Functions.Tests.Sync;

public sealed class CrossReferenceMemoryTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Read_that_began_before_a_write_does_not_replace_the_written_row()
    {
        var memory = new CrossReferenceMemory(TimeSpan.FromSeconds(30), new FakeTimeProvider(At));
        var began = memory.ReadBegins();
        memory.Wrote(Row("written"));

        memory.Read("accounts", SyncSide.A, "001", Row("read"), began);

        Assert.True(memory.TryRecall("accounts", SyncSide.A, "001", out var entry));
        Assert.Equal("written", entry!.ETag);
    }

    [Fact]
    public void Read_that_began_after_a_write_replaces_it()
    {
        var memory = new CrossReferenceMemory(TimeSpan.FromSeconds(30), new FakeTimeProvider(At));
        memory.Wrote(Row("written"));
        var began = memory.ReadBegins();

        memory.Read("accounts", SyncSide.B, "901", Row("read"), began);

        Assert.True(memory.TryRecall("accounts", SyncSide.B, "901", out var entry));
        Assert.Equal("read", entry!.ETag);
        Assert.True(memory.TryRecall("accounts", SyncSide.A, "001", out var byA));
        Assert.Equal("written", byA!.ETag);
    }

    [Theory]
    [InlineData(29, true)]
    [InlineData(31, true)]   // rotated once: still in the previous generation
    [InlineData(45, true)]
    [InlineData(61, false)]  // two periods: gone
    public void A_row_is_kept_between_one_and_two_periods(int laterSeconds, bool kept)
    {
        var time = new FakeTimeProvider(At);
        var memory = new CrossReferenceMemory(TimeSpan.FromSeconds(30), time);
        memory.Wrote(Row("written"));

        time.Advance(TimeSpan.FromSeconds(laterSeconds));

        Assert.Equal(kept, memory.TryRecall("accounts", SyncSide.A, "001", out _));
    }

    [Fact]
    public void A_forgotten_row_is_not_recalled_from_either_generation()
    {
        var time = new FakeTimeProvider(At);
        var memory = new CrossReferenceMemory(TimeSpan.FromSeconds(30), time);
        memory.Wrote(Row("old"));
        time.Advance(TimeSpan.FromSeconds(31));
        memory.Wrote(Row("new"));

        memory.Forget("accounts", SyncSide.A, "001");

        Assert.False(memory.TryRecall("accounts", SyncSide.A, "001", out _));
    }

    private static CrossReferenceEntry Row(string etag) =>
        new("accounts", "001", "901", new RecordVersion(At), null, new Dictionary<string, FieldFingerprints>(), etag);
}
