using System;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Assessment;

/// <summary>Details of a care-home stay needed for a residential assessment.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ResidentialStay : IEquatable<ResidentialStay>
{
    /// <summary>Initializes a new stay.</summary>
    /// <param name="admissionDate">The first day of the stay (for a permanent resident, the first day as a permanent resident).</param>
    /// <param name="twelveWeekDisregardDaysUsed">Days of the 12-week property disregard already used in an earlier permanent stay
    /// that ended less than 52 weeks before this one (SI 2014/2672 Sch. 2 para. 2); 0 otherwise.</param>
    /// <param name="topUp">A top-up, if any.</param>
    public ResidentialStay(LocalDate admissionDate, int twelveWeekDisregardDaysUsed = 0, TopUp? topUp = null)
    {
        AdmissionDate = admissionDate;
        TwelveWeekDisregardDaysUsed = twelveWeekDisregardDaysUsed;
        TopUp = topUp;
    }

    /// <summary>Gets the first day of the stay.</summary>
    public LocalDate AdmissionDate { get; }

    /// <summary>Gets the days of the 12-week disregard already used in an earlier permanent stay.</summary>
    public int TwelveWeekDisregardDaysUsed { get; }

    /// <summary>Gets the top-up, if any.</summary>
    public TopUp? TopUp { get; }

    /// <summary>Gets the last day of the 12-week property disregard: 84 days from admission, less the days already used.</summary>
    /// <returns>The last day, inclusive; before <see cref="AdmissionDate"/> when nothing is left.</returns>
    public LocalDate TwelveWeekDisregardLastDay() => AdmissionDate.PlusDays(84 - TwelveWeekDisregardDaysUsed - 1);

    /// <inheritdoc />
    public bool Equals(ResidentialStay? other)
        => other is not null && AdmissionDate == other.AdmissionDate && TwelveWeekDisregardDaysUsed == other.TwelveWeekDisregardDaysUsed && Equals(TopUp, other.TopUp);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ResidentialStay);

    /// <inheritdoc />
    public override int GetHashCode() => AdmissionDate.GetHashCode();
}
