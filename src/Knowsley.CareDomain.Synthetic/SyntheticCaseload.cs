using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Knowsley.CareDomain.Synthetic;

/// <summary>A generated caseload: the people and the options that produced them.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class SyntheticCaseload
{
    /// <summary>Initializes a caseload.</summary>
    /// <param name="options">The options used.</param>
    /// <param name="people">The people, in index order.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public SyntheticCaseload(SyntheticCaseloadOptions options, IReadOnlyList<SyntheticPerson> people)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        People = (people ?? throw new ArgumentNullException(nameof(people))).ToArray();
    }

    /// <summary>Gets the options used.</summary>
    public SyntheticCaseloadOptions Options { get; }

    /// <summary>Gets the date the caseload describes.</summary>
    public LocalDate AsAt => Options.AsAt;

    /// <summary>Gets the people, in index order.</summary>
    public IReadOnlyList<SyntheticPerson> People { get; }
}
