using Surge.App;
using Surge.Catalogue;
using Surge.Files;

namespace Surge.Tests.Files;

/// <summary>Every shipped session example reads without error against the shipped catalogue (programs: <see cref="ProgramFileTests"/>, trials: Trials/TrialFileTests; the app export: Surge.Import.Tests' ExampleExportTests).</summary>
public sealed class ExampleFilesTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples")).Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path).StartsWith("program-", StringComparison.Ordinal)
                || Path.GetFileName(path).StartsWith("trial-", StringComparison.Ordinal)
                || Path.GetExtension(path) == ".csv")
            {
                continue; // program files: ProgramFileTests; trial files: Trials/TrialFileTests; app exports: Surge.Import.Tests
            }
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
        var result = InputFiles.LoadSession(Path.Combine(AppContext.BaseDirectory, "examples", name), ExerciseCatalogue.Default);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Empty(result.Warnings);
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name));
        // Bouts as written: YAML `exercise:` keys or JSON `"exercise":` keys.
        var written = System.Text.RegularExpressions.Regex.Count(text, "(?m)(^|[\\s{,-])\"?exercise\"?\\s*:");
        Assert.Equal(written, result.Session!.Bouts.Count);
        Assert.All(result.Session.Bouts, b => Assert.NotEmpty(b.Sets));
    }
}
