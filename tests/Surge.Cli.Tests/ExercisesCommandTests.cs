using System.Text.Json;
using Surge.Catalogue;

namespace Surge.Cli.Tests;

public sealed class ExercisesCommandTests
{
    [Fact]
    public void Exercises_Default_ListsWholeCatalogueWithColumns()
    {
        var run = CliRunner.Run("exercises");

        Assert.Equal(0, run.ExitCode);
        foreach (var header in new[] { "name", "equipment", "primary muscles (activation)", "secondary muscles (activation)", "unilateral", "aliases" })
        {
            Assert.Contains(header, run.Out);
        }
        Assert.All(ExerciseCatalogue.Default.All, e => Assert.Contains(e.Name, run.Out));
        Assert.Contains("back squat", run.Out);
        Assert.Matches(@"quadriceps \d+ %", run.Out);
    }

    [Fact]
    public void Exercises_Search_FiltersRows()
    {
        var run = CliRunner.Run("exercises", "--search", "curl");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("barbell curl", run.Out);
        Assert.DoesNotContain("back squat", run.Out);
        Assert.DoesNotContain("bench press", run.Out);
    }

    [Fact]
    public void Exercises_SearchJson_ReturnsOnlyMatches()
    {
        var run = CliRunner.Run("exercises", "--search", "curl", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var exercises = json.RootElement.GetProperty("exercises").EnumerateArray().ToArray();
        Assert.NotEmpty(exercises);
        Assert.Contains(exercises, e => e.GetProperty("name").GetString() == "barbell curl");
        Assert.DoesNotContain(exercises, e => e.GetProperty("name").GetString() == "back squat");
        var curl = exercises.First(e => e.GetProperty("name").GetString() == "barbell curl");
        Assert.True(curl.GetProperty("primary").GetProperty("elbow_flexors").GetDouble() > 0);
    }

    [Fact]
    public void Exercises_SearchWithoutMatch_ExitsZeroAndSaysSo()
    {
        var run = CliRunner.Run("exercises", "--search", "zzzz-nothing");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("no exercise matches", run.Error);
    }
}
