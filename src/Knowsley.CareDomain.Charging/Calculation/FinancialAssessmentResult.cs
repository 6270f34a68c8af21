using System;
using System.Collections.Generic;
using System.Text;
using Knowsley.CareDomain.Charging.Assessment;
using Knowsley.CareDomain.Charging.Rates;
using Knowsley.CareDomain.Explanations;
using NodaTime;

namespace Knowsley.CareDomain.Charging.Calculation;

/// <summary>The result of a financial assessment: the weekly charge, the amounts by heading, the rules applied, warnings,
/// and the explanation with citations, renderable as a statement to the person.</summary>
/// <remarks>The explanation is built from the same inputs the first time it is asked for, so bulk runs that only read
/// the figures pay nothing for it.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class FinancialAssessmentResult
{
    private readonly Lazy<Explanation> explanation;

    internal FinancialAssessmentResult(FinancialAssessment assessment, ChargingRates rates, ChargeFigures figures)
    {
        Assessment = assessment;
        Rates = rates;
        Figures = figures;
        var rules = new List<string>();
        var warnings = new List<string>();
        ResultNotes.Collect(assessment, rates, figures, rules, warnings);
        RulesApplied = rules;
        Warnings = warnings;
        explanation = new Lazy<Explanation>(() => ExplanationFactory.Build(assessment, rates, figures));
    }

    /// <summary>Gets the assessment calculated.</summary>
    public FinancialAssessment Assessment { get; }

    /// <summary>Gets the rates used.</summary>
    public ChargingRates Rates { get; }

    /// <summary>Gets the figures.</summary>
    public ChargeFigures Figures { get; }

    /// <summary>Gets the date the assessment was made for.</summary>
    public LocalDate AssessmentDate => Rates.Date;

    /// <summary>Gets the weekly charge.</summary>
    public Money WeeklyCharge => Figures.WeeklyCharge;

    /// <summary>Gets the maximum weekly charge the person can afford.</summary>
    public Money MaximumCharge => Figures.MaximumCharge;

    /// <summary>Gets the weekly cost of the care arranged.</summary>
    public Money CostOfCare => Figures.CostOfCare;

    /// <summary>Gets the tariff income from capital.</summary>
    public Money TariffIncome => Figures.TariffIncome;

    /// <summary>Gets the capital assessed.</summary>
    public Money CapitalAssessed => Figures.CapitalAssessed;

    /// <summary>Gets the amounts by heading (codes such as <c>assessable-income</c>), in the order of the calculation.</summary>
    public IReadOnlyList<KeyValuePair<string, Money>> AmountsByHeading => ChargeHeadings.Of(Figures);

    /// <summary>Gets the codes of the rules that applied (for example <c>tariff-income</c>, <c>capped-at-cost-of-care</c>).</summary>
    public IReadOnlyList<string> RulesApplied { get; }

    /// <summary>Gets warnings for the council (for example capital within £250 of the upper limit).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Gets the explanation: every line of the calculation with its amount and citation.</summary>
    public Explanation Explanation => explanation.Value;

    /// <summary>Renders a plain-language statement a council could send to the person, as text.</summary>
    /// <returns>The statement.</returns>
    public string ToStatementText()
    {
        var sb = new StringBuilder();
        sb.Append("Your weekly charge is ").Append(WeeklyCharge.ToString()).AppendLine(".");
        sb.Append(Summary()).AppendLine();
        sb.AppendLine();
        sb.Append(Explanation.ToText());
        AppendWarnings(sb, "- ");
        return sb.ToString();
    }

    /// <summary>Renders a plain-language statement a council could send to the person, as Markdown.</summary>
    /// <returns>The statement.</returns>
    public string ToStatementMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("**Your weekly charge is ").Append(WeeklyCharge.ToString()).AppendLine(".**");
        sb.AppendLine();
        sb.Append(Summary()).AppendLine();
        sb.AppendLine();
        sb.Append(Explanation.ToMarkdown());
        AppendWarnings(sb, "- ");
        return sb.ToString();
    }

    private string Summary()
    {
        if (Figures.AboveUpperCapitalLimit)
        {
            return $"Your capital of {CapitalAssessed} is above the upper capital limit of {Figures.UpperCapitalLimit}, so you pay the full cost of your care ({CostOfCare} a week).";
        }

        if (Figures.BelowMinimumCharge)
        {
            return $"The assessed charge is below the council's minimum weekly charge, so nothing is billed.";
        }

        return Figures.CappedAtCostOfCare
            ? $"You could afford up to {MaximumCharge} a week, but you never pay more than the cost of your care ({CostOfCare})."
            : $"This is the most you can afford to pay after the allowances below; your care costs {CostOfCare} a week.";
    }

    private void AppendWarnings(StringBuilder sb, string bullet)
    {
        if (Warnings.Count == 0)
        {
            return;
        }

        sb.AppendLine();
        sb.AppendLine("Notes:");
        foreach (var w in Warnings)
        {
            sb.Append(bullet).AppendLine(w);
        }
    }
}
