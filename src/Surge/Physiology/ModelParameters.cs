using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Surge.Yaml;

namespace Surge.Physiology;

/// <summary>One documented model parameter.</summary>
/// <param name="Name">Snake-case name as in data/parameters.yaml.</param>
/// <param name="Value">The value, in <paramref name="Unit"/>.</param>
/// <param name="Unit">The unit.</param>
/// <param name="Basis">sourced, derived, recalled or calibrated.</param>
/// <param name="Source">The literature source.</param>
public sealed record Parameter(string Name, double Value, string Unit, string Basis, string Source)
{
    /// <summary>SD of ln(value) a calibrated parameter's prior gets when its entry gives no <c>prior_log_sd</c>: ln 2, a factor 2 at one SD.</summary>
    public static readonly double DefaultPriorLogSd = Math.Log(2.0);

    /// <summary>
    /// The entry's <c>prior_log_sd</c>: SD of ln(value) of the log-normal prior centred on <see cref="Value"/> that the
    /// parameter uncertainty uses (docs/model.md, "Uncertainty of the model itself"); null when the entry gives none.
    /// </summary>
    public double? PriorLogSd { get; init; }

    /// <summary>The prior's SD of ln(value): <see cref="PriorLogSd"/>, else <see cref="DefaultPriorLogSd"/>.</summary>
    public double PriorLogSdOrDefault => PriorLogSd ?? DefaultPriorLogSd;
}

/// <summary>
/// The model's parameter set (data/parameters.yaml): every value with its unit and source. Immutable; variants
/// are made with <see cref="With"/>. Equations: docs/model.md.
/// </summary>
public sealed class ModelParameters
{
    private static readonly Lazy<ModelParameters> _shipped = new(LoadShipped);
    private readonly Dictionary<string, Parameter> _byName;
    private readonly ConcurrentDictionary<Type, object> _groups = new();

    private ModelParameters(IReadOnlyList<Parameter> all)
    {
        All = all;
        _byName = all.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The shipped parameter set.</summary>
    public static ModelParameters Default => _shipped.Value;

    /// <summary>Every parameter in file order.</summary>
    public IReadOnlyList<Parameter> All { get; }

    /// <summary>The value of parameter <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No parameter of that name.</exception>
    public double this[string name] => _byName.TryGetValue(name, out var p)
        ? p.Value
        : throw new KeyNotFoundException($"The parameter set has no parameter '{name}'.");

    /// <summary>The value of parameter <paramref name="name"/> if the set has it.</summary>
    public bool TryGet(string name, out double value)
    {
        var found = _byName.TryGetValue(name, out var parameter);
        value = found ? parameter!.Value : 0.0;
        return found;
    }

    /// <summary>
    /// The typed parameters of one body system (<typeparamref name="T"/>, declared beside the system's equations), read
    /// from this set once and then cached. Model code reads its parameters only this way, never by name.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The set lacks a parameter the system needs.</exception>
    public T Group<T>() where T : class, IParameterGroup<T> =>
        (T)_groups.GetOrAdd(typeof(T), static (_, set) => T.Read(new ParameterReader(set)), this);

    /// <summary>A copy with the given values replaced (names must exist).</summary>
    public ModelParameters With(IReadOnlyDictionary<string, double> values)
    {
        foreach (var name in values.Keys)
        {
            if (!_byName.ContainsKey(name))
            {
                throw new KeyNotFoundException($"The parameter set has no parameter '{name}'.");
            }
        }
        return new ModelParameters(All.Select(p => values.TryGetValue(p.Name, out var v) ? p with { Value = v } : p).ToArray());
    }

    /// <summary>
    /// A short fingerprint of every name and value (SHA-256 of the sorted <c>name=value</c> lines, first 16 hex digits):
    /// results computed for one parameter set (docs/cross-validation.md) say which set they belong to.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            var lines = All.OrderBy(p => p.Name, StringComparer.Ordinal)
                .Select(p => p.Name + "=" + p.Value.ToString("R", CultureInfo.InvariantCulture));
            var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines)));
            return Convert.ToHexStringLower(hash)[..16];
        }
    }

    /// <summary>Reads a parameter file (the schema of data/parameters.yaml).</summary>
    /// <exception cref="FormatException">The text is not a valid parameter file; the message names the entry.</exception>
    public static ModelParameters Parse(string yaml, string sourceName)
    {
        YamlTreeNode? document;
        try
        {
            document = YamlTree.Read(yaml);
        }
        catch (YamlTreeException e)
        {
            throw new FormatException($"{sourceName}:{e.Line}:{e.Column}: {e.Message}", e);
        }
        if (document is not YamlTreeMapping root || root.Find("parameters")?.Value is not YamlTreeMapping map)
        {
            throw new FormatException($"{sourceName}: expected a mapping 'parameters:'.");
        }
        var list = new List<Parameter>();
        foreach (var (key, valueNode) in map.Entries)
        {
            var name = key.Value;
            if (valueNode is not YamlTreeMapping entry)
            {
                throw new FormatException($"{sourceName}:{key.Line}: parameter '{name}' must be a mapping with value, unit, basis, source.");
            }
            string Field(string field) =>
                entry.Find(field)?.Value is YamlTreeScalar { IsNull: false } s && !string.IsNullOrWhiteSpace(s.Value)
                    ? s.Value
                    : throw new FormatException($"{sourceName}:{key.Line}: parameter '{name}' has no '{field}'.");
            if (!double.TryParse(Field("value"), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new FormatException($"{sourceName}:{key.Line}: parameter '{name}': value must be a finite number.");
            }
            double? priorLogSd = null;
            if (entry.Find("prior_log_sd") is { } prior)
            {
                if (prior.Value is not YamlTreeScalar priorScalar
                    || !double.TryParse(priorScalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var sd)
                    || !(sd > 0 && sd <= 5))
                {
                    throw new FormatException($"{sourceName}:{key.Line}: parameter '{name}': prior_log_sd must be a number above 0 and at most 5 (SD of ln value).");
                }
                priorLogSd = sd;
            }
            list.Add(new Parameter(name, value, Field("unit"), Field("basis"), Field("source")) { PriorLogSd = priorLogSd });
        }
        return new ModelParameters(list);
    }

    private static ModelParameters LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Surge.Data.parameters.yaml")
            ?? throw new InvalidOperationException("The parameter set is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "data/parameters.yaml");
    }
}
