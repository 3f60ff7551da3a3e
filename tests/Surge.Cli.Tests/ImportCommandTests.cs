using System.Text.Json;
using Surge.Storage;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

public sealed class ImportCommandTests
{
    private static readonly string[] _jsonKeys =
        ["workouts", "sets", "warm_ups", "first", "last", "added", "already_present", "skipped", "unmatched"];

    private static readonly string[] _jsonExtras = ["sets_added", "layout", "dry_run"];

    [Fact]
    public void Import_PrintsTheSummary_AndAddsNothingTheSecondTime()
    {
        using var folder = new TemporaryFolder();
        var file = HistoryCliFiles.Hevy(folder);
        var db = folder.File("surge.db");

        var first = CliRunner.Run("import", file, "--format", "hevy", "--db", db);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("workouts", first.Out);
        Assert.Matches(@"workouts added\s*│\s*12 ", first.Out);
        Assert.Matches(@"warm-up sets\s*│\s*6 ", first.Out);
        Assert.Matches(@"sets \(warm-ups included\)\s*│\s*78 ", first.Out);
        Assert.Contains(Path.GetFullPath(db), first.Out.Replace("\n", "", StringComparison.Ordinal).Replace("│", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal));
        Assert.Contains("2026-01-05 – 2026-02-11", first.Out);
        Assert.Contains("Zercher Walk", first.Out);
        Assert.Contains("zercher squat", first.Out);
        Assert.Contains("timed", first.Out);

        var second = CliRunner.Run("import", file, "--format", "hevy", "--db", db, "--json");
        Assert.Equal(0, second.ExitCode);
        using var json = JsonDocument.Parse(second.Out);
        Assert.Equal(0, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(12, json.RootElement.GetProperty("already_present").GetInt32());
    }

    [Fact]
    public void Import_Json_HasExactlyTheDocumentedKeys()
    {
        using var folder = new TemporaryFolder();
        var run = CliRunner.Run("import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--db", folder.File("s.db"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var keys = root.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.All(_jsonKeys, k => Assert.Contains(k, keys));
        Assert.Empty(keys.Except(_jsonKeys).Except(_jsonExtras));
        Assert.Equal(12, root.GetProperty("workouts").GetInt32());
        Assert.Equal(6 * (1 + 5 + 3 + 4), root.GetProperty("sets").GetInt32());
        Assert.Equal(6, root.GetProperty("warm_ups").GetInt32());
        Assert.Equal("2026-01-05", root.GetProperty("first").GetString());
        Assert.Equal("2026-02-11", root.GetProperty("last").GetString());
        Assert.Equal(12, root.GetProperty("added").GetInt32());
        Assert.Equal(6, root.GetProperty("skipped").GetProperty("timed").GetInt32());
        var unmatched = Assert.Single(root.GetProperty("unmatched").EnumerateArray());
        Assert.Equal("Zercher Walk", unmatched.GetProperty("name").GetString());
        Assert.Equal(18, unmatched.GetProperty("sets").GetInt32());
        Assert.Contains("zercher squat", unmatched.GetProperty("suggestions").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void DryRun_WritesNothing()
    {
        using var folder = new TemporaryFolder();
        var file = HistoryCliFiles.Hevy(folder);
        var db = folder.File("surge.db");

        var run = CliRunner.Run("import", file, "--format", "hevy", "--db", db, "--dry-run", "--map", HistoryCliFiles.Mapping(folder));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dry run", run.Out);
        Assert.False(File.Exists(db));
        // Still nothing there: history refuses the database that does not exist (and creates none).
        Assert.Equal(2, CliRunner.Run("history", "--db", db, "--json").ExitCode);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Map_IsApplied_Saved_AndReusedByLaterImports()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");

        var mapped = CliRunner.Run("import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--db", db, "--map", HistoryCliFiles.Mapping(folder), "--json");
        Assert.Equal(0, mapped.ExitCode);
        Assert.Empty(JsonDocument.Parse(mapped.Out).RootElement.GetProperty("unmatched").EnumerateArray());

        // A later export, imported without --map: the stored mapping still applies.
        var later = CliRunner.Run("import", HistoryCliFiles.Hevy(folder, "later.csv", weeks: 8), "--format", "hevy", "--db", db, "--json");
        Assert.Equal(0, later.ExitCode);
        using var json = JsonDocument.Parse(later.Out);
        Assert.Empty(json.RootElement.GetProperty("unmatched").EnumerateArray());
        Assert.Equal(4, json.RootElement.GetProperty("added").GetInt32());
    }

    [Fact]
    public void Map_SavedAfterAnImport_AppliesToWorkoutsAlreadyStored()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        var file = HistoryCliFiles.Hevy(folder);
        Assert.Equal(0, CliRunner.Run("import", file, "--format", "hevy", "--db", db).ExitCode);
        var before = JsonDocument.Parse(CliRunner.Run("history", "--db", db, "--json").Out).RootElement;
        Assert.Single(before.GetProperty("unmatched").EnumerateArray());

        Assert.Equal(0, CliRunner.Run("import", file, "--format", "hevy", "--db", db, "--map", HistoryCliFiles.Mapping(folder)).ExitCode);

        var after = JsonDocument.Parse(CliRunner.Run("history", "--db", db, "--json").Out).RootElement;
        Assert.Empty(after.GetProperty("unmatched").EnumerateArray());
    }

    [Fact]
    public void Map_WithAnUnknownExercise_Exits2AtFileLineColumn_AndSavesNothing()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        var map = HistoryCliFiles.Mapping(folder, target: "zercher sqat");

        var run = CliRunner.Run("import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--db", db, "--map", map);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{map}:3:19:", run.Error);
        Assert.Contains("zercher sqat", run.Error);
        Assert.Contains("zercher squat", run.Error);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void WrongFormat_MissingFile_MissingUnit_AndBadDb_Exit2()
    {
        using var folder = new TemporaryFolder();
        var hevy = HistoryCliFiles.Hevy(folder);
        var db = folder.File("surge.db");

        var wrong = CliRunner.Run("import", hevy, "--format", "strong", "--unit", "kg", "--db", db);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains(hevy, wrong.Error);

        var missing = CliRunner.Run("import", folder.File("nope.csv"), "--format", "hevy", "--db", db);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no such file", missing.Error);

        var strong = HistoryCliFiles.StrongWithoutUnit(folder);
        var noUnit = CliRunner.Run("import", strong, "--format", "strong", "--db", db);
        Assert.Equal(2, noUnit.ExitCode);
        Assert.Contains("--unit", noUnit.Error);
        var withUnit = CliRunner.Run("import", strong, "--format", "strong", "--unit", "lb", "--db", db);
        Assert.Equal(0, withUnit.ExitCode);

        // A database path under a file cannot be created (a missing folder would be created).
        var badDb = CliRunner.Run("import", hevy, "--format", "hevy", "--db", Path.Combine(hevy, "s.db"));
        Assert.Equal(2, badDb.ExitCode);
        Assert.StartsWith("--db:", badDb.Error);

        var badFormat = CliRunner.Run("import", hevy, "--format", "fitbod", "--db", db);
        Assert.Equal(2, badFormat.ExitCode);
    }

    [Fact]
    public void Import_NotAnExport_Exits2_AndCreatesNoDatabase()
    {
        using var folder = new TemporaryFolder();
        var bad = folder.File("bad.csv");
        File.WriteAllText(bad, "garbage,x\n1,2\n");
        var db = folder.File("x.db");
        var nested = Path.Combine(folder.Path, "new", "folder", "x.db");

        var run = CliRunner.Run("import", bad, "--format", "strong", "--db", db);
        var inNewFolder = CliRunner.Run("import", bad, "--format", "strong", "--db", nested);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(bad, run.Error);
        Assert.Equal(2, inNewFolder.ExitCode);
        // No database, no -wal/-shm/-journal, no folder: only the log is there.
        Assert.Equal([bad], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void DryRun_NotAnExport_Exits2_AndCreatesNothing()
    {
        using var folder = new TemporaryFolder();
        var bad = folder.File("bad.csv");
        File.WriteAllText(bad, "garbage,x\n1,2\n");

        var run = CliRunner.Run("import", bad, "--format", "strong", "--db", folder.File("x.db"), "--dry-run");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([bad], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Import_NotAnExport_LeavesAnExistingDatabaseUnchanged()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        Assert.Equal(0, CliRunner.Run("import", HistoryCliFiles.Hevy(folder), "--format", "hevy", "--db", db, "--map", HistoryCliFiles.Mapping(folder)).ExitCode);
        var history = CliRunner.Run("history", "--db", db, "--json").Out;
        // Any opening of the store writes (EF's migration lock), so equal bytes show the database was not even opened.
        var bytes = File.ReadAllBytes(db);
        var bad = folder.File("bad.csv");
        File.WriteAllText(bad, "garbage,x\n1,2\n");

        var run = CliRunner.Run("import", bad, "--format", "strong", "--db", db, "--athlete", "someone");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(bytes, File.ReadAllBytes(db));
        Assert.Equal(history, CliRunner.Run("history", "--db", db, "--json").Out);
        Assert.Equal([SurgeStore.DefaultAthlete], AthleteNames(db));
    }

    [Fact]
    public void Import_FailingAfterItCreatedTheDatabase_RemovesWhatItCreated()
    {
        using var folder = new TemporaryFolder();
        var log = HistoryCliFiles.Hevy(folder);
        var db = Path.Combine(folder.Path, "new", "surge.db");
        Surge.Cli.Commands.ImportCommand.AfterStoreOpened.Value = () => throw new Surge.Cli.CliException("--db: simulated failure");
        CliRun run;
        try
        {
            run = CliRunner.Run("import", log, "--format", "hevy", "--db", db);
        }
        finally
        {
            Surge.Cli.Commands.ImportCommand.AfterStoreOpened.Value = null;
        }

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("simulated failure", run.Error);
        Assert.Equal([log], Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Import_FailingOnADatabaseThatExisted_KeepsIt()
    {
        using var folder = new TemporaryFolder();
        var log = HistoryCliFiles.Hevy(folder);
        var db = folder.File("surge.db");
        Assert.Equal(0, CliRunner.Run("import", log, "--format", "hevy", "--db", db, "--athlete", "a").ExitCode);
        var history = CliRunner.Run("history", "--db", db, "--athlete", "a", "--json").Out;
        Surge.Cli.Commands.ImportCommand.AfterStoreOpened.Value = () => throw new Surge.Cli.CliException("--db: simulated failure");
        CliRun run;
        try
        {
            run = CliRunner.Run("import", log, "--format", "hevy", "--db", db, "--athlete", "b");
        }
        finally
        {
            Surge.Cli.Commands.ImportCommand.AfterStoreOpened.Value = null;
        }

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(history, CliRunner.Run("history", "--db", db, "--athlete", "a", "--json").Out);
        Assert.Equal(["a"], AthleteNames(db));
    }

    private static string[] AthleteNames(string db)
    {
        using var store = SurgeStore.OpenForReading(db);
        return [.. store.Athletes().Select(a => a.Name)];
    }
}
