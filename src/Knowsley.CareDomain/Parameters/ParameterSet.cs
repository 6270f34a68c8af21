using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using Knowsley.CareDomain.Internal;
using Knowsley.CareDomain.Validation;
using NodaTime;

namespace Knowsley.CareDomain.Parameters;

/// <summary>
/// A named collection of dated parameters: a module's statutory figures, a council's local policy values, or the
/// two laid one over the other.
/// </summary>
/// <remarks>
/// <para>
/// Modules ship their statutory data as embedded JSON (<see cref="FromEmbeddedResources"/>). A council overrides or
/// extends it without recompiling by loading its own file (<see cref="FromFile"/>) and calling
/// <see cref="WithOverlay"/>: a council parameter with a new name is added; one with an existing name must have the
/// same unit, and its entries replace those with the same effective date and are otherwise added.
/// </para>
/// <para>The file format is described in <c>docs/parameters.md</c>; <see cref="ToJson"/> writes it.</para>
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ParameterSet
{
    private readonly Dictionary<string, Parameter> parameters;

    /// <summary>Initializes a parameter set.</summary>
    /// <param name="parameters">The parameters; names must be unique.</param>
    /// <param name="sources">Where they were loaded from, for messages and provenance.</param>
    /// <exception cref="DomainValidationException">Two parameters have the same name.</exception>
    public ParameterSet(IEnumerable<Parameter> parameters, IEnumerable<string>? sources = null)
    {
        Preconditions.CheckNotNull(parameters, nameof(parameters));
        this.parameters = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        var errors = new ValidationErrors();
        foreach (var parameter in parameters)
        {
            Preconditions.CheckNotNull(parameter, nameof(parameters));
            if (this.parameters.ContainsKey(parameter.Name))
            {
                errors.Add(parameter.Name, "unique-name", $"parameter '{parameter.Name}' is defined more than once");
                continue;
            }

            this.parameters.Add(parameter.Name, parameter);
        }

        errors.ThrowIfAny();
        Sources = sources?.ToArray() ?? Array.Empty<string>();
    }

    /// <summary>Gets an empty set.</summary>
    public static ParameterSet Empty { get; } = new(Array.Empty<Parameter>());

    /// <summary>Gets the names of the files or resources the set was loaded from, in load order.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Gets the number of parameters.</summary>
    public int Count => parameters.Count;

    /// <summary>Gets the parameter names in ordinal order.</summary>
    public IReadOnlyList<string> Names => parameters.Keys.OrderBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>Gets every parameter in ordinal order of name.</summary>
    public IEnumerable<Parameter> Parameters => parameters.Values.OrderBy(p => p.Name, StringComparer.Ordinal);

    /// <summary>Gets a parameter by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ParameterNotAvailableException">The set has no parameter of that name.</exception>
    public Parameter this[string name] => Get(name);

    /// <summary>Gets a parameter by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The parameter.</returns>
    /// <exception cref="ParameterNotAvailableException">The set has no parameter of that name.</exception>
    public Parameter Get(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (parameters.TryGetValue(name, out var parameter))
        {
            return parameter;
        }

        var from = Sources.Count == 0 ? string.Empty : $" (loaded from {string.Join(", ", Sources)})";
        throw new ParameterNotAvailableException(name, null, $"The parameter set has no parameter named '{name}'{from}.");
    }

    /// <summary>Tries to get a parameter by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="parameter">The parameter, when found.</param>
    /// <returns><c>true</c> when found.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Parameter? parameter)
        => parameters.TryGetValue(name, out parameter);

    /// <summary>Tests whether the set has a parameter of a name.</summary>
    /// <param name="name">The name.</param>
    /// <returns><c>true</c> when present.</returns>
    public bool Contains(string name) => parameters.ContainsKey(name);

    /// <summary>Gets the entry of a parameter in force on a date.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="date">The date.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ParameterNotAvailableException">No such parameter, or no value on the date.</exception>
    public ParameterEntry EntryOn(string name, LocalDate date) => Get(name).EntryOn(date);

    /// <summary>Gets the amount of a money parameter in force on a date.</summary>
    /// <param name="name">The parameter name.</param>
    /// <param name="date">The date.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ParameterNotAvailableException">No such parameter, or no value on the date.</exception>
    /// <exception cref="InvalidOperationException">The parameter is not money.</exception>
    public Money MoneyOn(string name, LocalDate date) => Get(name).MoneyOn(date);

    /// <summary>Returns this set with a council's (or any other) set laid over it.</summary>
    /// <param name="overlay">The overriding set.</param>
    /// <returns>The merged set; its sources are this set's followed by the overlay's.</returns>
    /// <exception cref="ArgumentException">A parameter in both has different units.</exception>
    public ParameterSet WithOverlay(ParameterSet overlay)
    {
        Preconditions.CheckNotNull(overlay, nameof(overlay));
        var merged = new Dictionary<string, Parameter>(parameters, StringComparer.Ordinal);
        foreach (var parameter in overlay.parameters.Values)
        {
            merged[parameter.Name] = merged.TryGetValue(parameter.Name, out var existing)
                ? existing.WithOverlay(parameter)
                : parameter;
        }

        return new ParameterSet(merged.Values, Sources.Concat(overlay.Sources));
    }

    /// <summary>Combines sets whose parameter names do not overlap (for example one per module).</summary>
    /// <param name="sets">The sets.</param>
    /// <returns>The combined set.</returns>
    /// <exception cref="DomainValidationException">Two sets define the same parameter.</exception>
    public static ParameterSet Combine(IEnumerable<ParameterSet> sets)
    {
        Preconditions.CheckNotNull(sets, nameof(sets));
        var list = sets.ToArray();
        return new ParameterSet(list.SelectMany(s => s.parameters.Values), list.SelectMany(s => s.Sources));
    }

    /// <summary>Loads a set from JSON text in the parameter file format.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The file or resource name, used in messages.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ParameterFileException">The text is not a valid parameter file; the message names the file, parameter and entry.</exception>
    public static ParameterSet FromJson(string json, string sourceName)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        Preconditions.CheckNotBlank(sourceName, nameof(sourceName));
        return new ParameterSet(ParameterFileReader.Read(json, sourceName), new[] { sourceName });
    }

    /// <summary>Loads a set from a parameter file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ParameterFileException">The file is not a valid parameter file.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ParameterSet FromFile(string path)
    {
        Preconditions.CheckNotBlank(path, nameof(path));
        return FromJson(File.ReadAllText(path, Encoding.UTF8), Path.GetFileName(path));
    }

    /// <summary>
    /// Loads every parameter file embedded in an assembly: resources whose names contain <c>.Parameters.</c> and end
    /// in <c>.json</c>, in ordinal order of name. A parameter defined in two files is an error.
    /// </summary>
    /// <param name="assembly">The assembly, normally a module's.</param>
    /// <returns>The combined set.</returns>
    /// <exception cref="ParameterFileException">A file is not valid, or two files define the same parameter.</exception>
    public static ParameterSet FromEmbeddedResources(Assembly assembly)
    {
        Preconditions.CheckNotNull(assembly, nameof(assembly));
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.IndexOf(".Parameters.", StringComparison.Ordinal) >= 0 && n.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        var all = new List<Parameter>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            foreach (var parameter in ParameterFileReader.Read(reader.ReadToEnd(), name))
            {
                if (seen.TryGetValue(parameter.Name, out var other))
                {
                    throw new ParameterFileException(name, new[] { new ValidationError(ParameterFileReader.ParameterPath(parameter.Name), "unique-name", $"parameter '{parameter.Name}' is already defined in '{other}'") });
                }

                seen.Add(parameter.Name, name);
                all.Add(parameter);
            }
        }

        return new ParameterSet(all, names);
    }

    /// <summary>Writes the set in the parameter file format, parameters in ordinal order of name.</summary>
    /// <returns>Indented JSON that <see cref="FromJson"/> reads back to an equal set.</returns>
    public string ToJson() => ParameterFileWriter.Write(this);
}
