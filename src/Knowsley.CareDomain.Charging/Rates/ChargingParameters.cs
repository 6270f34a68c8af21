using Knowsley.CareDomain.Parameters;

namespace Knowsley.CareDomain.Charging.Rates;

/// <summary>The statutory charging rate tables shipped with the package.</summary>
/// <threadsafety>This type is safe to use from any thread; the set is loaded once.</threadsafety>
public static class ChargingParameters
{
    private static readonly System.Lazy<ParameterSet> Statutory = new(() => ParameterSet.FromEmbeddedResources(typeof(ChargingParameters).Assembly));

    /// <summary>Gets the statutory rate tables (embedded <c>Parameters/*.json</c>). Layer a council's settings on top
    /// with <see cref="ParameterSet.WithOverlay"/>.</summary>
    public static ParameterSet Default => Statutory.Value;
}
