namespace Knowsley.CareDomain.Charging.Assessment;

/// <summary>A council's treatment of the night-care element of Attendance Allowance, the DLA care component and the
/// PIP daily living component in assessments for care outside a care home (council parameter
/// <c>charging.local.night-care-policy</c>).</summary>
/// <remarks>The guidance lets a council count the full rate; some councils disregard the difference between the
/// higher and lower rates when no night care is arranged (for example Knowsley, and Gloucestershire from April 2025).</remarks>
public enum NightCarePolicy
{
    /// <summary>Count the full rate received (code <c>count-full</c>); the default.</summary>
    CountFull = 0,

    /// <summary>Disregard the higher-minus-lower difference when no night care is arranged (code <c>disregard-higher-minus-lower</c>).</summary>
    DisregardHigherMinusLower = 1,
}
