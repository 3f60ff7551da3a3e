using Surge.Physiology;

namespace Surge.Tests.Physiology;

/// <summary>Every parameter has a unit, a basis and a source, and is written up in docs/model.md.</summary>
public sealed class ParameterDocumentationTests
{
    private static readonly string[] _bases = ["sourced", "derived", "recalled", "calibrated"];

    [Fact]
    public void Default_EveryParameter_HasUnitKnownBasisAndSource()
    {
        Assert.NotEmpty(ModelParameters.Default.All);
        Assert.All(ModelParameters.Default.All, p =>
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Unit), $"{p.Name} has no unit");
            Assert.Contains(p.Basis, _bases);
            Assert.True(p.Source.Length >= 10, $"{p.Name} has no real source: '{p.Source}'");
        });
    }

    [Fact]
    public void ModelDocument_ListsEveryParameterWithItsValue()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "model.md"));
        Assert.All(ModelParameters.Default.All, p => Assert.Contains($"| `{p.Name}` |", doc));
    }

    [Fact]
    public void With_UnknownName_Throws() =>
        Assert.Throws<KeyNotFoundException>(() => ModelParameters.Default.With(new Dictionary<string, double> { ["no_such_parameter"] = 1.0 }));

    [Fact]
    public void Parse_MissingSource_ThrowsNamingParameter()
    {
        var error = Assert.Throws<FormatException>(() => ModelParameters.Parse("parameters:\n  x: {value: 1, unit: s, basis: sourced}\n", "p.yaml"));
        Assert.Contains("'x'", error.Message);
        Assert.Contains("source", error.Message);
    }

    /// <summary>The folder holding Surge.slnx above the test output.</summary>
    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Surge.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (Surge.slnx) was not found above the test output.");
    }
}
