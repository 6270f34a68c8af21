using System;
using Spectre.Console.Rendering;

namespace Knowsley.CareDomain.Cli.Demo;

/// <summary>What a demo section computed: data for <c>--json</c> and a view for the console.</summary>
internal sealed class DemoSectionResult
{
    internal DemoSectionResult(object data, IRenderable view)
    {
        Data = data ?? throw new ArgumentNullException(nameof(data));
        View = view ?? throw new ArgumentNullException(nameof(view));
    }

    /// <summary>Gets the data, serialized with <c>CareDomainJson</c> for <c>--json</c>.</summary>
    internal object Data { get; }

    /// <summary>Gets the console view (tables, text).</summary>
    internal IRenderable View { get; }
}
