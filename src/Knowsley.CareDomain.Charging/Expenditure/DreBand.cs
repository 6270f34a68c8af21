namespace Knowsley.CareDomain.Charging.Expenditure;

/// <summary>The band of a council's banded disability-related expenditure (DRE) allowance, set by the rate of disability
/// benefit the person receives (Attendance Allowance, the DLA care component or the PIP daily living component: the
/// "disability benefits" of SI 2014/2672 Sch. 1 para. 4).</summary>
/// <remarks>
/// Banded DRE is a local policy, not national law: where a council counts disability benefits as income it must allow
/// DRE (Sch. 1 para. 4; CSSG Annex C para. 40), and many councils give a standard weekly amount by benefit rate instead of
/// asking everyone for receipts, with an itemised assessment on request. Lincolnshire County Council, for example, uses
/// three levels: DLA care lowest rate; DLA care middle rate, PIP daily living standard rate or AA lower rate; DLA care
/// highest rate, PIP daily living enhanced rate or AA higher rate (freedom of information response, directory record
/// 79802). The amounts are the council parameters <c>charging.local.dre-band-lowest</c>, <c>-middle</c> and
/// <c>-highest</c>. The order of the values is the order of the benefit rates.
/// </remarks>
public enum DreBand
{
    /// <summary>No disability benefit received: no band allowance.</summary>
    None = 0,

    /// <summary>DLA care component, lowest rate.</summary>
    Lowest = 1,

    /// <summary>Attendance Allowance lower rate, DLA care component middle rate or PIP daily living standard rate.</summary>
    Middle = 2,

    /// <summary>Attendance Allowance higher rate, DLA care component highest rate or PIP daily living enhanced rate.</summary>
    Highest = 3,
}
