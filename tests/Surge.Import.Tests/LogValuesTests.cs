using Surge.Import;

namespace Surge.Import.Tests;

public sealed class LogValuesTests
{
    [Theory]
    [InlineData("2024-09-15 18:02:00", 2024, 9, 15, 18, 2, 0)]
    [InlineData("2024-09-15 18:02", 2024, 9, 15, 18, 2, 0)]
    [InlineData("2024-09-15T18:02:07", 2024, 9, 15, 18, 2, 7)]
    [InlineData("2025-01-30 12:34:56 pm", 2025, 1, 30, 12, 34, 56)]
    [InlineData("2025-01-30 12:34:56 am", 2025, 1, 30, 0, 34, 56)]
    [InlineData("2025-01-30 05:34:56\u202Fpm", 2025, 1, 30, 17, 34, 56)]
    [InlineData("2025-01-30 5:34:56\u00A0PM", 2025, 1, 30, 17, 34, 56)]
    [InlineData("15 Sep 2024, 18:02", 2024, 9, 15, 18, 2, 0)]
    [InlineData("15 Sept 2024, 18:02", 2024, 9, 15, 18, 2, 0)]
    [InlineData("3 févr. 2026, 18:00", 2026, 2, 3, 18, 0, 0)]
    [InlineData("3 Feb. 2026, 18:00", 2026, 2, 3, 18, 0, 0)]
    [InlineData("3. März 2026, 18:00", 2026, 3, 3, 18, 0, 0)]
    [InlineData("12 mär 2026, 07:15", 2026, 3, 12, 7, 15, 0)]
    [InlineData("24 dic. 2025, 10:00", 2025, 12, 24, 10, 0, 0)]
    [InlineData("1 mag 2025, 10:00", 2025, 5, 1, 10, 0, 0)]
    [InlineData("1 de out. de 2025, 10:00", 2025, 10, 1, 10, 0, 0)]
    [InlineData("1 mrt 2025, 10:00", 2025, 3, 1, 10, 0, 0)]
    [InlineData("5 okt. 2025, 10:00", 2025, 10, 5, 10, 0, 0)]
    [InlineData("5 ene 2025, 10:00", 2025, 1, 5, 10, 0, 0)]
    [InlineData("15 Sep 2024, 6:02 PM", 2024, 9, 15, 18, 2, 0)]
    public void Dates_AllWrittenForms(string text, int y, int mo, int d, int h, int mi, int s)
    {
        Assert.True(LogValues.TryParseDateTime(text, out var value), text);
        Assert.Equal(new DateTime(y, mo, d, h, mi, s), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("2024-02-30 10:00:00")]
    [InlineData("2024-09-15 25:00:00")]
    [InlineData("2024-09-15 13:00 pm")]
    [InlineData("15 Foo 2024, 18:02")]
    [InlineData("15 Sep 24, 18:02")]
    public void Dates_Rejected(string text) => Assert.False(LogValues.TryParseDateTime(text, out _));

    [Theory]
    [InlineData("29m", false, 29 * 60)]
    [InlineData("1h 5m", false, 65 * 60)]
    [InlineData("1h", false, 3600)]
    [InlineData("45s", false, 45)]
    [InlineData("1745", true, 1745)]
    [InlineData("1745.0", true, 1745)]
    public void Durations(string text, bool bareSeconds, double seconds)
    {
        Assert.True(LogValues.TryParseDuration(text, bareSeconds, out var value));
        Assert.Equal(seconds, value.TotalSeconds);
    }

    [Theory]
    [InlineData("62,5", 62.5)]
    [InlineData("62.5", 62.5)]
    [InlineData(" 20.0 ", 20.0)]
    [InlineData("0", 0.0)]
    public void Numbers_PointOrDecimalComma(string text, double expected)
    {
        Assert.True(LogValues.TryParseNumber(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1,000.5")]
    [InlineData("1,2,3")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("abc")]
    [InlineData("")]
    public void Numbers_Rejected(string text) => Assert.False(LogValues.TryParseNumber(text, out _));

    [Theory]
    [InlineData("8", 8)]
    [InlineData("20.0", 20)]
    public void Counts(string text, int expected)
    {
        Assert.True(LogValues.TryParseCount(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("8.5")]
    [InlineData("-1")]
    public void Counts_Rejected(string text) => Assert.False(LogValues.TryParseCount(text, out _));
}
