using System;
using Knowsley.CareDomain.Parameters;

namespace Knowsley.CareDomain.Reviews;

/// <summary>The module's dated timescales (<c>Parameters/reviews-timescales.json</c>): review intervals and DoLS time limits, each with its citation.</summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public static class ReviewParameters
{
    private static readonly Lazy<ParameterSet> StatutorySet = new(() => ParameterSet.FromEmbeddedResources(typeof(ReviewParameters).Assembly));

    /// <summary>Gets the shipped parameter set. Overlay a council file with <see cref="ParameterSet.WithOverlay"/>.</summary>
    public static ParameterSet Statutory => StatutorySet.Value;
}
