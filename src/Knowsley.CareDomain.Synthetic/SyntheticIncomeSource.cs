using Knowsley.CareDomain.CodeLists;

namespace Knowsley.CareDomain.Synthetic;

/// <summary>The kinds of income a synthetic person can have. Modules map these to their own income types.</summary>
/// <remarks>The amounts attached to them are synthetic, drawn from plausible ranges, and are not statutory rates.</remarks>
/// <threadsafety>Items are immutable singletons and safe to share between threads.</threadsafety>
public sealed class SyntheticIncomeSource : CodeListItem<SyntheticIncomeSource>
{
    /// <summary>State Pension.</summary>
    public static readonly SyntheticIncomeSource StatePension = new(nameof(StatePension), "state-pension", "State Pension");

    /// <summary>An occupational or personal pension.</summary>
    public static readonly SyntheticIncomeSource PrivatePension = new(nameof(PrivatePension), "private-pension", "Occupational or personal pension");

    /// <summary>Pension Credit guarantee credit.</summary>
    public static readonly SyntheticIncomeSource PensionCreditGuarantee = new(nameof(PensionCreditGuarantee), "pension-credit-guarantee", "Pension Credit (guarantee credit)");

    /// <summary>Attendance Allowance at the lower rate.</summary>
    public static readonly SyntheticIncomeSource AttendanceAllowanceLower = new(nameof(AttendanceAllowanceLower), "attendance-allowance-lower", "Attendance Allowance (lower rate)");

    /// <summary>Attendance Allowance at the higher rate.</summary>
    public static readonly SyntheticIncomeSource AttendanceAllowanceHigher = new(nameof(AttendanceAllowanceHigher), "attendance-allowance-higher", "Attendance Allowance (higher rate)");

    /// <summary>PIP daily living component at the standard rate.</summary>
    public static readonly SyntheticIncomeSource PipDailyLivingStandard = new(nameof(PipDailyLivingStandard), "pip-daily-living-standard", "PIP daily living (standard rate)");

    /// <summary>PIP daily living component at the enhanced rate.</summary>
    public static readonly SyntheticIncomeSource PipDailyLivingEnhanced = new(nameof(PipDailyLivingEnhanced), "pip-daily-living-enhanced", "PIP daily living (enhanced rate)");

    /// <summary>PIP mobility component.</summary>
    public static readonly SyntheticIncomeSource PipMobility = new(nameof(PipMobility), "pip-mobility", "PIP mobility");

    /// <summary>Universal Credit.</summary>
    public static readonly SyntheticIncomeSource UniversalCredit = new(nameof(UniversalCredit), "universal-credit", "Universal Credit");

    /// <summary>Employment and Support Allowance.</summary>
    public static readonly SyntheticIncomeSource EmploymentAndSupportAllowance = new(nameof(EmploymentAndSupportAllowance), "esa", "Employment and Support Allowance");

    /// <summary>Earnings from employment.</summary>
    public static readonly SyntheticIncomeSource Earnings = new(nameof(Earnings), "earnings", "Earnings");

    private SyntheticIncomeSource(string name, string code, string displayName)
        : base(name, code, displayName)
    {
    }
}
