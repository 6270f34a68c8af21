using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Knowsley.CareDomain.Docs.Tests;

/// <summary>
/// Every C# example in README.md and docs/*.md must compile against the current packages, as a user would paste it
/// into a project with implicit usings (System, System.IO, System.Linq, System.Collections.Generic).
/// </summary>
public sealed class DocumentationSnippetTests
{
    private static readonly ScriptOptions Options = ScriptOptions.Default
        .AddReferences(
            typeof(Money).Assembly,
            typeof(Synthetic.SyntheticPerson).Assembly,
            typeof(Charging.Calculation.FinancialAssessmentCalculator).Assembly,
            typeof(Reviews.ReviewParameters).Assembly,
            typeof(Eligibility.EligibilityParameters).Assembly,
            typeof(NodaTime.LocalDate).Assembly)
        .AddImports("System", "System.IO", "System.Linq", "System.Collections.Generic");

    public static IEnumerable<object[]> Snippets() => DocumentationSnippets.All();

    [Fact]
    public void The_documentation_has_csharp_examples()
        => Assert.True(DocumentationSnippets.All().Count() >= 2);

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Example_compiles(string file, int block, string code)
    {
        var script = string.Join("\n", code.Split('\n').Where(line => !line.StartsWith("#:", StringComparison.Ordinal)));
        var diagnostics = CSharpScript.Create(script, Options).Compile()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToArray();
        Assert.True(diagnostics.Length == 0, $"{file} C# block {block} does not compile:\n{string.Join("\n", diagnostics)}");
    }
}
