using System.Reflection;
using System.Text.RegularExpressions;
using Surge.Physiology;

namespace Surge.Tests.Physiology;

/// <summary>
/// Each body system reads its parameters once, as a typed record beside its equations: every entry of
/// data/parameters.yaml is bound by exactly one record, and model code never looks a parameter up by name.
/// </summary>
public sealed partial class ParameterGroupTests
{
    private static Type[] GroupTypes() => typeof(ModelParameters).Assembly.GetTypes()
        .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParameterGroup<>)))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    private static IReadOnlyList<string> NamesReadBy(Type group)
    {
        var reader = new ParameterReader(ModelParameters.Default);
        var read = group.GetMethod("Read", BindingFlags.Public | BindingFlags.Static, [typeof(ParameterReader)])
            ?? throw new InvalidOperationException($"{group.Name} has no public static Read(ParameterReader).");
        Assert.NotNull(read.Invoke(null, [reader]));
        return reader.NamesRead;
    }

    [Fact]
    public void EveryParameter_IsBoundByExactlyOneGroup()
    {
        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var type in GroupTypes())
        {
            foreach (var name in NamesReadBy(type).Distinct())
            {
                (owners.TryGetValue(name, out var list) ? list : owners[name] = []).Add(type.Name);
            }
        }
        var unbound = ModelParameters.Default.All.Select(p => p.Name).Where(n => !owners.ContainsKey(n)).ToArray();
        Assert.True(unbound.Length == 0, "parameters no system reads: " + string.Join(", ", unbound));
        var shared = owners.Where(kv => kv.Value.Count > 1).Select(kv => $"{kv.Key} ({string.Join(", ", kv.Value)})").ToArray();
        Assert.True(shared.Length == 0, "parameters bound by more than one system: " + string.Join("; ", shared));
    }

    [Fact]
    public void EveryGroup_ReadsEachNameOnce()
    {
        Assert.True(GroupTypes().Length >= 10, $"only {GroupTypes().Length} parameter groups found");
        Assert.All(GroupTypes(), type =>
        {
            var names = NamesReadBy(type);
            Assert.NotEmpty(names);
            Assert.Equal(names.Count, names.Distinct().Count());
        });
    }

    [Fact]
    public void Group_IsReadOnceAndFollowsTheSet()
    {
        var shipped = ModelParameters.Default;
        Assert.Same(shipped.Group<GrowthHormoneParameters>(), shipped.Group<GrowthHormoneParameters>());
        var variant = shipped.With(new Dictionary<string, double> { ["gh_half_life"] = 46.0 });
        Assert.Equal(46.0, variant.Group<GrowthHormoneParameters>().HalfLife);
        Assert.Equal(shipped["gh_half_life"], shipped.Group<GrowthHormoneParameters>().HalfLife);
    }

    [Fact]
    public void Group_OfASetLackingAParameter_ThrowsNamingIt()
    {
        var partial = ModelParameters.Parse("parameters:\n  lactate_rest: {value: 1, unit: mmol/L, basis: recalled, source: \"textbook value\"}\n", "p.yaml");
        var error = Assert.Throws<KeyNotFoundException>(() => partial.Group<LactateParameters>());
        Assert.Contains("lactate_exchange_rate", error.Message);
    }

    [GeneratedRegex(@"(\w+)\s*\[\s*""[a-z][a-z0-9_]*""\s*\]|\.TryGet\(\s*""")]
    private static partial Regex NamedLookup();

    [Fact]
    public void ModelCode_HasNoNamedParameterLookups()
    {
        var root = ParameterDocumentationTests.RepositoryRoot();
        var offenders = new List<string>();
        foreach (var folder in new[] { "Physiology", "Simulation", "Adaptation", "History", "Trials" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src", "Surge", folder), "*.cs"))
            {
                var lines = File.ReadAllLines(file);
                for (var i = 0; i < lines.Length; i++)
                {
                    foreach (Match m in NamedLookup().Matches(lines[i]))
                    {
                        // Reading a record's values (r[...]) and writing a variant set by name (values[...] =) are the
                        // two places names belong.
                        if (m.Groups[1].Value is "r" or "values")
                        {
                            continue;
                        }
                        offenders.Add($"{Path.GetRelativePath(root, file)}:{i + 1}: {lines[i].Trim()}");
                    }
                }
            }
        }
        Assert.True(offenders.Count == 0, "named parameter lookups in model code:\n" + string.Join("\n", offenders));
    }
}
