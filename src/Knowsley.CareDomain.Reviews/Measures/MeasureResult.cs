using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Knowsley.CareDomain.Explanations;

namespace Knowsley.CareDomain.Reviews.Measures;

/// <summary>A proportion measure with its explanation: numerator, denominator, exclusions with counts, method and citation.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class MeasureResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="measure">The measure's name.</param>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator.</param>
    /// <param name="exclusions">What was left out, with counts.</param>
    /// <param name="method">How the measure is defined and counted.</param>
    /// <param name="citation">The source of the definition.</param>
    /// <param name="explanation">The explanation.</param>
    public MeasureResult(string measure, int numerator, int denominator, IReadOnlyList<MeasureExclusion> exclusions, string method, Citation? citation, Explanation explanation)
    {
        Measure = measure;
        Numerator = numerator;
        Denominator = denominator;
        Exclusions = exclusions;
        Method = method;
        Citation = citation;
        Explanation = explanation;
    }

    /// <summary>Gets the measure's name.</summary>
    public string Measure { get; }

    /// <summary>Gets the numerator.</summary>
    public int Numerator { get; }

    /// <summary>Gets the denominator.</summary>
    public int Denominator { get; }

    /// <summary>Gets the percentage (exact decimal, unrounded); <see langword="null"/> when the denominator is 0.</summary>
    public decimal? Percent => Denominator == 0 ? null : Numerator * 100m / Denominator;

    /// <summary>Gets what was left out, with counts.</summary>
    public IReadOnlyList<MeasureExclusion> Exclusions { get; }

    /// <summary>Gets how the measure is defined and counted.</summary>
    public string Method { get; }

    /// <summary>Gets the source of the definition.</summary>
    public Citation? Citation { get; }

    /// <summary>Gets the explanation.</summary>
    public Explanation Explanation { get; }

    /// <summary>Formats the percentage to one decimal place (half away from zero), or "n/a".</summary>
    /// <returns>For example "72.0%".</returns>
    public string PercentText() => Percent is null ? "n/a" : decimal.Round(Percent.Value, 1, System.MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    internal static MeasureResult Build(string measure, int numerator, int denominator, IEnumerable<MeasureExclusion> exclusions, string method, Citation? citation, System.Action<ExplanationBuilder>? extra = null)
    {
        var list = exclusions.Where(e => e.Count > 0).ToArray();
        var b = new ExplanationBuilder(measure);
        b.AddValue("Numerator", numerator.ToString(CultureInfo.InvariantCulture));
        b.AddValue("Denominator", denominator.ToString(CultureInfo.InvariantCulture));
        var result = new MeasureResult(measure, numerator, denominator, list, method, citation, new Explanation(measure, System.Array.Empty<ExplanationLine>()));
        b.AddValue("Result", result.PercentText(), citation);
        if (list.Length > 0)
        {
            b.Group("Exclusions", g =>
            {
                foreach (var e in list)
                {
                    g.AddValue(e.Reason, e.Count.ToString(CultureInfo.InvariantCulture));
                }
            });
        }

        extra?.Invoke(b);
        b.AddValue("Method", method);
        return new MeasureResult(measure, numerator, denominator, list, method, citation, b.Build());
    }
}
