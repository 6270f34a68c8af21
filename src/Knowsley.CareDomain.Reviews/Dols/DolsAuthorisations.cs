using System;
using Knowsley.CareDomain.Explanations;
using Knowsley.CareDomain.Parameters;
using Knowsley.CareDomain.Reviews.Calendar;
using NodaTime;

namespace Knowsley.CareDomain.Reviews.Dols;

/// <summary>Time limits of Deprivation of Liberty Safeguards authorisations (Mental Capacity Act 2005 Sch. A1).</summary>
/// <remarks>
/// Dates are built with NodaTime periods, never by adding to the day of the month: an urgent authorisation given on
/// 22 February 2010 runs to 1 March 2010 (day of grant not counted) or to 28 February 2010 (day of grant is day 1);
/// there is no 29 February 2010 (A County Council v MB [2010] EWCOP 2508). The counting convention is an explicit choice.
/// </remarks>
/// <threadsafety>Stateless; safe to use from any thread.</threadsafety>
public static class DolsAuthorisations
{
    /// <summary>The last day an urgent authorisation is in force (Sch. A1 para. 78(2): at most 7 days; extendable once, paras 77(3)-(4) and 84(4), by at most 7 days).</summary>
    /// <param name="given">The date the managing authority gave the urgent authorisation.</param>
    /// <param name="extended">Whether the supervisory body extended it (once).</param>
    /// <param name="counting">How days are counted from the day of grant.</param>
    /// <param name="parameters">The parameters (<see cref="ReviewParameters.Statutory"/>).</param>
    /// <returns>The last day in force, with the explanation.</returns>
    public static DolsExpiry UrgentAuthorisationExpiry(LocalDate given, bool extended, DolsDayCounting counting, ParameterSet parameters)
    {
        if (counting is null)
        {
            throw new ArgumentNullException(nameof(counting));
        }

        var duration = Timescale.FromParameter(parameters, "dols.urgent-authorisation.duration", given);
        var end = LastDay(given, duration, counting);
        var b = new ExplanationBuilder("DoLS urgent authorisation");
        b.AddValue("Given", $"{given:uuuu-MM-dd}");
        b.AddValue("Duration", duration.ToString(), duration.Citation, counting.DisplayName);
        b.AddValue("Original authorisation ends", $"{end:uuuu-MM-dd}");
        if (extended)
        {
            var extension = Timescale.FromParameter(parameters, "dols.urgent-authorisation.extension", given);
            end = extension.AddTo(end);
            b.AddValue("Extended once by", extension.ToString(), extension.Citation);
            b.AddValue("Extended authorisation ends", $"{end:uuuu-MM-dd}");
        }

        return new DolsExpiry(given, end, null, b.Build());
    }

    /// <summary>The latest last day of a standard authorisation (at most 1 year; no longer than the maximum authorisation period in the best interests assessment, Sch. A1 para. 51(2)) and its renewal window (para. 24 as read with para. 29).</summary>
    /// <param name="start">The date the standard authorisation comes into force.</param>
    /// <param name="recordedEnd">The end date the supervisory body recorded, if any; it must not be later than the maximum.</param>
    /// <param name="counting">How days are counted from the start.</param>
    /// <param name="parameters">The parameters (<see cref="ReviewParameters.Statutory"/>).</param>
    /// <returns>The last day in force and the date from which a further authorisation may be requested.</returns>
    /// <exception cref="Validation.DomainValidationException">The recorded end is after the 1-year maximum or before the start (field <c>recordedEnd</c>).</exception>
    public static DolsExpiry StandardAuthorisationExpiry(LocalDate start, LocalDate? recordedEnd, DolsDayCounting counting, ParameterSet parameters)
    {
        if (counting is null)
        {
            throw new ArgumentNullException(nameof(counting));
        }

        var maximum = Timescale.FromParameter(parameters, "dols.standard-authorisation.maximum-duration", start);
        var window = Timescale.FromParameter(parameters, "dols.standard-authorisation.request-window", start);
        var latest = LastDay(start, maximum, counting);
        var errors = new Validation.ValidationErrors();
        if (recordedEnd is not null)
        {
            errors.Require(recordedEnd <= latest, "recordedEnd", "within-maximum", $"the recorded end {recordedEnd:uuuu-MM-dd} is after the maximum {latest:uuuu-MM-dd} ({maximum})");
            errors.Require(recordedEnd >= start, "recordedEnd", "on-or-after-start", "the recorded end is before the start");
        }

        errors.ThrowIfAny();
        var end = recordedEnd ?? latest;
        var opens = window.SubtractFrom(end);
        var b = new ExplanationBuilder("DoLS standard authorisation");
        b.AddValue("Comes into force", $"{start:uuuu-MM-dd}");
        b.AddValue("Maximum duration", maximum.ToString(), maximum.Citation, counting.DisplayName);
        b.AddValue("Latest last day", $"{latest:uuuu-MM-dd}");
        b.AddValue("Last day in force", $"{end:uuuu-MM-dd}", note: recordedEnd is null ? "no end recorded: the maximum" : "as recorded by the supervisory body");
        b.AddValue("Further authorisation may be requested from", $"{opens:uuuu-MM-dd}", window.Citation, $"{window} before the last day in force");
        return new DolsExpiry(start, end, opens, b.Build());
    }

    private static LocalDate LastDay(LocalDate given, Timescale duration, DolsDayCounting counting)
    {
        var end = duration.AddTo(given);
        return counting == DolsDayCounting.GrantDayIncluded ? end.PlusDays(-1) : end;
    }
}
