using System;
using NodaTime;

namespace Knowsley.CareDomain.Synthetic;

/// <summary>Settings for <see cref="SyntheticCaseloadGenerator"/>.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class SyntheticCaseloadOptions
{
    /// <summary>People in long term support in the default caseload, as in Knowsley's 2023/24 returns (about 3,700).</summary>
    public const int DefaultLongTermPeople = 3700;

    /// <summary>People in short term support in the default caseload, as in Knowsley's 2023/24 returns (about 260).</summary>
    public const int DefaultShortTermPeople = 260;

    /// <summary>The default seed.</summary>
    public const ulong DefaultSeed = 2024;

    /// <summary>Initializes options.</summary>
    /// <param name="people">The number of people; split between long and short term support in the ratio 3,700 : 260. Defaults to 3,960.</param>
    /// <param name="seed">The seed; the same seed always gives the same caseload.</param>
    /// <param name="asAt">The date the caseload describes; defaults to 31 March 2024, the end of 2023/24.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="people"/> is negative or more than 10,000,000.</exception>
    public SyntheticCaseloadOptions(int people = DefaultLongTermPeople + DefaultShortTermPeople, ulong seed = DefaultSeed, LocalDate? asAt = null)
    {
        if (people < 0 || people > 10_000_000)
        {
            throw new ArgumentOutOfRangeException(nameof(people), people, "The number of people must be between 0 and 10,000,000.");
        }

        People = people;
        Seed = seed;
        AsAt = asAt ?? new LocalDate(2024, 3, 31);
    }

    /// <summary>Gets the number of people.</summary>
    public int People { get; }

    /// <summary>Gets the seed.</summary>
    public ulong Seed { get; }

    /// <summary>Gets the date the caseload describes.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets how many of <see cref="People"/> are in long term support (the rest are in short term support).</summary>
    public int LongTermPeople => (int)(((long)People * DefaultLongTermPeople) / (DefaultLongTermPeople + DefaultShortTermPeople));
}
