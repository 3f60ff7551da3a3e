using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Surge.TestData;
using Surge.Training;

namespace Surge.Storage.Tests;

/// <summary>Stored athlete profiles (surge athlete) on every provider, and the migration that added them.</summary>
public sealed class ProfileTests
{
    private static readonly AthleteSettings _woman = new(Sex.Female, 31, 61.0, 0.24, TrainingStatus.Untrained, 1.2);

    [Theory, AllProviders]
    public void SaveProfile_ThenProfile_RoundTripsEveryField_AcrossReopening(string provider)
    {
        using var database = new TestDatabase(provider);
        using (var store = database.Open())
        {
            Assert.Equal(AthleteSettings.None, store.Profile());
            Assert.Equal(_woman, store.SaveProfile(_woman));
        }

        using var again = database.Open();
        Assert.Equal(_woman, again.Profile());
        Assert.Equal(AthleteSettings.None, again.Profile("someone else"));
    }

    [Theory, AllProviders]
    public void SaveProfile_PartialUpdate_KeepsTheOtherFields(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = database.Open();
        store.SaveProfile(_woman, "ann");

        var updated = store.SaveProfile(new AthleteSettings(AgeYears: 32, BodyMassKg: 63.5), "ann");

        var expected = _woman with { AgeYears = 32, BodyMassKg = 63.5 };
        Assert.Equal(expected, updated);
        Assert.Equal(expected, store.Profile("ann"));
        Assert.Equal(AthleteSettings.None, store.Profile());
    }

    [Theory, AllProviders]
    public void SaveProfile_ForTheAthleteOfAnImportedLog_KeepsItsWorkouts_AndOwnersAreSeparate(string provider)
    {
        using var database = new TestDatabase(provider);
        using (var store = database.Open())
        {
            store.Import(LogGenerator.Build(0, 3), "a.csv", "ann");
            store.SaveProfile(_woman, "ann");
            Assert.Equal(3, store.Workouts(athlete: "ann").Count);
            Assert.Single(store.Athletes());
        }

        using var other = SurgeStore.Open(database.Connection, "another-owner");
        Assert.Equal(AthleteSettings.None, other.Profile("ann"));
        other.SaveProfile(new AthleteSettings(Sex.Male), "ann");
        using var local = database.Open();
        Assert.Equal(_woman, local.Profile("ann"));
    }

    [Theory, AllProviders]
    public void SaveProfile_FittedStrengthResponsiveness_RoundTripsAcrossReopening_AndResetFitClearsOnlyIt(string provider)
    {
        using var database = new TestDatabase(provider);
        const double fitted = 1.6180339887;
        using (var store = database.Open())
        {
            store.SaveProfile(_woman, "ann");
            Assert.Equal(_woman with { StrengthResponsiveness = fitted }, store.SaveProfile(new AthleteSettings(StrengthResponsiveness: fitted), "ann"));
        }

        using var again = database.Open();
        Assert.Equal(fitted, again.Profile("ann").StrengthResponsiveness);
        Assert.Equal(_woman, again.ResetFit("ann"));
        Assert.Equal(_woman, again.Profile("ann"));
        Assert.Equal(AthleteSettings.None, again.ResetFit("nobody"));
        Assert.DoesNotContain(again.Athletes(), a => a.Name == "nobody");
    }

    [Theory, AllProviders]
    public void SaveProfile_FittedResponseFactors_RoundTripAcrossReopening_AndResetFitClearsThemButNotTheTestosterone(string provider)
    {
        using var database = new TestDatabase(provider);
        var fitted = new AthleteSettings(MorningTestosteroneNmolPerL: 16.5, GrowthHormoneResponse: 1.52, CortisolResponse: 0.84,
            LactateResponse: 1.17, LactateClearance: 0.8);
        using (var store = database.Open())
        {
            store.SaveProfile(_woman, "ann");
            store.SaveProfile(new AthleteSettings(StrengthResponsiveness: 2.0), "ann");
            store.SaveProfile(fitted, "ann");
        }

        using var again = database.Open();
        var profile = again.Profile("ann");
        Assert.Equal((1.52, 0.84, 1.17, 0.8), (profile.GrowthHormoneResponse!.Value, profile.CortisolResponse!.Value, profile.LactateResponse!.Value, profile.LactateClearance!.Value));
        Assert.Equal(2.0, profile.StrengthResponsiveness);
        // A later fit of the log alone keeps the factors of the samples (fields not given are left as they were).
        Assert.Equal(1.52, again.SaveProfile(new AthleteSettings(StrengthResponsiveness: 2.5), "ann").GrowthHormoneResponse);
        var reset = again.ResetFit("ann");
        Assert.Equal(_woman with { MorningTestosteroneNmolPerL = 16.5 }, reset);
        Assert.False(again.Profile("ann").HasFits);
    }

    [Theory, AllProviders]
    public void Open_DatabaseBeforeTheStrengthResponsivenessMigration_UpgradesAndKeepsTheProfile(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = OpenUpgraded(database, "DataProtectionKeys", "_StrengthResponsiveness",
            old => old.Database.ExecuteSql($"INSERT INTO athletes (owner_id, name, created_utc, age_years) VALUES ({""}, {"ann"}, {DateTime.UtcNow}, {31.0})"));
        Assert.Equal(new AthleteSettings(AgeYears: 31), store.Profile("ann"));
        store.SaveProfile(new AthleteSettings(StrengthResponsiveness: 0.7), "ann");
        Assert.Equal(new AthleteSettings(AgeYears: 31, StrengthResponsiveness: 0.7), store.Profile("ann"));
    }

    [Theory, AllProviders]
    public void Open_DatabaseMadeByThePreviousMigration_UpgradesAndKeepsItsRows(string provider)
    {
        using var database = new TestDatabase(provider);
        using var store = OpenUpgraded(database, "Accounts", "_AthleteProfiles",
            old => old.Database.ExecuteSql($"INSERT INTO athletes (owner_id, name, created_utc) VALUES ({""}, {"ann"}, {DateTime.UtcNow})"));
        Assert.Contains(store.Athletes(), a => a.Name == "ann");
        Assert.Equal(AthleteSettings.None, store.Profile("ann"));
        store.SaveProfile(_woman, "ann");
        Assert.Equal(_woman, store.Profile("ann"));
        Assert.Single(store.Athletes());
    }

    /// <summary>
    /// Makes the database as <paramref name="migration"/> left it with <paramref name="rows"/> (<see cref="Before"/>), then
    /// opens it, which applies the later migrations, and asserts that every migration is applied.
    /// </summary>
    internal static SurgeStore OpenUpgraded(TestDatabase database, string migration, string later, Action<SurgeContext> rows)
    {
        Before(database, migration, later, rows);
        var store = database.Open();
        Assert.Equal(store.KnownMigrations(), store.AppliedMigrations());
        return store;
    }

    /// <summary>Makes the database as <paramref name="migration"/> left it (<paramref name="later"/> not applied) and fills it with <paramref name="rows"/>.</summary>
    internal static void Before(TestDatabase database, string migration, string later, Action<SurgeContext> rows)
    {
        using var old = Context(database.Connection);
        old.GetService<IMigrator>().Migrate(migration);
        Assert.DoesNotContain(old.Database.GetAppliedMigrations(), m => m.EndsWith(later, StringComparison.Ordinal));
        rows(old);
    }

    private static SurgeContext Context(string connection)
    {
        var target = ConnectionTarget.Parse(connection);
        if (target.Provider == StoreProvider.Sqlite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target.Display)!);
            return new SqliteSurgeContext(new DbContextOptionsBuilder<SqliteSurgeContext>().UseSqlite(target.ConnectionString).Options);
        }
        return new PostgresSurgeContext(new DbContextOptionsBuilder<PostgresSurgeContext>().UseNpgsql(target.ConnectionString).Options);
    }
}
