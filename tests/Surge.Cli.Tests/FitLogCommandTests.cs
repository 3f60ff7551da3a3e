using System.Text.Json;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary><c>surge fit --db CONN [--athlete NAME] [--json] [--store]</c>: the strength responsiveness from the imported log.</summary>
public sealed class FitLogCommandTests
{
    /// <summary>A SQLite store holding the log of a lifter with <paramref name="factor"/> (imported from a Strong export).</summary>
    private static string Store(TemporaryFolder folder, double factor, int weeks = 10, int? workouts = null, string athlete = "default")
    {
        var csv = folder.File($"strong-{athlete}.csv");
        File.WriteAllText(csv, ResponderLogs.StrongCsv(ResponderLogs.Build(factor, weeks, seed: 31, workouts: workouts)));
        var db = folder.File("surge.db");
        var import = CliRunner.Run("import", csv, "--format", "strong", "--unit", "kg", "--db", db, "--athlete", athlete);
        Assert.True(import.ExitCode == 0, import.Error);
        return db;
    }

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    private static JsonElement Strength(JsonElement fit) =>
        fit.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "strength_responsiveness");

    [Fact]
    public void Json_ImportedLogOfAStrongResponder_FitsTheFactorWithinTwoStandardErrors()
    {
        using var folder = new TemporaryFolder();
        var db = Store(folder, 1.6);

        var root = Json(CliRunner.Run("fit", "--db", db, "--json"));

        var strength = Strength(root);
        Assert.True(strength.GetProperty("identifiable").GetBoolean());
        Assert.Equal("1", strength.GetProperty("unit").GetString());
        var value = strength.GetProperty("value").GetDouble();
        var se = strength.GetProperty("se").GetDouble();
        Assert.InRange(1.6, value - 2 * se, value + 2 * se);
        Assert.Equal(JsonValueKind.Null, strength.GetProperty("note").ValueKind);
        Assert.Equal(90, root.GetProperty("observations").GetInt32());
        Assert.Equal("kg", root.GetProperty("residual_sd_unit").GetString());
        Assert.Equal(["back squat", "bench press", "deadlift"], root.GetProperty("residual_sd").EnumerateObject().Select(p => p.Name));

        var text = CliRunner.Run("fit", "--db", db);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("strength_responsiveness", text.Out);
        Assert.Contains("residual SD of the back squat e1RM", text.Out);
        Assert.Contains(" kg", text.Out);
    }

    [Fact]
    public void Store_ThenHistoryUsesIt_AndResetFitClearsIt()
    {
        using var folder = new TemporaryFolder();
        var db = Store(folder, 1.6);
        var before = Json(CliRunner.Run("history", "--db", db, "--json"));
        Assert.Equal(JsonValueKind.Null, before.GetProperty("athlete").GetProperty("strength_responsiveness").ValueKind);

        var fit = CliRunner.Run("fit", "--db", db, "--store", "--json");
        var fitted = Strength(Json(fit)).GetProperty("value").GetDouble();
        Assert.Contains("stored strength responsiveness", fit.Error);

        var after = Json(CliRunner.Run("history", "--db", db, "--json"));
        Assert.Equal(fitted, after.GetProperty("athlete").GetProperty("strength_responsiveness").GetDouble(), 9);
        double Squat(JsonElement history) => history.GetProperty("projection").GetProperty("strength").GetProperty("back squat").GetProperty("one_rm_change_pct").GetDouble();
        Assert.True(Squat(after) > Squat(before), $"projected squat 1RM change {Squat(after)} % with the fitted factor vs {Squat(before)} % without");
        var text = CliRunner.Run("history", "--db", db);
        Assert.Contains("strength responsiveness", text.Out);
        Assert.Contains("fitted", text.Out);
        Assert.Equal(fitted, Json(CliRunner.Run("athlete", "--db", db, "--json")).GetProperty("strength_responsiveness").GetDouble(), 9);

        var reset = Json(CliRunner.Run("athlete", "--db", db, "--reset-fit", "--json"));
        Assert.Equal(JsonValueKind.Null, reset.GetProperty("strength_responsiveness").ValueKind);
        Assert.Equal(Squat(before), Squat(Json(CliRunner.Run("history", "--db", db, "--json"))), 9);
    }

    [Fact]
    public void TwoWorkouts_NotIdentifiable_AndStoreExits2StoringNothing()
    {
        using var folder = new TemporaryFolder();
        var db = Store(folder, 1.0, weeks: 1, workouts: 2);

        var strength = Strength(Json(CliRunner.Run("fit", "--db", db, "--json")));
        Assert.False(strength.GetProperty("identifiable").GetBoolean());
        Assert.Equal(JsonValueKind.Null, strength.GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, strength.GetProperty("se").ValueKind);
        Assert.Contains("not identifiable", strength.GetProperty("note").GetString());

        var store = CliRunner.Run("fit", "--db", db, "--store");
        Assert.Equal(2, store.ExitCode);
        Assert.StartsWith("--store: the log does not determine strength_responsiveness", store.Error);
        Assert.Equal(JsonValueKind.Null, Json(CliRunner.Run("athlete", "--db", db, "--json")).GetProperty("strength_responsiveness").ValueKind);
    }

    [Fact]
    public void DatabaseDoesNotExist_Exits2_AndCreatesNothing()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("typo.db");

        var run = CliRunner.Run("fit", "--db", db, "--store");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"--db: no database at '{db}'", run.Error);
        Assert.DoesNotContain('\n', run.Error.TrimEnd());
        Assert.Equal("", run.Out);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void NotASurgeDatabase_Exits2_AndLeavesTheFileAsItWas()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("notes.db");
        File.WriteAllText(db, "shopping list: eggs, oats\n");

        var run = CliRunner.Run("fit", "--db", db, "--store");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--db: ", run.Error);
        Assert.DoesNotContain('\n', run.Error.TrimEnd());
        Assert.Equal("shopping list: eggs, oats\n", File.ReadAllText(db));
    }

    [Fact]
    public void NoSuchAthlete_Exits2_NamingTheAthletesStored()
    {
        using var folder = new TemporaryFolder();
        var db = Store(folder, 1.0, athlete: "ann");

        var run = CliRunner.Run("fit", "--db", db, "--athlete", "bob", "--store");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--athlete: no athlete 'bob'", run.Error);
        Assert.Contains("it holds ann (number 1)", run.Error);
        Assert.Equal(JsonValueKind.Null, Json(CliRunner.Run("athlete", "--db", db, "--athlete", "ann", "--json")).GetProperty("strength_responsiveness").ValueKind);
    }

    [Fact]
    public void EmptyLog_Exits2_StoringNothing()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        Assert.Equal(0, CliRunner.Run("athlete", "--db", db, "--age", "30").ExitCode);

        var run = CliRunner.Run("fit", "--db", db, "--store");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--db: the log of default holds no workouts", run.Error);
        Assert.Equal(JsonValueKind.Null, Json(CliRunner.Run("athlete", "--db", db, "--json")).GetProperty("strength_responsiveness").ValueKind);
    }

    [Fact]
    public void SessionWithoutSamples_Exits2_SayingBothOrNeither()
    {
        using var folder = new TemporaryFolder();

        var run = CliRunner.Run("fit", "--session", CliRunner.Example("leg-day.yaml"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("or neither", run.Error);
    }

    [Fact]
    public void ShippedEightWeekLog_Fits()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        Assert.Equal(0, CliRunner.Run("import", CliRunner.Example("strong-8-weeks.csv"), "--format", "strong", "--unit", "kg", "--db", db).ExitCode);

        var root = Json(CliRunner.Run("fit", "--db", db, "--json"));

        var strength = Strength(root);
        Assert.True(strength.GetProperty("identifiable").GetBoolean(), strength.GetProperty("note").GetString());
        Assert.True(strength.GetProperty("se").GetDouble() > 0);
        Assert.True(root.GetProperty("observations").GetInt32() > 100);
    }
}
