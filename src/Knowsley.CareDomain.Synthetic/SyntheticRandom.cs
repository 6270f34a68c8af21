using System;
using System.Collections.Generic;
using System.Text;

namespace Knowsley.CareDomain.Synthetic;

/// <summary>
/// A small deterministic random number generator (SplitMix64) for synthetic data: the same seed and stream name
/// give the same sequence on every machine, framework and run.
/// </summary>
/// <remarks>
/// <see cref="System.Random"/> is not used because its sequence is not promised to stay the same across .NET
/// versions. Each person and each module draws from its own stream (<see cref="SyntheticRandom(ulong, string)"/>),
/// so adding a module's draws never changes another's data, and people can be generated in any order.
/// </remarks>
/// <threadsafety>Not thread-safe: one instance per stream.</threadsafety>
public sealed class SyntheticRandom
{
    private ulong state;

    /// <summary>Initializes a generator from a seed.</summary>
    /// <param name="seed">The seed.</param>
    public SyntheticRandom(ulong seed)
    {
        state = seed;
    }

    /// <summary>Initializes a generator for a named stream of a seed, for example a person's seed and <c>"charging"</c>.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream name.</param>
    public SyntheticRandom(ulong seed, string stream)
        : this(Mix(seed, stream))
    {
    }

    /// <summary>Derives a seed for a named stream of a seed.</summary>
    /// <param name="seed">The seed.</param>
    /// <param name="stream">The stream name.</param>
    /// <returns>The derived seed.</returns>
    public static ulong Mix(ulong seed, string stream)
    {
        if (stream is null)
        {
            throw new ArgumentNullException(nameof(stream));
        }

        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(stream))
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return Scramble(unchecked(seed ^ hash));
    }

    /// <summary>Returns the next 64 random bits.</summary>
    /// <returns>The bits.</returns>
    public ulong NextUInt64()
    {
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        return Scramble(state);
    }

    /// <summary>Returns a whole number in [<paramref name="minInclusive"/>, <paramref name="maxExclusive"/>).</summary>
    /// <param name="minInclusive">The smallest value.</param>
    /// <param name="maxExclusive">One more than the largest value.</param>
    /// <returns>The number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is empty.</exception>
    public int Next(int minInclusive, int maxExclusive)
    {
        if (maxExclusive <= minInclusive)
        {
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), maxExclusive, "The range is empty.");
        }

        var range = (ulong)((long)maxExclusive - minInclusive);
        return (int)((long)minInclusive + (long)(NextUInt64() % range));
    }

    /// <summary>Returns true with a probability of <paramref name="percent"/> in 100.</summary>
    /// <param name="percent">The chance, 0 to 100.</param>
    /// <returns>The outcome.</returns>
    public bool Chance(int percent) => Next(0, 100) < percent;

    /// <summary>Returns an amount of money, to the penny, uniformly in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <param name="min">The smallest amount.</param>
    /// <param name="max">The largest amount.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="max"/> is less than <paramref name="min"/>.</exception>
    public Money NextMoney(Money min, Money max)
    {
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "The maximum is less than the minimum.");
        }

        var range = checked((ulong)(max.Pence - min.Pence) + 1);
        return Money.FromPence(min.Pence + (long)(NextUInt64() % range));
    }

    /// <summary>Picks one item uniformly.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items; at least one.</param>
    /// <returns>The item picked.</returns>
    public T Pick<T>(IReadOnlyList<T> items)
    {
        if (items is null || items.Count == 0)
        {
            throw new ArgumentException("There must be at least one item to pick from.", nameof(items));
        }

        return items[Next(0, items.Count)];
    }

    /// <summary>Picks one item with probability proportional to its whole-number weight.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="weighted">The items and their weights (zero or more; at least one positive).</param>
    /// <returns>The item picked.</returns>
    public T PickWeighted<T>(IReadOnlyList<(T Item, int Weight)> weighted)
    {
        if (weighted is null)
        {
            throw new ArgumentNullException(nameof(weighted));
        }

        var total = 0;
        foreach (var (_, weight) in weighted)
        {
            total = checked(total + Math.Max(0, weight));
        }

        if (total == 0)
        {
            throw new ArgumentException("At least one weight must be positive.", nameof(weighted));
        }

        var draw = Next(0, total);
        foreach (var (item, weight) in weighted)
        {
            draw -= Math.Max(0, weight);
            if (draw < 0)
            {
                return item;
            }
        }

        return weighted[weighted.Count - 1].Item;
    }

    private static ulong Scramble(ulong z)
    {
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
