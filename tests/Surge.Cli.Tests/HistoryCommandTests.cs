using System.Text.Json;
using Surge.Catalogue;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

public sealed class HistoryCommandTests
{
    private static readonly string[] _keys = ["workouts", "sets", "first", "last", "unmatched", "weeks", "sessions", "projection", "athlete", "readiness"];
    private static readonly string[] _extraKeys = ["warm_ups", "fitness_fatigue"];
    private static readonly string[] _sessionKeys = ["start", "title", "sets", "total_testosterone_peak_change_pct", "growth_hormone_peak", "lactate_peak"];

    private static string Imported(TemporaryFolder folder)
    {
        var db = folder.File("surge.db");
        Assert.Equal(0, CliRunner.Run("import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--db", db).ExitCode);
        return db;
    }

    [Fact]
    public void Json_HasTheFormatsMdObject()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("history", "--db", Imported(folder), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var keys = root.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.All(_keys, k => Assert.Contains(k, keys));
        Assert.Empty(keys.Except(_keys).Except(_extraKeys));
        Assert.Equal(12, root.GetProperty("workouts").GetInt32());
        Assert.Equal(78, root.GetProperty("sets").GetInt32());
        Assert.Equal("2026-01-05", root.GetProperty("first").GetString());
        Assert.Equal("2026-02-11", root.GetProperty("last").GetString());

        var weeks = root.GetProperty("weeks").EnumerateArray().ToArray();
        Assert.Equal(6, weeks.Length);
        Assert.Equal("2026-01-05", weeks[0].GetProperty("week_start").GetString());
        var hardSets = weeks[0].GetProperty("hard_sets");
        Assert.Equal(MuscleGroups.AllIds.Order(), hardSets.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(5.0, hardSets.GetProperty("quadriceps").GetDouble());
        Assert.Equal(4.0, hardSets.GetProperty("elbow_flexors").GetDouble());

        var sessions = root.GetProperty("sessions").EnumerateArray().ToArray();
        Assert.Equal(12, sessions.Length);
        Assert.All(_sessionKeys, k => Assert.True(sessions[0].TryGetProperty(k, out _), k));
        Assert.Equal("2026-01-05T17:00:00", sessions[0].GetProperty("start").GetString());
        Assert.Equal("Legs", sessions[0].GetProperty("title").GetString());
        Assert.Equal(9, sessions[0].GetProperty("sets").GetInt32());
        Assert.True(sessions[0].GetProperty("total_testosterone_peak_change_pct").GetDouble() > 0);

        var projection = root.GetProperty("projection");
        Assert.Equal(12, projection.GetProperty("weeks").GetInt32());
        var muscles = projection.GetProperty("muscles");
        Assert.Equal(MuscleGroups.AllIds.Order(), muscles.EnumerateObject().Select(p => p.Name).Order());
        Assert.True(muscles.GetProperty("quadriceps").GetProperty("size_change_pct").GetDouble() > 0);
        Assert.Equal(0.0, muscles.GetProperty("chest").GetProperty("size_change_pct").GetDouble(), 6);
    }

    [Fact]
    public void Tables_ShowSessionsHardSetsWithBandsAndTheProjection()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("history", "--db", Imported(folder));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2026-02-11 17:00", run.Out);
        Assert.Contains("µg/L", run.Out);
        Assert.Contains("mmol/L", run.Out);
        Assert.Contains("hard sets per week", run.Out);
        Assert.Contains("under 10", run.Out);
        Assert.Contains("projection: the next 12 weeks", run.Out);
        Assert.Contains("quadriceps", run.Out);
        Assert.Contains("Zercher Walk", run.Out);
    }

    [Fact]
    public void FromTo_FilterByDate()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("history", "--db", Imported(folder), "--from", "2026-01-12", "--to", "2026-01-18", "--json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonDocument.Parse(run.Out).RootElement;
        Assert.Equal(2, root.GetProperty("workouts").GetInt32());
        Assert.Equal("2026-01-12", root.GetProperty("first").GetString());
        Assert.Equal("2026-01-14", root.GetProperty("last").GetString());

        Assert.Equal(2, CliRunner.Run("history", "--db", folder.File("surge.db"), "--from", "12/01/2026").ExitCode);
    }

    [Fact]
    public void FitnessFatigue_ShippedLog_OneEntryPerDayWithUnits_AndTheTextSaysToday()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        Assert.Equal(0, CliRunner.Run("import", CliRunner.Example("strong-8-weeks.csv"), "--format", "strong", "--unit", "kg", "--db", db).ExitCode);

        var root = JsonDocument.Parse(CliRunner.Run("history", "--db", db, "--json").Out).RootElement;

        var series = root.GetProperty("fitness_fatigue");
        Assert.Equal("hard sets/day", series.GetProperty("unit").GetString());
        var days = series.GetProperty("days").EnumerateArray().ToArray();
        var first = DateOnly.Parse(root.GetProperty("first").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(root.GetProperty("last").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(last.DayNumber - first.DayNumber + 2, days.Length);
        for (var i = 0; i < days.Length; i++)
        {
            Assert.Equal(first.AddDays(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), days[i].GetProperty("date").GetString());
            Assert.Equal(days[i].GetProperty("fitness").GetDouble() - days[i].GetProperty("fatigue").GetDouble(), days[i].GetProperty("form").GetDouble(), 9);
        }
        Assert.True(days[^1].GetProperty("fitness").GetDouble() > days[0].GetProperty("fitness").GetDouble());

        var text = CliRunner.Run("history", "--db", db).Out;
        Assert.Contains($"Fitness–fatigue on {days[^1].GetProperty("date").GetString()}", text);
        Assert.Contains("hard sets/day", text);
    }

    [Fact]
    public void EmptyDatabase_ClearMessage_Exit0_AndJsonWithZeros()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("empty.db");
        // A database with no workouts: a profile of another athlete is stored in it.
        Assert.Equal(0, CliRunner.Run("athlete", "--db", db, "--athlete", "someone", "--age", "30").ExitCode);

        var text = CliRunner.Run("history", "--db", db);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("No workouts", text.Out);

        var json = CliRunner.Run("history", "--db", db, "--json");
        Assert.Equal(0, json.ExitCode);
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(0, root.GetProperty("workouts").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("first").ValueKind);
        Assert.Empty(root.GetProperty("sessions").EnumerateArray());
        Assert.Empty(root.GetProperty("weeks").EnumerateArray());
        Assert.Equal(12, root.GetProperty("projection").GetProperty("weeks").GetInt32());
        Assert.Empty(root.GetProperty("fitness_fatigue").GetProperty("days").EnumerateArray());
    }

    [Theory]
    [InlineData("history.png")]
    [InlineData("history.svg")]
    public void Plot_WritesTheFigure(string name)
    {
        using var folder = new TemporaryFolder();
        var plot = folder.File(name);

        var run = CliRunner.Run("history", "--db", Imported(folder), "--plot", plot);

        Assert.Equal(0, run.ExitCode);
        Assert.True(new FileInfo(plot).Length > 1000);
    }

    [Fact]
    public void MistypedDbPath_Exits2NamingIt_CreatesNoFolderAndNoDatabase()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File(Path.Combine("no-such-folder", "surge.db"));
        var sibling = folder.File("typo.db");

        var inFolder = CliRunner.Run("history", "--db", db, "--json");
        var plain = CliRunner.Run("history", "--db", sibling, "--plot", folder.File("h.png"));

        Assert.Equal(2, inFolder.ExitCode);
        Assert.StartsWith($"--db: no database at '{db}'", inFolder.Error);
        Assert.Contains("nothing was created", inFolder.Error);
        Assert.Equal("", inFolder.Out);
        Assert.Equal(2, plain.ExitCode);
        Assert.Contains(sibling, plain.Error);
        Assert.False(Directory.Exists(folder.File("no-such-folder")));
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void BadDb_Exits2()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("history", "--db", "Host=localhost;Database=surge");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--db:", run.Error);
    }
}
