using Surge.Physiology;
using Surge.Simulation;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Simulation;

/// <summary>Fatigue between sets and <c>reps: amrap</c> (docs/model.md, "Fatigue between sets").</summary>
public sealed class SetFatigueTests
{
    private static SessionPlan Plan(Session session) =>
        SessionPlanner.Plan(session, new AthleteProfile(session.Athlete, ModelParameters.Default), ModelParameters.Default);

    private static int[] AmrapReps(string sex, string rest, int sets = 3, string exercise = "bench press") =>
        Plan(SessionYaml.ParseValid(
            $"athlete: {{sex: {sex}}}\nexercises:\n  - {{exercise: {exercise}, sets: {sets}, reps: amrap, load: 10RM, rest: {rest}}}\n"))
            .Sets.Select(s => s.Reps).ToArray();

    [Fact]
    public void Amrap_ThreeSetsAtTenRm_FirstSetIsTenAndLongerRestsGiveMoreReps()
    {
        // Ratamess 2010 (10RM bench, trained men): 18.0, 21.4, 23.5 total reps with 1-, 2-, 3-min rests.
        var byRest = new[] { "1 min", "2 min", "3 min" }.Select(r => AmrapReps("male", r)).ToArray();
        var message = string.Join("; ", byRest.Select(r => string.Join(", ", r)));
        Assert.All(byRest, r => Assert.Equal(10, r[0]));
        Assert.All(byRest, r => Assert.True(r[1] < r[0] && r[2] <= r[1], message));
        var totals = byRest.Select(r => r.Sum()).ToArray();
        Assert.True(totals[0] < totals[1] && totals[1] <= totals[2], message);
        Assert.InRange(totals[0], 16, 20);
        Assert.InRange(totals[2], 22, 26);
    }

    [Fact]
    public void Amrap_LongRest_NearlyRestoresCapacity()
    {
        // Fatigue decays with rest: after 10 min the second set is within a rep of the first.
        var reps = AmrapReps("male", "10 min", sets: 2);
        Assert.True(reps[1] >= reps[0] - 1, string.Join(", ", reps));
    }

    [Fact]
    public void Amrap_Women_KeepMoreRepsThanMenAtTheSameRest()
    {
        // Ratamess 2010, 2012: women do more total reps than men with the same relative load and rests.
        Assert.True(AmrapReps("female", "1 min").Sum() > AmrapReps("male", "1 min").Sum());
    }

    [Fact]
    public void Amrap_WithStatedReserve_StopsThatManyShortAndReportsTheReserve()
    {
        var plan = Plan(SessionYaml.ParseValid("exercises:\n  - {exercise: back squat, sets: 1, reps: amrap, load: 10RM, rir: 2}\n"));
        var set = Assert.Single(plan.Sets);
        Assert.Equal(8, set.Reps);
        Assert.Equal(2.0, set.RepsInReserve, 9);
    }

    [Fact]
    public void Amrap_SecondExerciseForTheSameMuscles_StartsFatigued()
    {
        // Leg press after squats: the quadriceps carry the squats' fatigue; after curls they do not.
        static int FirstLegPress(string before) => Plan(SessionYaml.ParseValid(
            $"exercises:\n  - {{exercise: {before}, sets: 3, reps: amrap, load: 10RM, rest: 1 min}}\n  - {{exercise: leg press, sets: 1, reps: amrap, load: 10RM}}\n"))
            .Sets[^1].Reps;
        Assert.True(FirstLegPress("back squat") < FirstLegPress("barbell curl"));
    }

    [Fact]
    public void FixedReps_AreKeptWhateverTheFatigue()
    {
        // A number of reps is what was done (a log): the planner never changes it.
        var plan = Plan(SessionYaml.ParseValid("exercises:\n  - {exercise: bench press, sets: 3, reps: 10, load: 10RM, rest: 30 s}\n"));
        Assert.All(plan.Sets, s => Assert.Equal(10, s.Reps));
    }

    [Fact]
    public void Parse_RepsNeitherNumberNorAmrap_SaysWhatIsExpected()
    {
        var error = SessionYaml.ParseError("exercises:\n  - {exercise: bench press, sets: 3, reps: lots, load: 10RM}\n");
        Assert.Contains("amrap", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("reps", error.ToString(), StringComparison.Ordinal);
    }
}
