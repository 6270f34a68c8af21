using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Parameters;

/// <summary>The unit of a dated parameter, which fixes what its values may be.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>Code</term><description>Values</description></listheader>
/// <item><term><c>gbp</c></term><description>Pounds to the penny (at most two decimal places); read with <see cref="Parameter.MoneyOn"/>.</description></item>
/// <item><term><c>percent</c></term><description>A percentage, 25 meaning 25%.</description></item>
/// <item><term><c>number</c></term><description>Any exact decimal number (a rate, a ratio).</description></item>
/// <item><term><c>count</c>, <c>days</c>, <c>weeks</c>, <c>months</c>, <c>years</c></term><description>Whole numbers, zero or more.</description></item>
/// <item><term><c>flag</c></term><description><c>true</c> or <c>false</c>: a policy switch.</description></item>
/// <item><term><c>code</c></term><description>A code from a list the module defines: a policy choice.</description></item>
/// </list>
/// </remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class ParameterUnit : CodeListItem<ParameterUnit>
{
    /// <summary>Pounds sterling, exact to the penny.</summary>
    public static readonly ParameterUnit Gbp = new(nameof(Gbp), "gbp", "Pounds sterling", ParameterValueKind.Number, wholeNumber: false);

    /// <summary>A percentage (25 means 25%).</summary>
    public static readonly ParameterUnit Percent = new(nameof(Percent), "percent", "Percent", ParameterValueKind.Number, wholeNumber: false);

    /// <summary>An exact decimal number.</summary>
    public static readonly ParameterUnit Number = new(nameof(Number), "number", "Number", ParameterValueKind.Number, wholeNumber: false);

    /// <summary>A whole count.</summary>
    public static readonly ParameterUnit Count = new(nameof(Count), "count", "Count", ParameterValueKind.Number, wholeNumber: true);

    /// <summary>A whole number of days.</summary>
    public static readonly ParameterUnit Days = new(nameof(Days), "days", "Days", ParameterValueKind.Number, wholeNumber: true);

    /// <summary>A whole number of weeks.</summary>
    public static readonly ParameterUnit Weeks = new(nameof(Weeks), "weeks", "Weeks", ParameterValueKind.Number, wholeNumber: true);

    /// <summary>A whole number of months.</summary>
    public static readonly ParameterUnit Months = new(nameof(Months), "months", "Months", ParameterValueKind.Number, wholeNumber: true);

    /// <summary>A whole number of years.</summary>
    public static readonly ParameterUnit Years = new(nameof(Years), "years", "Years", ParameterValueKind.Number, wholeNumber: true);

    /// <summary>A policy switch, true or false.</summary>
    public static readonly ParameterUnit Flag = new(nameof(Flag), "flag", "Yes/no", ParameterValueKind.Flag, wholeNumber: false);

    /// <summary>A code naming a policy choice.</summary>
    public static readonly ParameterUnit PolicyCode = new(nameof(PolicyCode), "code", "Policy code", ParameterValueKind.Code, wholeNumber: false);

    private ParameterUnit(string name, string code, string displayName, ParameterValueKind kind, bool wholeNumber)
        : base(name, code, displayName)
    {
        Kind = kind;
        IsWholeNumber = wholeNumber;
    }

    /// <summary>Gets what kind of value the unit takes.</summary>
    public ParameterValueKind Kind { get; }

    /// <summary>Gets a value indicating whether values must be whole numbers, zero or more.</summary>
    public bool IsWholeNumber { get; }
}
