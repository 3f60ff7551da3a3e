using System.Text.Json;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary><c>surge athlete</c> (formats.md, "Athlete profiles") and its use by <c>surge history</c> and <c>surge import</c>.</summary>
public sealed class AthleteCommandTests
{
    private static readonly string[] _keys = ["name", "sex", "age", "body_mass_kg", "body_fat_pct", "training_status", "resting_testosterone_nmol_per_l", "strength_responsiveness", "number", "gh_response", "cortisol_response", "lactate_response", "lactate_clearance"];

    private static JsonElement Json(CliRun run)
    {
        Assert.True(run.ExitCode == 0, run.Error);
        return JsonDocument.Parse(run.Out).RootElement.Clone();
    }

    private static JsonElement Show(string db, params string[] more) => Json(CliRunner.Run(["athlete", "--db", db, "--json", .. more]));

    /// <summary>A database with no profile of the default athlete: another athlete's is stored in it.</summary>
    private static string EmptyDatabase(TemporaryFolder folder)
    {
        var db = folder.File("surge.db");
        Assert.Equal(0, CliRunner.Run("athlete", "--db", db, "--athlete", "someone else", "--age", "40").ExitCode);
        return db;
    }

    [Fact]
    public void Show_DatabaseDoesNotExist_Exits2NamingIt_AndCreatesNothing()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File(Path.Combine("typo", "surge.db"));

        var run = CliRunner.Run("athlete", "--db", db, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"--db: no database at '{db}'", run.Error);
        Assert.Equal("", run.Out);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Json_WithoutProfile_IsTheDefaultAthlete_WithNullTestosterone()
    {
        using var folder = new TemporaryFolder();
        var db = EmptyDatabase(folder);

        var root = Show(db);

        Assert.Equal(_keys, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("default", root.GetProperty("name").GetString());
        Assert.Equal("male", root.GetProperty("sex").GetString());
        Assert.Equal(25, root.GetProperty("age").GetDouble());
        Assert.Equal(80, root.GetProperty("body_mass_kg").GetDouble());
        Assert.Equal(15, root.GetProperty("body_fat_pct").GetDouble(), 9);
        Assert.Equal("trained", root.GetProperty("training_status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("resting_testosterone_nmol_per_l").ValueKind);
        // Not stored: no number (the athlete stored in that database, "someone else", is number 1).
        Assert.Equal(JsonValueKind.Null, root.GetProperty("number").ValueKind);
        Assert.Equal(1, Show(db, "--athlete", "someone else").GetProperty("number").GetInt64());
    }

    [Fact]
    public void Number_IsTheAthletesNumberInTheStore_InJsonTableAndHistory()
    {
        using var folder = new TemporaryFolder();
        var db = Imported(folder, "--athlete", "zoe");
        Show(db, "--athlete", "amy", "--age", "30");
        Imported(folder, "--athlete", "kim");

        // Numbered 1, 2, … in the order the athletes were stored, as the web API's ids.
        Assert.Equal(1, Show(db, "--athlete", "zoe").GetProperty("number").GetInt64());
        Assert.Equal(2, Show(db, "--athlete", "amy").GetProperty("number").GetInt64());
        Assert.Equal(3, Show(db, "--athlete", "kim", "--body-fat", "20 %").GetProperty("number").GetInt64());
        Assert.Equal(3, Json(CliRunner.Run("history", "--db", db, "--athlete", "kim", "--json")).GetProperty("athlete").GetProperty("number").GetInt64());

        var table = CliRunner.Run("athlete", "--db", db, "--athlete", "amy");
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("athlete amy (number 2)", table.Out);
        Assert.Contains("athlete zoe (number 1): male", CliRunner.Run("history", "--db", db, "--athlete", "zoe").Out);
        // An athlete not stored has no number, in the table too.
        var unknown = CliRunner.Run("athlete", "--db", db, "--athlete", "nobody");
        Assert.Equal(0, unknown.ExitCode);
        Assert.DoesNotContain("(number", unknown.Out);
    }

    [Fact]
    public void Table_WithoutStoredTestosterone_ShowsTheModelsDefaultForSexAndAge()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("athlete", "--db", EmptyDatabase(folder));

        Assert.Equal(0, run.ExitCode);
        var line = run.Out.Split('\n').Single(l => l.Contains("resting testosterone"));
        var expected = Surge.Physiology.AthleteProfile.DefaultMorningTestosterone(Surge.Training.Sex.Male, 25, Surge.Physiology.ModelParameters.Default);
        Assert.Contains(expected.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) + " (", line);
        Assert.Contains("model default for sex and age", line);
    }

    [Fact]
    public void Set_ThenShow_RoundTripsWithUnitsConverted()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");

        var set = Show(db, "--sex", "female", "--age", "60", "--body-mass", "150 lb", "--body-fat", "30 %",
            "--training-status", "untrained", "--resting-testosterone", "40 ng/dL");
        var shown = Show(db);

        Assert.Equal(set.GetRawText(), shown.GetRawText());
        Assert.Equal("female", shown.GetProperty("sex").GetString());
        Assert.Equal(60, shown.GetProperty("age").GetDouble());
        Assert.Equal(150 * 0.45359237, shown.GetProperty("body_mass_kg").GetDouble(), 6);
        Assert.Equal(30, shown.GetProperty("body_fat_pct").GetDouble(), 9);
        Assert.Equal("untrained", shown.GetProperty("training_status").GetString());
        Assert.Equal(40 / 28.84, shown.GetProperty("resting_testosterone_nmol_per_l").GetDouble(), 9);
    }

    [Fact]
    public void Set_SomeFields_KeepsTheOthers_AndUnsetOnesFollowTheSex()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        Show(db, "--sex", "female", "--resting-testosterone", "1.5");

        var root = Show(db, "--age", "31", "--body-mass", "61kg");

        Assert.Equal("female", root.GetProperty("sex").GetString());
        Assert.Equal(31, root.GetProperty("age").GetDouble());
        Assert.Equal(61, root.GetProperty("body_mass_kg").GetDouble());
        Assert.Equal(25, root.GetProperty("body_fat_pct").GetDouble(), 9);
        Assert.Equal(1.5, root.GetProperty("resting_testosterone_nmol_per_l").GetDouble());
    }

    [Fact]
    public void Athletes_HaveTheirOwnProfiles()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        Show(db, "--athlete", "ann", "--sex", "female");

        Assert.Equal("female", Show(db, "--athlete", "ann").GetProperty("sex").GetString());
        Assert.Equal("ann", Show(db, "--athlete", "ann").GetProperty("name").GetString());
        Assert.Equal("male", Show(db).GetProperty("sex").GetString());
    }

    [Theory]
    [InlineData("--age", "12", "between 15 and 100 years")]
    [InlineData("--age", "old", "age in years")]
    [InlineData("--body-mass", "20kg", "between 30 and 250 kg")]
    [InlineData("--body-mass", "600 lb", "between 30 and 250 kg")]
    [InlineData("--body-mass", "80 st", "unknown unit 'st'")]
    [InlineData("--body-fat", "70 %", "between 3 and 60 %")]
    [InlineData("--body-fat", "18 kg", "unknown unit 'kg'")]
    [InlineData("--sex", "x", "male, female")]
    [InlineData("--training-status", "pro", "untrained, trained, elite")]
    [InlineData("--resting-testosterone", "900 nmol/L", "between 0.1 and 150 nmol/L")]
    [InlineData("--resting-testosterone", "20 pg/mL", "nmol/L or ng/dL")]
    [InlineData("--athlete", " ", "--athlete")]
    public void BadValue_Exit2_NamesTheOptionAndRange_StoresNothing(string option, string value, string expected)
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        Show(db, "--age", "40");

        // A good value beside the bad one is not stored either.
        string[] good = option == "--body-fat" ? ["--age", "50"] : ["--body-fat", "20"];
        var run = CliRunner.Run(["athlete", "--db", db, .. good, option, value]);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(option, run.Error);
        Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Out);
        var root = Show(db);
        Assert.Equal("male", root.GetProperty("sex").GetString());
        Assert.Equal(40, root.GetProperty("age").GetDouble());
        Assert.Equal(15, root.GetProperty("body_fat_pct").GetDouble(), 9);
    }

    [Fact]
    public void Table_ShowsTheFieldsWithUnitsAndWhetherSet()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("athlete", "--db", folder.File("surge.db"), "--body-mass", "82kg");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("athlete default", run.Out);
        Assert.Contains("body mass", run.Out);
        Assert.Contains("82", run.Out);
        Assert.Contains("kg", run.Out);
        Assert.Contains("nmol/L", run.Out);
        Assert.Contains("set", run.Out);
        Assert.Contains("default for male", run.Out);
    }

    private static string Imported(TemporaryFolder folder, params string[] more)
    {
        var db = folder.File("surge.db");
        var run = CliRunner.Run(["import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--db", db, .. more]);
        Assert.True(run.ExitCode == 0, run.Error);
        return db;
    }

    [Fact]
    public void History_UsesTheStoredProfile_FemaleSixtyPredictsDifferently_AndSaysWhose()
    {
        using var folder = new TemporaryFolder();
        var db = Imported(folder);
        var before = Json(CliRunner.Run("history", "--db", db, "--json"));
        Show(db, "--sex", "female", "--age", "60");

        var after = Json(CliRunner.Run("history", "--db", db, "--json"));

        Assert.Equal("male", before.GetProperty("athlete").GetProperty("sex").GetString());
        Assert.Equal(JsonSerializer.Serialize(Show(db)), JsonSerializer.Serialize(after.GetProperty("athlete")));
        var man = before.GetProperty("sessions")[0];
        var woman = after.GetProperty("sessions")[0];
        Assert.NotEqual(man.GetProperty("total_testosterone_peak_change_pct").GetDouble(), woman.GetProperty("total_testosterone_peak_change_pct").GetDouble());
        Assert.NotEqual(man.GetProperty("growth_hormone_peak").GetDouble(), woman.GetProperty("growth_hormone_peak").GetDouble());
        Assert.NotEqual(
            before.GetProperty("projection").GetProperty("muscles").GetProperty("quadriceps").GetProperty("size_change_pct").GetDouble(),
            after.GetProperty("projection").GetProperty("muscles").GetProperty("quadriceps").GetProperty("size_change_pct").GetDouble());

        var text = CliRunner.Run("history", "--db", db);
        Assert.Contains("athlete default (number 1): female, 60 years", text.Out);
        Assert.Contains("readiness at", text.Out);
    }

    [Fact]
    public void HistoryJson_Readiness_IsTheDayAfterTheLastWorkout_ForTrainedMuscles()
    {
        using var folder = new TemporaryFolder();
        var root = Json(CliRunner.Run("history", "--db", Imported(folder), "--json"));

        var readiness = root.GetProperty("readiness");
        Assert.Equal("2026-02-12", readiness.GetProperty("date").GetString());
        var muscles = readiness.GetProperty("muscles");
        Assert.True(muscles.TryGetProperty("elbow_flexors", out var arms));
        Assert.True(muscles.TryGetProperty("quadriceps", out var legs));
        Assert.False(muscles.TryGetProperty("chest", out _));
        // The arms were trained the day before; the legs two days before that.
        Assert.InRange(arms.GetProperty("recovered_pct").GetDouble(), 0.0, 99.9);
        Assert.True(legs.GetProperty("recovered_pct").GetDouble() > arms.GetProperty("recovered_pct").GetDouble());
    }

    [Fact]
    public void Import_WithAthlete_BelongsToThatAthlete_AndHistoryUsesTheirProfile()
    {
        using var folder = new TemporaryFolder();
        var db = Imported(folder, "--athlete", "ann");
        Show(db, "--athlete", "ann", "--sex", "female");

        Assert.Equal(0, Json(CliRunner.Run("history", "--db", db, "--json")).GetProperty("workouts").GetInt32());
        var ann = Json(CliRunner.Run("history", "--db", db, "--json", "--athlete", "ann"));
        Assert.Equal(12, ann.GetProperty("workouts").GetInt32());
        Assert.Equal("ann", ann.GetProperty("athlete").GetProperty("name").GetString());
        Assert.Equal("female", ann.GetProperty("athlete").GetProperty("sex").GetString());

        var again = CliRunner.Run("import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--db", db, "--athlete", "ann", "--json");
        Assert.Equal(0, JsonDocument.Parse(again.Out).RootElement.GetProperty("added").GetInt32());
    }
}
