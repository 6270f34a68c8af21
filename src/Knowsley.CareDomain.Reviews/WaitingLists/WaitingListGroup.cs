namespace Knowsley.CareDomain.Reviews.WaitingLists;

/// <summary>Waiting-list figures for one wait type, overall or for one team or age band.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class WaitingListGroup
{
    /// <summary>Initializes a group.</summary>
    /// <param name="waitType">The wait type.</param>
    /// <param name="team">The team, for a by-team group; otherwise <see langword="null"/>.</param>
    /// <param name="ageBand">The age band, for a by-age group; otherwise <see langword="null"/>.</param>
    /// <param name="currentWaits">The waits open on the as-at date (their length so far); the count is the number waiting.</param>
    /// <param name="completedWaits">The waits completed in the period.</param>
    public WaitingListGroup(WaitType waitType, string? team, AgeBand? ageBand, WaitStatistics currentWaits, WaitStatistics completedWaits)
    {
        WaitType = waitType;
        Team = team;
        AgeBand = ageBand;
        CurrentWaits = currentWaits;
        CompletedWaits = completedWaits;
    }

    /// <summary>Gets the wait type.</summary>
    public WaitType WaitType { get; }

    /// <summary>Gets the team, for a by-team group.</summary>
    public string? Team { get; }

    /// <summary>Gets the age band, for a by-age group.</summary>
    public AgeBand? AgeBand { get; }

    /// <summary>Gets whether this is the overall group for the wait type (no team or age band).</summary>
    public bool IsOverall => Team is null && AgeBand is null;

    /// <summary>Gets the waits open on the as-at date; <see cref="WaitStatistics.Count"/> is the number waiting.</summary>
    public WaitStatistics CurrentWaits { get; }

    /// <summary>Gets the waits completed in the period.</summary>
    public WaitStatistics CompletedWaits { get; }
}
