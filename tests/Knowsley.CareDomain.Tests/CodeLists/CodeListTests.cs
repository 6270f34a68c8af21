using System;
using Knowsley.CareDomain.ClientLevelData;

namespace Knowsley.CareDomain.Tests;

public sealed class CodeListTests
{
    [Fact]
    public void Codes_are_case_sensitive_as_the_national_specifications_require()
    {
        Assert.Same(ServiceType.LongTermCommunity, ServiceType.FromCode("Long term support: Community"));
        Assert.False(ServiceType.TryFromCode("Long Term Support: Community", out _));
        Assert.False(ServiceType.TryFromCode(null, out _));
    }

    [Fact]
    public void Unknown_code_message_names_the_list_and_the_valid_codes()
    {
        var ex = Assert.Throws<ArgumentException>(() => PrimarySupportReason.FromCode("LD"));
        Assert.Equal("code", ex.ParamName);
        Assert.Contains("'LD' is not a valid PrimarySupportReason code", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Learning disability support", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_type_categories()
    {
        Assert.Equal(ServiceCategory.LongTerm, ServiceType.LongTermNursing.Category);
        Assert.True(ServiceType.LongTermNursing.IsCareHome);
        Assert.False(ServiceType.LongTermCommunity.IsCareHome);
        Assert.Equal(ServiceCategory.ShortTerm, ServiceType.ShortTermMaximisingIndependence.Category);
        Assert.Equal("Short term support: ST-Max", ServiceType.ShortTermMaximisingIndependence.ToString());
    }
}
