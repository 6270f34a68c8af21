using System;
using System.Collections.Generic;
using System.Linq;

namespace Knowsley.CareDomain.Charging.Capital;

/// <summary>One item of capital: its type, value, joint ownership and any property disregard periods.</summary>
/// <remarks>
/// Jointly held capital is divided equally between the owners unless the person's share is shown otherwise
/// (SI 2014/2672 reg. 24): give <see cref="JointOwners"/>, and <see cref="PersonsShare"/> when a different value is
/// shown (for jointly owned property, what a willing buyer would pay for the share). The item is checked when it is
/// placed in a <see cref="Assessment.FinancialAssessment"/>.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class CapitalItem : IEquatable<CapitalItem>
{
    /// <summary>Initializes a new capital item.</summary>
    /// <param name="type">The type of capital.</param>
    /// <param name="value">The value of the whole item (for property, net of the sale costs and secured debts the council allows).</param>
    /// <param name="jointOwners">How many people own the item (1 when held alone).</param>
    /// <param name="personsShare">The value of the person's share when shown to differ from an equal share.</param>
    /// <param name="disregards">Dated periods during which a main home is disregarded.</param>
    /// <param name="description">An optional description.</param>
    public CapitalItem(CapitalType type, Money value, int jointOwners = 1, Money? personsShare = null, IReadOnlyList<PropertyDisregard>? disregards = null, string? description = null)
    {
        Type = type;
        Value = value;
        JointOwners = jointOwners;
        PersonsShare = personsShare;
        Disregards = disregards?.ToArray() ?? Array.Empty<PropertyDisregard>();
        Description = description;
    }

    /// <summary>Gets the type of capital.</summary>
    public CapitalType Type { get; }

    /// <summary>Gets the value of the whole item.</summary>
    public Money Value { get; }

    /// <summary>Gets how many people own the item.</summary>
    public int JointOwners { get; }

    /// <summary>Gets the value of the person's share when shown to differ from an equal share.</summary>
    public Money? PersonsShare { get; }

    /// <summary>Gets the dated periods during which a main home is disregarded.</summary>
    public IReadOnlyList<PropertyDisregard> Disregards { get; }

    /// <summary>Gets an optional description.</summary>
    public string? Description { get; }

    /// <summary>Gets the value of the person's share: <see cref="PersonsShare"/> when given, otherwise an equal share
    /// (rounded down to the penny, in the person's favour).</summary>
    /// <returns>The value of the person's share.</returns>
    public Money ShareValue()
        => PersonsShare ?? (JointOwners <= 1 ? Value : Value.MultiplyThenDivide(1, JointOwners, MoneyRounding.Down));

    /// <inheritdoc />
    public bool Equals(CapitalItem? other)
        => other is not null && Equals(Type, other.Type) && Value == other.Value && JointOwners == other.JointOwners
           && PersonsShare == other.PersonsShare && Disregards.SequenceEqual(other.Disregards)
           && string.Equals(Description, other.Description, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CapitalItem);

    /// <inheritdoc />
    public override int GetHashCode() => unchecked((Value.GetHashCode() * 397) ^ JointOwners);
}
