namespace Knowsley.CareDomain.Charging.Assessment;

/// <summary>Who pays a top-up for a more expensive care home (CSSG Annex A).</summary>
public enum TopUpPayer
{
    /// <summary>A third party: family, friend or charity.</summary>
    ThirdParty = 0,

    /// <summary>The resident, during the 12-week property disregard.</summary>
    FirstPartyDuringTwelveWeekDisregard = 1,

    /// <summary>The resident, deferred under a deferred payment agreement.</summary>
    FirstPartyDeferred = 2,
}
