using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Knowsley.CareDomain.Internal;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Parameters;

/// <summary>
/// A statutory figure or local policy setting as dated data: a named series of
/// (effective-from date, value, citation) entries with a unit.
/// </summary>
/// <remarks>
/// <para>
/// <b>Lookup.</b> The value in force on a date is that of the latest entry effective on or before the date.
/// A date before the first entry, or one where the entry in force has no value (a figure not yet published
/// or not confirmed), throws <see cref="ParameterNotAvailableException"/> naming the parameter, never a guess.
/// </para>
/// <para>
/// <b>Validation.</b> The constructor checks that entries are in strictly increasing date order with no
/// duplicate dates, and that each value suits the <see cref="Unit"/> (money to the penny, whole numbers where
/// the unit counts, a flag or code where the unit says so); problems are reported together as a
/// <see cref="DomainValidationException"/> with paths such as <c>entries[2].value</c>.
/// </para>
/// <para>Lookups are allocation-free binary searches.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Parameter
{
    private readonly ParameterEntry[] entries;
    private readonly long[]? pence;

    /// <summary>Initializes a parameter.</summary>
    /// <param name="name">The parameter's name, for example <c>charging.capital.upper-limit</c>.</param>
    /// <param name="unit">The unit of every value.</param>
    /// <param name="description">What the parameter is, for people.</param>
    /// <param name="entries">The dated entries, in increasing date order.</param>
    /// <param name="frequency">For recurring money amounts, how often the amount applies (for example weekly).</param>
    /// <exception cref="DomainValidationException">The entries are out of order, duplicated, or do not suit the unit.</exception>
    public Parameter(string name, ParameterUnit unit, string description, IReadOnlyList<ParameterEntry> entries, Frequency? frequency = null)
    {
        Name = Preconditions.CheckNotBlank(name, nameof(name));
        Unit = Preconditions.CheckNotNull(unit, nameof(unit));
        Description = description ?? string.Empty;
        Frequency = frequency;
        this.entries = Preconditions.CheckNotNull(entries, nameof(entries)).ToArray();
        Validate();
        if (unit.Equals(ParameterUnit.Gbp))
        {
            pence = this.entries.Select(e => e.Value is { } v ? Money.FromPounds(v.AsNumber).Pence : 0L).ToArray();
        }
    }

    /// <summary>Gets the parameter's name.</summary>
    public string Name { get; }

    /// <summary>Gets the unit of every value.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>Gets what the parameter is, for people.</summary>
    public string Description { get; }

    /// <summary>Gets, for recurring money amounts, how often the amount applies; otherwise null.</summary>
    public Frequency? Frequency { get; }

    /// <summary>Gets the entries in increasing date order.</summary>
    public IReadOnlyList<ParameterEntry> Entries => entries;

    /// <summary>Gets the entry in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The latest entry effective on or before <paramref name="date"/>; it has a value.</returns>
    /// <exception cref="ParameterNotAvailableException">No entry is in force on the date, or the one in force has no value.</exception>
    public ParameterEntry EntryOn(LocalDate date) => entries[IndexInForceOn(date)];

    /// <summary>Tries to get the entry in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <param name="entry">The entry, when one with a value is in force.</param>
    /// <returns><c>true</c> when an entry with a value is in force on <paramref name="date"/>.</returns>
    public bool TryGetEntryOn(LocalDate date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ParameterEntry? entry)
    {
        var index = IndexOn(date);
        entry = index >= 0 && entries[index].Value is not null ? entries[index] : null;
        return entry is not null;
    }

    /// <summary>Gets the amount of money in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ParameterNotAvailableException">No value is in force on the date.</exception>
    /// <exception cref="InvalidOperationException">The unit is not <see cref="ParameterUnit.Gbp"/>.</exception>
    public Money MoneyOn(LocalDate date)
    {
        RequireUnit(ParameterUnit.Gbp);
        return Money.FromPence(pence![IndexInForceOn(date)]);
    }

    /// <summary>Gets the number in force on a date (any numeric unit).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ParameterNotAvailableException">No value is in force on the date.</exception>
    /// <exception cref="InvalidOperationException">The unit is not numeric.</exception>
    public decimal NumberOn(LocalDate date)
    {
        RequireKind(ParameterValueKind.Number);
        return EntryOn(date).Value!.Value.AsNumber;
    }

    /// <summary>Gets the whole number in force on a date (units count, days, weeks, months, years).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The whole number.</returns>
    /// <exception cref="ParameterNotAvailableException">No value is in force on the date.</exception>
    /// <exception cref="InvalidOperationException">The unit is not a whole-number unit.</exception>
    public int WholeNumberOn(LocalDate date)
    {
        if (!Unit.IsWholeNumber)
        {
            throw new InvalidOperationException($"Parameter '{Name}' has unit '{Unit.Code}', which is not a whole-number unit.");
        }

        return decimal.ToInt32(EntryOn(date).Value!.Value.AsNumber);
    }

    /// <summary>Gets the flag in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The flag.</returns>
    /// <exception cref="ParameterNotAvailableException">No value is in force on the date.</exception>
    /// <exception cref="InvalidOperationException">The unit is not <see cref="ParameterUnit.Flag"/>.</exception>
    public bool FlagOn(LocalDate date)
    {
        RequireUnit(ParameterUnit.Flag);
        return EntryOn(date).Value!.Value.AsFlag;
    }

    /// <summary>Gets the code in force on a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ParameterNotAvailableException">No value is in force on the date.</exception>
    /// <exception cref="InvalidOperationException">The unit is not <see cref="ParameterUnit.PolicyCode"/>.</exception>
    public string CodeOn(LocalDate date)
    {
        RequireUnit(ParameterUnit.PolicyCode);
        return EntryOn(date).Value!.Value.AsCode;
    }

    /// <summary>
    /// Returns this parameter with another's entries laid over it: an overlay entry replaces one with the same
    /// effective date and is otherwise added.
    /// </summary>
    /// <param name="overlay">The overriding parameter; must have the same name and unit.</param>
    /// <returns>The merged parameter.</returns>
    /// <exception cref="ArgumentException">The names or units differ.</exception>
    public Parameter WithOverlay(Parameter overlay)
    {
        Preconditions.CheckNotNull(overlay, nameof(overlay));
        Preconditions.CheckArgument(string.Equals(overlay.Name, Name, StringComparison.Ordinal), nameof(overlay), $"Cannot overlay parameter '{overlay.Name}' on '{Name}'.");
        Preconditions.CheckArgument(overlay.Unit.Equals(Unit), nameof(overlay), $"Parameter '{Name}' has unit '{Unit.Code}' but the overlay has unit '{overlay.Unit.Code}'.");
        var overridden = new HashSet<LocalDate>(overlay.entries.Select(e => e.EffectiveFrom));
        var merged = entries.Where(e => !overridden.Contains(e.EffectiveFrom))
            .Concat(overlay.entries)
            .OrderBy(e => e.EffectiveFrom)
            .ToArray();
        var description = overlay.Description.Length > 0 ? overlay.Description : Description;
        return new Parameter(Name, Unit, description, merged, overlay.Frequency ?? Frequency);
    }

    /// <summary>Formats as the name and unit.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name} ({Unit.Code})";

    internal static string Format(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private int IndexInForceOn(LocalDate date)
    {
        var index = IndexOn(date);
        if (index < 0)
        {
            var first = entries.Length == 0 ? "it has no entries" : $"its first entry is effective from {Format(entries[0].EffectiveFrom)}";
            throw new ParameterNotAvailableException(Name, date, $"Parameter '{Name}' has no value on {Format(date)}: {first}.");
        }

        var entry = entries[index];
        if (entry.Value is null)
        {
            var why = entry.Note is null ? string.Empty : $" ({entry.Note})";
            throw new ParameterNotAvailableException(
                Name,
                date,
                $"Parameter '{Name}' has no confirmed value on {Format(date)}: the figure from {Format(entry.EffectiveFrom)} is not known{why}.");
        }

        return index;
    }

    private int IndexOn(LocalDate date)
    {
        int low = 0, high = entries.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (entries[mid].EffectiveFrom <= date)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private void RequireUnit(ParameterUnit unit)
    {
        if (!Unit.Equals(unit))
        {
            throw new InvalidOperationException($"Parameter '{Name}' has unit '{Unit.Code}', not '{unit.Code}'.");
        }
    }

    private void RequireKind(ParameterValueKind kind)
    {
        if (Unit.Kind != kind)
        {
            throw new InvalidOperationException($"Parameter '{Name}' has unit '{Unit.Code}', whose values are not of kind {kind}.");
        }
    }

    private void Validate()
    {
        var errors = new ValidationErrors();
        errors.Require(entries.Length > 0, "entries", "entries-required", "a parameter needs at least one dated entry");
        for (var i = 0; i < entries.Length; i++)
        {
            var path = FieldPath.Index("entries", i);
            var entry = entries[i];
            if (entry is null)
            {
                errors.Add(path, "required", "entry is missing");
                continue;
            }

            if (i > 0 && entries[i - 1] is { } previous)
            {
                if (entry.EffectiveFrom == previous.EffectiveFrom)
                {
                    errors.Add(FieldPath.Member(path, "from"), "no-duplicate-dates", $"{Format(entry.EffectiveFrom)} is the effective date of the previous entry too");
                }
                else if (entry.EffectiveFrom < previous.EffectiveFrom)
                {
                    errors.Add(FieldPath.Member(path, "from"), "dates-increasing", $"{Format(entry.EffectiveFrom)} is earlier than the previous entry's {Format(previous.EffectiveFrom)}: entries must be in date order");
                }
            }

            if (entry.Value is { } value)
            {
                ValidateValue(value, FieldPath.Member(path, "value"), errors);
            }
            else
            {
                errors.Require(entry.Note is not null, FieldPath.Member(path, "note"), "missing-value-explained", "an entry with no value must have a note saying why the figure is missing");
            }
        }

        if (Frequency is not null)
        {
            errors.Require(Unit.Equals(ParameterUnit.Gbp), "frequency", "frequency-money-only", $"only money parameters have a frequency; unit is '{Unit.Code}'");
        }

        errors.ThrowIfAny();
    }

    private void ValidateValue(ParameterValue value, string path, ValidationErrors errors)
    {
        if (value.Kind != Unit.Kind)
        {
            errors.Add(path, "unit", $"unit '{Unit.Code}' takes a {Unit.Kind.ToString().ToLowerInvariant()}, not a {value.Kind.ToString().ToLowerInvariant()}");
            return;
        }

        if (value.Kind != ParameterValueKind.Number)
        {
            return;
        }

        var number = value.AsNumber;
        if (Unit.Equals(ParameterUnit.Gbp))
        {
            errors.Require(number * 100m == decimal.Truncate(number * 100m), path, "whole-pence", $"{number.ToString(CultureInfo.InvariantCulture)} has a fraction of a penny: money must have at most two decimal places");
        }

        if (Unit.IsWholeNumber)
        {
            errors.Require(number == decimal.Truncate(number) && number >= 0 && number <= int.MaxValue, path, "whole-number", $"unit '{Unit.Code}' takes a whole number zero or more, not {number.ToString(CultureInfo.InvariantCulture)}");
        }
    }
}
