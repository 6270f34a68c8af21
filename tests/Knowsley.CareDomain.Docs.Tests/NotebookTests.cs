using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Knowsley.CareDomain.Docs.Tests;

/// <summary>
/// Runs every code cell of every notebook under docs/notebooks in order, as .NET Interactive would, with Roslyn
/// scripting (the .NET Interactive packages are not used). <c>#r "nuget: ..."</c> lines are replaced by references to
/// the projects built here.
/// </summary>
public sealed class NotebookTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper output;

    /// <summary>Initializes the tests with xunit's output, where each cell's result is written.</summary>
    /// <param name="output">The test output.</param>
    public NotebookTests(Xunit.Abstractions.ITestOutputHelper output) => this.output = output;

    private static readonly ScriptOptions Options = ScriptOptions.Default
        .AddReferences(
            typeof(Money).Assembly,
            typeof(Synthetic.SyntheticPerson).Assembly,
            typeof(Charging.Calculation.FinancialAssessmentCalculator).Assembly,
            typeof(Reviews.ReviewParameters).Assembly,
            typeof(Eligibility.EligibilityParameters).Assembly,
            typeof(NodaTime.LocalDate).Assembly)
        .AddImports("System", "System.IO", "System.Linq", "System.Collections.Generic", "System.Threading.Tasks");

    public static IEnumerable<object[]> Notebooks()
        => Directory.GetFiles(Path.Combine(DocumentationSnippets.RepositoryRoot, "docs", "notebooks"), "*.ipynb")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void There_is_at_least_one_notebook()
        => Assert.NotEmpty(Notebooks());

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Every_cell_runs(string notebook)
    {
        var cells = CodeCells(Path.Combine(DocumentationSnippets.RepositoryRoot, "docs", "notebooks", notebook));
        Assert.NotEmpty(cells);
        ScriptState<object>? state = null;
        var number = 0;
        foreach (var cell in cells)
        {
            number++;
            try
            {
                state = state is null
                    ? await CSharpScript.RunAsync(cell, Options)
                    : await state.ContinueWithAsync(cell, Options);
            }
            catch (CompilationErrorException ex)
            {
                Assert.Fail($"{notebook} code cell {number} does not compile:\n{string.Join("\n", ex.Diagnostics)}");
            }

            Assert.Null(state.Exception);
            output.WriteLine($"[{notebook} cell {number}] {Show(state.ReturnValue)}");
        }

        Assert.NotNull(state!.ReturnValue);
    }

    private static string Show(object? value)
        => value switch
        {
            null => "(no value)",
            string text => text,
            System.Collections.IEnumerable items => string.Join("\n", items.Cast<object?>().Select(i => i?.ToString())),
            _ => value.ToString() ?? string.Empty,
        };

    private static List<string> CodeCells(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))
            .Select(code => string.Join("\n", code.Split('\n').Where(l => !l.TrimStart().StartsWith("#r ", StringComparison.Ordinal))))
            .ToList();
    }
}
