using System;
using System.Linq;
using Knowsley.CareDomain.Validation;

namespace Knowsley.CareDomain.Tests;

public sealed class ValidationTests
{
    [Fact]
    public void Field_paths()
    {
        Assert.Equal("income[2]", FieldPath.Index("income", 2));
        Assert.Equal("income[2].amount", FieldPath.Member(FieldPath.Index("income", 2), "amount"));
        Assert.Equal("amount", FieldPath.Member(null, "amount"));
    }

    [Fact]
    public void Collector_reports_every_problem_at_once()
    {
        var errors = new ValidationErrors();
        errors.RequireNonNegative(Money.Parse("-1.00"), "income[2].amount");
        errors.RequirePresent(null, "dateOfBirth");
        errors.Require(true, "ignored", "never", "never shown");
        errors.AddNested("people[4]", new[] { new ValidationError("capital[0].value", "non-negative", "must not be negative") });
        var ex = Assert.Throws<DomainValidationException>(errors.ThrowIfAny);
        Assert.Equal(new[] { "income[2].amount", "dateOfBirth", "people[4].capital[0].value" }, ex.Errors.Select(e => e.Field));
        Assert.Equal(new[] { "non-negative", "required", "non-negative" }, ex.Errors.Select(e => e.Rule));
        Assert.StartsWith("The input is not valid (3 problems): income[2].amount: must not be negative (was -£1.00) [non-negative]; ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_problem_no_exception()
    {
        var errors = new ValidationErrors();
        errors.RequireNonNegative(Money.Zero, "amount");
        errors.ThrowIfAny();
        Assert.False(errors.HasErrors);
        Assert.Empty(errors);
    }

    [Fact]
    public void An_exception_needs_at_least_one_error()
        => Assert.Equal("errors", Assert.Throws<ArgumentException>(() => new DomainValidationException(Array.Empty<ValidationError>())).ParamName);

    [Fact]
    public void An_error_needs_field_rule_and_message()
    {
        Assert.Equal("field", Assert.Throws<ArgumentException>(() => new ValidationError("", "r", "m")).ParamName);
        Assert.Equal("income[0].amount: must not be negative [non-negative]", new ValidationError("income[0].amount", "non-negative", "must not be negative").ToString());
    }
}
