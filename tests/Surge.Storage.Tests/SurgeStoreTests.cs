using Surge.Logs;
using Surge.TestData;
using Xunit.Abstractions;

namespace Surge.Storage.Tests;

/// <summary>The same suite on every provider in <see cref="Providers.All"/>.</summary>
public sealed class SurgeStoreTests(ITestOutputHelper output)
{
    [Theory, AllProviders]
    public void Open_creates_the_database_and_applies_the_migrations(string provider)
    {
        using var database = new TestDatabase(provider);
        using (var store = database.Open())
        {
            Assert.Equal(provider == Providers.Sqlite ? StoreProvider.Sqlite : StoreProvider.PostgreSql, store.Provider);
            Assert.NotEmpty(store.KnownMigrations());
            Assert.Equal(store.KnownMigrations(), store.AppliedMigrations());
            Assert.Empty(store.Workouts());
            Assert.Empty(store.Imports());
            Assert.Empty(store.Mappings());
            store.Import(LogGenerator.Build(0, 3), "a.csv");
        }

        if (database.File is not null)
        {
            Assert.True(File.Exists(database.File));
        }

        // Opening again applies nothing new and keeps the data.
        using var again = database.Open();
        Assert.Equal(again.KnownMigrations(), again.AppliedMigrations());
        Assert.Equal(3, again.Workouts().Count);
    }

    [Theory, AllProviders]
    public void Import_stores_every_field_and_reads_it_back_in_order(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        // File order is not start order: the store returns start order.
        var log = LogGenerator.Build(0, 20, setsPerWorkout: 12);
        log = LogGenerator.WithWorkouts(log, log.Workouts.Reverse());

        var result = store.Import(log, "/home/u/exports/strong.csv");

        Assert.Equal(new ImportResult(20, 0, 240, 0), result);
        var read = store.Workouts();
        var expected = log.Workouts.OrderBy(w => w.Start).ToList();
        Assert.Equal(expected.Count, read.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            AssertSame(expected[i], read[i]);
        }

        var record = Assert.Single(store.Imports());
        Assert.Equal("strong.csv", record.File);
        Assert.Equal(LogFormat.Strong, record.Format);
        Assert.Equal("strong-semicolon", record.Layout);
        Assert.Equal(SurgeStore.DefaultAthlete, record.Athlete);
        Assert.Equal((20, 0, 0, 240), (record.WorkoutsAdded, record.WorkoutsSkipped, record.Duplicates, record.SetsAdded));
        Assert.Equal(DateTimeKind.Utc, record.ImportedUtc.Kind);
        Assert.True(Math.Abs((DateTime.UtcNow - record.ImportedUtc).TotalMinutes) < 5);
    }

    [Theory, AllProviders]
    public void Reimporting_the_same_log_adds_nothing(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        var log = LogGenerator.Build(0, 10);

        Assert.Equal(new ImportResult(10, 0, 60, 0), store.Import(log, "a.csv"));
        Assert.Equal(new ImportResult(0, 10, 0, 0), store.Import(log, "a.csv"));

        Assert.Equal(10, store.Workouts().Count);
        Assert.Equal(60, store.Workouts().Sum(w => w.Sets.Count));
        Assert.Equal([10, 0], store.Imports().Select(i => i.WorkoutsAdded));
        Assert.Equal([0, 10], store.Imports().Select(i => i.WorkoutsSkipped));
    }

    [Theory, AllProviders]
    public void An_overlapping_log_adds_only_the_new_workouts(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        store.Import(LogGenerator.Build(0, 10), "jan.csv");

        // Workouts 5..14: five stored, five new; a workout repeated within the file counts as a duplicate.
        var overlapping = LogGenerator.Build(5, 10);
        overlapping = LogGenerator.WithWorkouts(overlapping, overlapping.Workouts.Append(overlapping.Workouts[^1]));
        var result = store.Import(overlapping, "feb.csv");

        Assert.Equal(new ImportResult(5, 5, 30, 1), result);
        var keys = store.Workouts().Select(w => w.Key).ToList();
        Assert.Equal(15, keys.Count);
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(1, store.Imports()[^1].Duplicates);
    }

    [Theory, AllProviders]
    public void Athletes_are_kept_apart(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        var log = LogGenerator.Build(0, 4);

        store.Import(log, "a.csv");
        Assert.Equal(new ImportResult(4, 0, 24, 0), store.Import(log, "a.csv", athlete: "sam"));

        Assert.Equal(4, store.Workouts().Count);
        Assert.Equal(4, store.Workouts(athlete: "sam").Count);
        Assert.Empty(store.Workouts(athlete: "nobody"));
        Assert.Equal(["default", "sam"], store.Imports().Select(i => i.Athlete));
    }

    [Theory, AllProviders]
    public void Owners_see_only_their_own_athletes_imports_and_mappings(string provider)
    {
        using var database = new TestDatabase(provider);
        var log = LogGenerator.Build(0, 4);
        long adaAthlete;
        using (var ada = SurgeStore.Open(database.Connection, "user-ada"))
        {
            Assert.Equal(new ImportResult(4, 0, 24, 0), ada.Import(log, "a.csv", athlete: "me"));
            ada.SaveMappings(new Dictionary<string, string> { ["Zercher Walk"] = "zercher squat" });
            adaAthlete = Assert.Single(ada.Athletes()).Number;
        }

        using var bob = SurgeStore.Open(database.Connection, "user-bob");
        Assert.Empty(bob.Athletes());
        Assert.Null(bob.FindAthlete(adaAthlete));
        Assert.Empty(bob.Workouts(adaAthlete));
        Assert.Empty(bob.Workouts(athlete: "me"));
        Assert.Empty(bob.Imports());
        Assert.Empty(bob.Mappings());
        Assert.False(bob.DeleteAthlete(adaAthlete));

        // The same athlete name and the same workouts are Bob's own: all new to him.
        Assert.Equal(new ImportResult(4, 0, 24, 0), bob.Import(log, "a.csv", athlete: "me"));
        var bobs = Assert.Single(bob.Athletes());
        // Bob's first athlete is his number 1, as Ada's is hers: the number says nothing about Ada's athletes.
        Assert.Equal(adaAthlete, bobs.Number);
        Assert.Equal(1, bobs.Number);
        Assert.Equal(24, bobs.Sets);

        using var local = database.Open();
        Assert.Empty(local.Athletes());
        using var adaAgain = SurgeStore.Open(database.Connection, "user-ada");
        Assert.Equal(4, adaAgain.Workouts(adaAthlete).Count);
        Assert.Equal("zercher squat", adaAgain.Mappings()["zercher walk"]);
    }

    [Theory, AllProviders]
    public void A_store_opened_without_the_migration_check_reads_and_writes_a_migrated_database(string provider)
    {
        using var database = new TestDatabase(provider);
        using (var first = database.Open())
        {
            first.Import(LogGenerator.Build(0, 3), "a.csv");
        }
        using var store = SurgeStore.Open(database.Connection, SurgeStore.LocalOwner, migrate: false);
        Assert.Equal(3, store.Workouts().Count);
        Assert.Equal(new ImportResult(2, 3, 12, 0), store.Import(LogGenerator.Build(0, 5), "b.csv"));
        Assert.Equal(store.KnownMigrations(), store.AppliedMigrations());
    }

    [Theory, AllProviders]
    public void Deleting_an_athlete_removes_its_workouts_sets_and_imports_and_nothing_else(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        store.Import(LogGenerator.Build(0, 4), "a.csv", athlete: "sam");
        store.Import(LogGenerator.Build(0, 3), "b.csv", athlete: "kim");
        var sam = store.Athletes().Single(a => a.Name == "sam");
        Assert.Equal(4, sam.Workouts);
        Assert.Equal(24, sam.Sets);

        Assert.True(store.DeleteAthlete(sam.Number));
        Assert.False(store.DeleteAthlete(sam.Number));
        Assert.Equal(["kim"], store.Athletes().Select(a => a.Name));
        Assert.Empty(store.Workouts(athlete: "sam"));
        Assert.Equal(3, store.Workouts(athlete: "kim").Count);
        Assert.Equal(["kim"], store.Imports().Select(i => i.Athlete));
        Assert.Equal(new ImportResult(4, 0, 24, 0), store.Import(LogGenerator.Build(0, 4), "a.csv", athlete: "sam"));
    }

    [Theory, AllProviders]
    public void Deleting_an_owners_data_leaves_other_owners_untouched(string provider)
    {
        using var database = new TestDatabase(provider);
        using (var ada = SurgeStore.Open(database.Connection, "user-ada"))
        {
            ada.Import(LogGenerator.Build(0, 4), "a.csv", athlete: "me");
            ada.Import(LogGenerator.Build(0, 2), "b.csv", athlete: "client");
            ada.SaveMappings(new Dictionary<string, string> { ["Zercher Walk"] = "zercher squat" });
        }
        using (var bob = SurgeStore.Open(database.Connection, "user-bob"))
        {
            bob.Import(LogGenerator.Build(0, 3), "a.csv", athlete: "me");
            bob.SaveMappings(new Dictionary<string, string> { ["Zercher Walk"] = "zercher squat" });
        }

        using var store = SurgeStore.Open(database.Connection, "user-ada");
        Assert.Equal(2, store.DeleteOwnedData());
        Assert.Empty(store.Athletes());
        Assert.Empty(store.Imports());
        Assert.Empty(store.Mappings());
        Assert.Equal(0, store.DeleteOwnedData());

        using var other = SurgeStore.Open(database.Connection, "user-bob");
        Assert.Equal(3, other.Workouts(athlete: "me").Count);
        Assert.Single(other.Mappings());
    }

    [Theory, AllProviders]
    public void A_constraint_violation_mid_import_leaves_the_database_as_before(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        store.Import(LogGenerator.Build(0, 5), "a.csv");
        var before = Snapshot(store);

        // Workouts 5..14 with a negative rep count in the eighth: the check constraint fails the whole import,
        // including the new athlete and the import record.
        var bad = LogGenerator.Build(3, 12);
        var broken = bad.Workouts[7] with { Sets = [.. bad.Workouts[7].Sets.Select((s, i) => i == 2 ? s with { Reps = -1 } : s)] };
        bad = LogGenerator.WithWorkouts(bad, bad.Workouts.Select((w, i) => i == 7 ? broken : w));

        var error = Assert.Throws<StoreException>(() => store.Import(bad, "bad.csv", athlete: "newcomer"));
        output.WriteLine($"{provider}: {error.Message}");
        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("bad.csv", error.Message);

        Assert.Equal(before, Snapshot(store));
        Assert.Empty(store.Workouts(athlete: "newcomer"));

        // The store still works after the rollback.
        Assert.Equal(new ImportResult(10, 2, 60, 0), store.Import(LogGenerator.Build(3, 12), "good.csv"));
    }

    [Theory, AllProviders]
    public void A_failure_just_before_commit_leaves_the_database_as_before(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        store.Import(LogGenerator.Build(0, 5), "a.csv");
        var before = Snapshot(store);

        store.BeforeImportCommit = () => throw new InvalidOperationException("injected failure");
        var error = Assert.Throws<InvalidOperationException>(() => store.Import(LogGenerator.Build(0, 40), "b.csv"));
        Assert.Equal("injected failure", error.Message);
        store.BeforeImportCommit = null;

        Assert.Equal(before, Snapshot(store));
        using var reopened = database.Open();
        Assert.Equal(before, Snapshot(reopened));
    }

    [Theory, AllProviders]
    public void Mappings_round_trip_case_insensitively(string provider)
    {
        using var database = new TestDatabase(provider);
        using (var store = database.Open())
        {
            store.SaveMappings(new Dictionary<string, string> { ["Zercher Walk"] = "zercher squat", ["Hammer Curl (DB)"] = "hammer curl" });
            // Same name in another case: replaces, does not add.
            store.SaveMappings(new Dictionary<string, string> { ["ZERCHER WALK"] = "zercher carry", ["Pendlay"] = "pendlay row" });
        }

        using var reopened = database.Open();
        var mappings = reopened.Mappings();
        Assert.Equal(3, mappings.Count);
        Assert.Equal("zercher carry", mappings["zercher walk"]);
        Assert.Equal("hammer curl", mappings["HAMMER CURL (db)"]);
        Assert.Equal("pendlay row", mappings["Pendlay"]);
        Assert.False(mappings.ContainsKey("Unknown"));
    }

    [Theory, AllProviders]
    public void Workouts_filters_by_whole_days(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        // One workout every other day from 2026-01-05 17:00 (+ a few minutes).
        store.Import(LogGenerator.Build(0, 30), "a.csv");

        var from = new DateOnly(2026, 1, 9);
        var to = new DateOnly(2026, 1, 15);
        var between = store.Workouts(from, to);
        Assert.Equal([new DateOnly(2026, 1, 9), new(2026, 1, 11), new(2026, 1, 13), new(2026, 1, 15)], between.Select(w => DateOnly.FromDateTime(w.Start)));

        Assert.Equal(28, store.Workouts(from: from).Count);
        Assert.Equal(6, store.Workouts(to: to).Count);
        Assert.Single(store.Workouts(to, to));
        Assert.Empty(store.Workouts(new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 6)));
        Assert.Equal(30, store.Workouts().Count);
    }

    [Theory, AllProviders]
    public void Sixty_five_thousand_sets_import_and_read_back_whole(string provider)
    {
        // The time this takes is ImportBenchmarks (docs/performance.md); here: nothing lost or duplicated at scale.
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        var log = LogGenerator.Build(0, 2_600, setsPerWorkout: 25);
        Assert.Equal(65_000, log.SetCount);

        var result = store.Import(log, "big.csv");
        var read = store.Workouts();
        var again = store.Import(log, "big.csv");

        Assert.Equal(new ImportResult(2_600, 0, 65_000, 0), result);
        Assert.Equal(new ImportResult(0, 2_600, 0, 0), again);
        Assert.Equal(2_600, read.Count);
        Assert.Equal(65_000, read.Sum(w => w.Sets.Count));
        AssertSame(log.Workouts[1_234], read[1_234]);
        AssertSame(log.Workouts[^1], read[^1]);
    }

    [PostgresFact]
    public void PostgreSQL_is_reachable_through_a_url_too()
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(Providers.PostgresConnection);
        var url = $"postgres://{Uri.EscapeDataString(builder.Username ?? "")}:{Uri.EscapeDataString(builder.Password ?? "")}@{builder.Host}:{builder.Port}/{builder.Database}";
        using var store = SurgeStore.Open(url);
        Assert.Equal(StoreProvider.PostgreSql, store.Provider);
        Assert.Equal($"postgres {builder.Host}:{builder.Port}/{builder.Database}", store.Location);
    }

    private static (int Workouts, int Sets, int Imports, string Keys) Snapshot(SurgeStore store)
    {
        var workouts = store.Workouts();
        return (workouts.Count, workouts.Sum(w => w.Sets.Count), store.Imports().Count, string.Join(",", workouts.Select(w => w.Key)));
    }

    private static void AssertSame(LoggedWorkout expected, LoggedWorkout actual)
    {
        Assert.Equal(expected.Key, actual.Key);
        Assert.Equal(expected.Start, actual.Start);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Duration, actual.Duration);
        Assert.Equal(expected.Sets, actual.Sets);
    }
}
