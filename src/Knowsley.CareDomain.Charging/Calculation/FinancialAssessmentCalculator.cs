using System;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Parameters;

namespace Knowsley.CareDomain.Charging.Calculation;

/// <summary>Calculates the weekly charge for care at home or in a care home under SI 2014/2672 and CSSG chapter 8 and
/// Annexes A to C.</summary>
/// <remarks>
/// <para><b>Care outside a care home</b>: capital test (reg. 12) and tariff income (reg. 25); weekly income less the
/// disregards (regs 13 to 15, Sch. 1) and the council's night-care element policy; less the minimum income guarantee
/// (reg. 7) with any council uplift, housing costs and disability-related expenditure (the highest of the itemised amount
/// allowed, the council's standard allowance and its band for the disability benefit received, Sch. 1 para. 4; unevidenced
/// items only up to the council's evidence threshold); where the partner's resources are given, the couples affordability
/// check (CSSG Annex C para. 5) may raise the MIG, and the lower of the two charges applies; the maximum charge is never below
/// zero and may be tapered by council policy; the charge is the lower of it and the cost of care (Care Act 2014
/// s.14(4)) and is not billed below the council's minimum charge.</para>
/// <para><b>In a care home</b>: income less disregards plus tariff income, less the personal expenses allowance (reg. 6)
/// and, for a temporary resident, the home costs that continue; 50% of a pension passed to a spouse or civil partner at
/// home is disregarded (CSSG Annex C); the main home is disregarded for temporary residents
/// and during the 12-week disregard (Sch. 2 paras 1 and 2); any top-up is shown separately (CSSG Annex A).</para>
/// <para>Above the upper capital limit the person pays the full cost.</para>
/// </remarks>
/// <threadsafety>This type is stateless and safe to use from any thread.</threadsafety>
public static class FinancialAssessmentCalculator
{
    /// <summary>Calculates an assessment with its explanation, using the rates in force on its assessment date.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="parameters">The statutory tables (<see cref="ChargingParameters.Default"/>) with any council overlay.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ParameterNotAvailableException">A rate the assessment needs is not available for its date.</exception>
    public static FinancialAssessmentResult Calculate(FinancialAssessment assessment, ParameterSet parameters)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        return Calculate(assessment, ChargingRates.On(parameters, assessment.AssessmentDate));
    }

    /// <summary>Calculates an assessment with its explanation, using rates already resolved for its date.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="rates">The rates, resolved for the assessment date.</param>
    /// <returns>The result; the explanation is built when first asked for.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rates were resolved for another date.</exception>
    /// <exception cref="ParameterNotAvailableException">A rate the assessment needs is not available for its date.</exception>
    public static FinancialAssessmentResult Calculate(FinancialAssessment assessment, ChargingRates rates)
        => new(assessment, rates, CalculateFigures(assessment, rates));

    /// <summary>Calculates only the figures of an assessment: no explanation and no heap allocation (the bulk hot path).</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="rates">The rates, resolved for the assessment date.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The rates were resolved for another date.</exception>
    /// <exception cref="ParameterNotAvailableException">A rate the assessment needs is not available for its date.</exception>
    public static ChargeFigures CalculateFigures(FinancialAssessment assessment, ChargingRates rates)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        if (rates is null)
        {
            throw new ArgumentNullException(nameof(rates));
        }

        if (rates.Date != assessment.AssessmentDate)
        {
            throw new ArgumentException($"The rates are for {rates.Date:yyyy-MM-dd} but the assessment is for {assessment.AssessmentDate:yyyy-MM-dd}.", nameof(rates));
        }

        return ChargeEngine.Compute(assessment, rates);
    }

    /// <summary>Calculates only the figures of an assessment as if it were made on the date the rates are for (bulk
    /// recalculation under another rate year): ages, the 12-week disregard and disregard periods are judged on that date.
    /// No explanation and no heap allocation.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="rates">The rates; their date is used as the assessment date.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ParameterNotAvailableException">A rate the assessment needs is not available for the date.</exception>
    public static ChargeFigures CalculateFiguresAsOf(FinancialAssessment assessment, ChargingRates rates)
    {
        if (assessment is null)
        {
            throw new ArgumentNullException(nameof(assessment));
        }

        return ChargeEngine.Compute(assessment, rates ?? throw new ArgumentNullException(nameof(rates)));
    }
}
