using System;

namespace Knowsley.CareDomain.Eligibility.Letters;

/// <summary>The council's details printed on a decision letter.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class DecisionLetterOptions
{
    /// <summary>Initializes the options.</summary>
    /// <param name="councilName">The council's name, for example "Knowsley Council".</param>
    /// <param name="contact">How to contact the team or the complaints service, for example a telephone number.</param>
    /// <exception cref="ArgumentException"><paramref name="councilName"/> is empty.</exception>
    public DecisionLetterOptions(string councilName, string? contact = null)
    {
        if (string.IsNullOrWhiteSpace(councilName))
        {
            throw new ArgumentException("The council's name is required.", nameof(councilName));
        }

        CouncilName = councilName.Trim();
        Contact = string.IsNullOrWhiteSpace(contact) ? null : contact!.Trim();
    }

    /// <summary>Gets options naming no particular council ("the council").</summary>
    public static DecisionLetterOptions Default { get; } = new("the council");

    /// <summary>Gets the council's name.</summary>
    public string CouncilName { get; }

    /// <summary>Gets how to contact the team or the complaints service, if given.</summary>
    public string? Contact { get; }
}
