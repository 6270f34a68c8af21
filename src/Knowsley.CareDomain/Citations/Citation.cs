using System;
using System.Text;
using Knowsley.CareDomain.Internal;

namespace Knowsley.CareDomain;

/// <summary>
/// Where a rule or a figure comes from: an instrument (Act, statutory instrument, guidance, circular or a council's
/// published policy), the provision within it, and optionally its title and address.
/// </summary>
/// <remarks>
/// Written as <c>SI 2014/2672 reg. 12</c> (<see cref="ToString"/>). Equality compares all four parts ordinally.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class Citation : IEquatable<Citation>
{
    /// <summary>Initializes a citation.</summary>
    /// <param name="instrument">The instrument, for example <c>SI 2014/2672</c>, <c>Care Act 2014</c>, <c>CSSG</c> or <c>LAC(DHSC)(2025)1</c>.</param>
    /// <param name="provision">The section, regulation, paragraph or table, for example <c>reg. 12</c> or <c>Annex B para 5</c>.</param>
    /// <param name="title">The instrument's title, if wanted.</param>
    /// <param name="url">A stable public address of the instrument, if wanted.</param>
    /// <exception cref="ArgumentException"><paramref name="instrument"/> or <paramref name="provision"/> is empty.</exception>
    public Citation(string instrument, string provision, string? title = null, string? url = null)
    {
        Instrument = Preconditions.CheckNotBlank(instrument, nameof(instrument)).Trim();
        Provision = Preconditions.CheckNotBlank(provision, nameof(provision)).Trim();
        Title = string.IsNullOrWhiteSpace(title) ? null : title!.Trim();
        Url = string.IsNullOrWhiteSpace(url) ? null : url!.Trim();
    }

    /// <summary>Gets the instrument, for example <c>SI 2014/2672</c>.</summary>
    public string Instrument { get; }

    /// <summary>Gets the provision within the instrument, for example <c>reg. 12</c>.</summary>
    public string Provision { get; }

    /// <summary>Gets the instrument's title, if given.</summary>
    public string? Title { get; }

    /// <summary>Gets a public address of the instrument, if given.</summary>
    public string? Url { get; }

    /// <summary>Returns a citation of another provision of the same instrument.</summary>
    /// <param name="provision">The other provision.</param>
    /// <returns>The new citation.</returns>
    public Citation WithProvision(string provision) => new(Instrument, provision, Title, Url);

    /// <summary>Formats as <c>SI 2014/2672 reg. 12</c>.</summary>
    /// <returns>The short form.</returns>
    public override string ToString() => $"{Instrument} {Provision}";

    /// <summary>Formats with the title when there is one: <c>SI 2014/2672 reg. 12 (Care and Support (Charging ...) Regulations 2014)</c>.</summary>
    /// <returns>The long form.</returns>
    public string ToLongString()
    {
        var builder = new StringBuilder(ToString());
        if (Title is not null)
        {
            builder.Append(" (").Append(Title).Append(')');
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    public bool Equals(Citation? other)
        => other is not null
            && string.Equals(Instrument, other.Instrument, StringComparison.Ordinal)
            && string.Equals(Provision, other.Provision, StringComparison.Ordinal)
            && string.Equals(Title, other.Title, StringComparison.Ordinal)
            && string.Equals(Url, other.Url, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Citation);

    /// <inheritdoc />
    public override int GetHashCode()
        => unchecked((StringComparer.Ordinal.GetHashCode(Instrument) * 397) ^ StringComparer.Ordinal.GetHashCode(Provision));
}
