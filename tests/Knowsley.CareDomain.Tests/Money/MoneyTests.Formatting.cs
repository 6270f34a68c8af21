using System;
using System.Globalization;
using System.Threading;

namespace Knowsley.CareDomain.Tests;

public sealed class MoneyFormattingTests
{
    [Theory]
    [InlineData(123456L, "£1,234.56")]
    [InlineData(-310L, "-£3.10")]
    [InlineData(0L, "£0.00")]
    [InlineData(5L, "£0.05")]
    [InlineData(100000000L, "£1,000,000.00")]
    [InlineData(99999L, "£999.99")]
    [InlineData(long.MinValue, "-£92,233,720,368,547,758.08")]
    public void ToString_is_en_GB(long pence, string expected)
        => Assert.Equal(expected, Money.FromPence(pence).ToString());

    [Theory]
    [InlineData("en-GB")]
    [InlineData("tr-TR")]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    public void Formatting_and_parsing_ignore_the_machine_culture(string culture)
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("£1,234.56", Money.FromPounds(1234.56m).ToString());
            Assert.Equal("-£3.10", Money.FromPounds(-3.10m).ToString());
            Assert.Equal("1234.56", Money.FromPounds(1234.56m).ToString("D", null));
            Assert.Equal(Money.FromPounds(1234.56m), Money.Parse("£1,234.56"));
            Assert.Equal("£7.50", $"{Money.FromPounds(7.5m)}");
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }

    [Theory]
    [InlineData(null, "£1,234.56")]
    [InlineData("G", "£1,234.56")]
    [InlineData("N", "1,234.56")]
    [InlineData("D", "1234.56")]
    public void Format_strings(string? format, string expected)
        => Assert.Equal(expected, Money.FromPounds(1234.56m).ToString(format, CultureInfo.InvariantCulture));

    [Fact]
    public void Unknown_format_string_is_rejected()
        => Assert.Throws<FormatException>(() => Money.FromPounds(1m).ToString("C", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("£1,234.56", 123456L)]
    [InlineData("1234.56", 123456L)]
    [InlineData("1234.5", 123450L)]
    [InlineData("1234", 123400L)]
    [InlineData("-£3.10", -310L)]
    [InlineData("£-3.10", -310L)]
    [InlineData("  £0.05 ", 5L)]
    [InlineData("£1,000,000", 100000000L)]
    [InlineData("\u2212£2.00", -200L)]
    public void Parse_accepts_the_written_forms(string text, long expectedPence)
        => Assert.Equal(expectedPence, Money.Parse(text).Pence);

    [Theory]
    [InlineData("")]
    [InlineData("£")]
    [InlineData("1.234")]
    [InlineData("1.")]
    [InlineData("1,23.00")]
    [InlineData("12,34")]
    [InlineData("1 234")]
    [InlineData("£1.2a")]
    [InlineData("--1")]
    [InlineData("$5")]
    [InlineData("99999999999999999999")]
    public void Parse_rejects_anything_else(string text)
    {
        Assert.False(Money.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => Money.Parse(text));
        Assert.Contains("not an amount of money", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_null_names_the_parameter()
        => Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Money.Parse(null!)).ParamName);
}
