using System;

namespace Knowsley.CareDomain.Charging.Expenditure;

/// <summary>A housing cost the person pays, net of Housing Benefit, the Universal Credit housing element and council tax reduction.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class HousingCost : IEquatable<HousingCost>
{
    /// <summary>Initializes a new housing cost.</summary>
    /// <param name="type">The type of cost.</param>
    /// <param name="amount">The net amount and its frequency.</param>
    public HousingCost(HousingCostType type, PeriodicAmount amount)
    {
        Type = type;
        Amount = amount;
    }

    /// <summary>Gets the type of cost.</summary>
    public HousingCostType Type { get; }

    /// <summary>Gets the net amount and its frequency.</summary>
    public PeriodicAmount Amount { get; }

    /// <inheritdoc />
    public bool Equals(HousingCost? other) => other is not null && Equals(Type, other.Type) && Equals(Amount, other.Amount);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as HousingCost);

    /// <inheritdoc />
    public override int GetHashCode() => Amount?.GetHashCode() ?? 0;
}
