namespace Knowsley.CareDomain.Synthetic;

/// <summary>The two age bands of national adult social care reporting.</summary>
public enum AgeBand
{
    /// <summary>Aged 18 to 64.</summary>
    Age18To64 = 0,

    /// <summary>Aged 65 or over.</summary>
    Age65AndOver = 1,
}
