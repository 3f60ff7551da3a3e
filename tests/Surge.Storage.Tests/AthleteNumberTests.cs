using Microsoft.EntityFrameworkCore;

namespace Surge.Storage.Tests;

/// <summary>Athletes are numbered 1, 2, … within their owner, on every provider, and the migration that numbered the existing ones.</summary>
public sealed class AthleteNumberTests
{
    [Theory, AllProviders]
    public void Athletes_AreNumberedFromOneWithinTheirOwner_InTheOrderTheyWereCreated(string provider)
    {
        using var database = new TestDatabase(provider);
        using (var ada = SurgeStore.Open(database.Connection, "user-ada"))
        {
            ada.Import(LogGenerator.Build(0, 2), "a.csv", athlete: "zoe");
            ada.SaveProfile(new Training.AthleteSettings(AgeYears: 30), "amy");
        }
        using var bob = SurgeStore.Open(database.Connection, "user-bob");
        bob.Import(LogGenerator.Build(0, 3), "b.csv", athlete: "bob");
        using var ada2 = SurgeStore.Open(database.Connection, "user-ada");
        ada2.Import(LogGenerator.Build(0, 1), "c.csv", athlete: "kim");

        Assert.Equal([("amy", 2L), ("kim", 3L), ("zoe", 1L)], ada2.Athletes().Select(a => (a.Name, a.Number)));
        Assert.Equal([("bob", 1L)], bob.Athletes().Select(a => (a.Name, a.Number)));
        Assert.Equal("bob", bob.FindAthlete(1)!.Name);
        Assert.Equal("zoe", ada2.FindAthlete(1)!.Name);
        Assert.Null(bob.FindAthlete(2));
        Assert.Equal(3, bob.Workouts(1).Count);
        Assert.Equal(2, ada2.Workouts(1).Count);
        Assert.Equal(3, bob.LatestWorkouts(1, null, null, 1000).Workouts.Count);
        Assert.Empty(bob.LatestWorkouts(2, null, null, 1000).Workouts);
        Assert.False(bob.DeleteAthlete(3));
        Assert.Equal(3, ada2.Athletes().Count);
    }

    [Theory, AllProviders]
    public void Open_DatabaseBeforeTheAthleteNumbersMigration_NumbersTheAthletesOfEachOwnerInCreationOrder(string provider)
    {
        using var database = new TestDatabase(provider);
        var now = DateTime.UtcNow;
        ProfileTests.Before(database, "StrengthResponsiveness", "_AthleteNumbers", old =>
        {
            foreach (var (owner, name) in new[] { ("user-ada", "zoe"), ("user-bob", "bob"), ("user-ada", "amy"), ("", "default"), ("user-ada", "kim") })
            {
                old.Database.ExecuteSql($"INSERT INTO athletes (owner_id, name, created_utc) VALUES ({owner}, {name}, {now})");
            }
        });

        using var ada = SurgeStore.Open(database.Connection, "user-ada");
        Assert.Equal(ada.KnownMigrations(), ada.AppliedMigrations());
        Assert.Equal([("amy", 2L), ("kim", 3L), ("zoe", 1L)], ada.Athletes().Select(a => (a.Name, a.Number)));
        using var bob = SurgeStore.Open(database.Connection, "user-bob");
        Assert.Equal([("bob", 1L)], bob.Athletes().Select(a => (a.Name, a.Number)));
        using var local = database.Open();
        Assert.Equal([("default", 1L)], local.Athletes().Select(a => (a.Name, a.Number)));
        // New athletes continue each owner's numbers.
        bob.Import(LogGenerator.Build(0, 1), "b.csv", athlete: "second");
        Assert.Equal(1, bob.FindAthlete(2)!.Workouts);
    }
}
