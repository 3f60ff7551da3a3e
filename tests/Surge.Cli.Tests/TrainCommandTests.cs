using System.Text.Json;
using Surge.Catalogue;
using Surge.Cli.Commands;
using Surge.Reports;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

public sealed class TrainCommandTests
{
    private static readonly string[] _fixedKeys =
        ["weeks", "muscles", "strength", "resting_testosterone_change_pct", "acute_surge_share_pct", "weekly"];

    private static readonly string[] _extraKeys =
        ["fat_free_mass_change_kg", "resting_testosterone_start", "resting_testosterone_end", "hard_sets_per_week", "warnings", "session_surge"];

    [Fact]
    public void Train_Json_HasTheFixedKeysEveryMuscleAndOneWeeklyEntryPerWeek()
    {
        using var folder = new TemporaryFolder();
        var file = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);

        var run = CliRunner.Run("train", file, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var keys = root.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.All(_fixedKeys, k => Assert.Contains(k, keys));
        Assert.Empty(keys.Except(_fixedKeys).Except(_extraKeys));
        Assert.Equal(4, root.GetProperty("weeks").GetInt32());
        AssertMuscles(root.GetProperty("muscles"));
        AssertStrength(root.GetProperty("strength"), "back squat", "dumbbell curl", "bench press");
        Assert.Equal(JsonValueKind.Number, root.GetProperty("resting_testosterone_change_pct").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("acute_surge_share_pct").ValueKind);
        Assert.Equal(JsonValueKind.Number, root.GetProperty("fat_free_mass_change_kg").ValueKind);

        var weekly = root.GetProperty("weekly").EnumerateArray().ToArray();
        Assert.Equal(4, weekly.Length);
        for (var i = 0; i < weekly.Length; i++)
        {
            Assert.Equal(i + 1, weekly[i].GetProperty("week").GetInt32());
            AssertMuscles(weekly[i].GetProperty("muscles"));
            AssertStrength(weekly[i].GetProperty("strength"), "back squat", "dumbbell curl", "bench press");
            Assert.True(weekly[i].GetProperty("resting_testosterone").GetDouble() > 0);
        }
    }

    [Fact]
    public void Train_JsonOfBlocks_CountsEveryWeekIncludingTheBreak()
    {
        using var folder = new TemporaryFolder();
        var file = ProgramFiles.Write(folder, "blocks.yaml", ProgramFiles.Blocks);

        var run = CliRunner.Run("train", file, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(5, json.RootElement.GetProperty("weeks").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("weekly").GetArrayLength());
    }

    [Fact]
    public void Train_Default_PrintsMuscleAndStrengthTablesAndSummaryLinesWithUnits()
    {
        using var folder = new TemporaryFolder();
        var file = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);

        var run = CliRunner.Run("train", file);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n');
        Assert.Contains(lines, l => l.Contains("muscle group") && l.Contains("size change") && l.Contains("hard sets per week"));
        Assert.Contains(lines, l => l.Contains("quadriceps") && l.Contains(" %") && l.Contains(" sets"));
        Assert.Contains(lines, l => l.StartsWith("other groups", StringComparison.Ordinal) && l.Contains("no change"));
        Assert.Contains(lines, l => l.Contains("exercise") && l.Contains("1RM start") && l.Contains("1RM end"));
        Assert.Contains(lines, l => l.Contains("back squat") && l.Contains(" kg") && l.Contains(" %"));
        Assert.Contains(lines, l => l.StartsWith("resting testosterone", StringComparison.Ordinal) && l.Contains("nmol/L") && l.Contains('→'));
        Assert.Contains(lines, l => l.StartsWith("share of growth attributed to acute hormone surges: ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" %", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("fat-free mass change: ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" kg", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("weeks: 4", StringComparison.Ordinal));
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Train_Csv_WritesHeaderAndRowsOfEveryKindForEveryWeek()
    {
        using var folder = new TemporaryFolder();
        var file = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);
        var csv = folder.File("weekly.csv");

        var run = CliRunner.Run("train", file, "--csv", csv);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("week,kind,name,value,unit", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.All(rows, r => Assert.Equal(5, r.Length));
        Assert.Equal(["1", "2", "3", "4"], rows.Select(r => r[0]).Distinct().ToArray());
        Assert.Equal(
            new[] { "muscle", "side_left", "side_right", "strength", "resting_testosterone", "hard_sets" }.Order(),
            rows.Select(r => r[1]).Distinct().Order());
        Assert.Equal(4 * MuscleGroups.Count, rows.Count(r => r[1] == "muscle"));
        Assert.Equal(4, rows.Count(r => r[1] == "strength" && r[2] == "dumbbell curl"));
        Assert.All(rows.Where(r => r[1] == "resting_testosterone"), r => Assert.Equal("nmol/L", r[4]));
        Assert.All(rows, r => Assert.True(double.TryParse(r[3], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)));
        Assert.Single(Directory.GetFiles(folder.Path, "*.csv"));
    }

    [Theory]
    [InlineData("train.png")]
    [InlineData("train.svg")]
    public void Train_Plot_WritesImage(string name)
    {
        using var folder = new TemporaryFolder();
        var file = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);
        var image = folder.File(name);

        var run = CliRunner.Run("train", file, "--plot", image);

        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(image).Length > 1000);
        if (name.EndsWith(".svg", StringComparison.Ordinal))
        {
            Assert.Contains("<svg", File.ReadAllText(image));
        }
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length);
    }

    [Fact]
    public void Train_MissingFile_Exit2NamingTheFile()
    {
        var run = CliRunner.Run("train", "/no/such/program.yaml");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/program.yaml", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Train_BadProgram_Exit2WithTheInputErrorAndNoOutputFiles()
    {
        using var folder = new TemporaryFolder();
        var file = ProgramFiles.Write(folder, "bad.yaml", ProgramFiles.UnknownExercise);
        var csv = folder.File("out.csv");

        var run = CliRunner.Run("train", file, "--csv", csv);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.yaml", run.Error);
        Assert.Contains("zercher walk of doom", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.False(File.Exists(csv));
    }

    [Fact]
    public void Train_BadPlotExtension_Exit2BeforeSimulating()
    {
        using var folder = new TemporaryFolder();
        var file = ProgramFiles.Write(folder, "four.yaml", ProgramFiles.FourWeeks);

        var run = CliRunner.Run("train", file, "--plot", folder.File("out.gif"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--plot", run.Error);
    }

    [Fact]
    public void Quote_FieldWithComma_IsQuoted()
    {
        Assert.Equal("back squat", ProgramCsv.Quote("back squat"));
        Assert.Equal("\"curl, \"\"cable\"\"\"", ProgramCsv.Quote("curl, \"cable\""));
    }

    private static void AssertMuscles(JsonElement muscles)
    {
        Assert.Equal(MuscleGroups.AllIds.Order(), muscles.EnumerateObject().Select(p => p.Name).Order());
        foreach (var muscle in muscles.EnumerateObject())
        {
            foreach (var field in new[] { "size_change_pct", "left_pct", "right_pct" })
            {
                Assert.Equal(JsonValueKind.Number, muscle.Value.GetProperty(field).ValueKind);
            }
        }
    }

    private static void AssertStrength(JsonElement strength, params string[] names)
    {
        Assert.Equal(names.Order(), strength.EnumerateObject().Select(p => p.Name).Order());
        foreach (var exercise in strength.EnumerateObject())
        {
            Assert.Equal(JsonValueKind.Number, exercise.Value.GetProperty("one_rm_change_pct").ValueKind);
        }
    }
}
