using System;
using NodaTime;

namespace Knowsley.CareDomain.Tests;

public sealed class FinancialYearTests
{
    [Fact]
    public void Runs_from_1_April_to_31_March()
    {
        var year = new FinancialYear(2025);
        Assert.Equal(new LocalDate(2025, 4, 1), year.Start);
        Assert.Equal(new LocalDate(2026, 3, 31), year.End);
        Assert.Equal(365, year.LengthInDays);
        Assert.Equal(366, new FinancialYear(2023).LengthInDays);
        Assert.Equal(new DateInterval(year.Start, year.End), year.Interval);
    }

    [Theory]
    [InlineData(2025, 3, 31, 2024)]
    [InlineData(2025, 4, 1, 2025)]
    [InlineData(2025, 12, 31, 2025)]
    [InlineData(2026, 1, 1, 2025)]
    [InlineData(2024, 2, 29, 2023)]
    public void Containing_a_date(int y, int m, int d, int expectedStart)
    {
        var date = new LocalDate(y, m, d);
        var year = FinancialYear.Containing(date);
        Assert.Equal(expectedStart, year.StartYear);
        Assert.True(year.Contains(date));
        Assert.False(year.Next().Contains(date));
        Assert.False(year.Previous().Contains(date));
    }

    [Theory]
    [InlineData(2025, "2025-26")]
    [InlineData(1999, "1999-00")]
    [InlineData(2009, "2009-10")]
    public void Formats_as_yyyy_yy(int start, string text)
    {
        Assert.Equal(text, new FinancialYear(start).ToString());
        Assert.Equal(new FinancialYear(start), FinancialYear.Parse(text));
    }

    [Theory]
    [InlineData("2025/26", 2025)]
    [InlineData("2025-2026", 2025)]
    [InlineData(" 2015-16 ", 2015)]
    public void Parses_other_written_forms(string text, int start)
        => Assert.Equal(start, FinancialYear.Parse(text).StartYear);

    [Theory]
    [InlineData("2025-27")]
    [InlineData("2025")]
    [InlineData("25-26")]
    [InlineData("2025-2027")]
    [InlineData("abcd-ef")]
    [InlineData("2025-6")]
    [InlineData("")]
    public void Rejects_other_text(string text)
    {
        Assert.False(FinancialYear.TryParse(text, out _));
        Assert.Contains("not a financial year", Assert.Throws<FormatException>(() => FinancialYear.Parse(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Out_of_range_names_the_parameter()
        => Assert.Equal("startYear", Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialYear(1899)).ParamName);

    [Fact]
    public void Ordering_and_equality()
    {
        Assert.True(new FinancialYear(2024) < new FinancialYear(2025));
        Assert.True(new FinancialYear(2025) >= new FinancialYear(2025));
        Assert.Equal(new FinancialYear(2025), new FinancialYear(2024).Next());
        Assert.NotEqual(new FinancialYear(2025), new FinancialYear(2026));
    }
}
