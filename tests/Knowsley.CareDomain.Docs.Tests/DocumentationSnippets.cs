using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Knowsley.CareDomain.Docs.Tests;

/// <summary>Finds the ```csharp blocks of the repository's Markdown files.</summary>
internal static class DocumentationSnippets
{
    private static readonly Regex Block = new("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline | RegexOptions.Compiled);

    internal static string RepositoryRoot { get; } = FindRoot();

    internal static IEnumerable<object[]> All()
    {
        var files = new[] { Path.Combine(RepositoryRoot, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n", StringComparison.Ordinal);
            var index = 0;
            foreach (Match match in Block.Matches(text))
            {
                index++;
                yield return new object[] { Path.GetRelativePath(RepositoryRoot, file), index, match.Groups["code"].Value };
            }
        }
    }

    private static string FindRoot()
        => typeof(DocumentationSnippets).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;
}
