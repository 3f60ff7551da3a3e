using System.Text.Json;
using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Quantities;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Adaptation;

/// <summary>Sides, the weekly record, keys of the result, determinism, and loads that follow (or not) the growing 1RM.</summary>
public sealed class ProgramResultShapeTests
{
    private static readonly TimeSpan _rest = TimeSpan.FromSeconds(90);

    [Fact]
    public void Simulate_OneSidedTraining_GrowsThatSideOnly()
    {
        var program = Programs.Build().For(Athletes.Man(status: TrainingStatus.Untrained)).Train(10,
            Programs.Day(DayOfWeek.Tuesday, Sessions.Build().Exercise("leg extension", sets: 5, reps: 10, load: Load.RepetitionMaximum(10), rest: _rest, side: Side.Left)),
            Programs.Day(DayOfWeek.Friday, Sessions.Build().Exercise("leg extension", sets: 5, reps: 10, load: Load.RepetitionMaximum(10), rest: _rest, side: Side.Left)))
            .Build();

        var quadriceps = program.Simulate().Muscles[MuscleGroup.Quadriceps];

        Assert.True(quadriceps.LeftPct > 0.0, $"left {quadriceps.LeftPct:F3} %");
        Assert.True(Math.Abs(quadriceps.RightPct) < 1e-9, $"right {quadriceps.RightPct} %");
        Assert.Equal(0.5 * (quadriceps.LeftPct + quadriceps.RightPct), quadriceps.SizeChangePct, 9);
    }

    [Fact]
    public void Simulate_Weekly_OneEntryPerWeekEndingAtTheFinalState()
    {
        var program = Programs.Build().Train(5, Programs.LegDay(DayOfWeek.Monday)).Rest(2).Train(3, Programs.ArmDay(DayOfWeek.Wednesday)).Build();

        var result = program.Simulate();

        Assert.Equal(10, result.Weeks);
        Assert.Equal(Enumerable.Range(1, 10), result.Weekly.Select(w => w.Week));
        var last = result.Weekly[^1];
        foreach (var g in MuscleGroups.All)
        {
            Assert.Equal(last.Muscles[g], result.Muscles[g]);
        }
        Assert.Equal(last.Strength, result.Strength);
        Assert.Equal(0.0, last.HardSets[MuscleGroup.Quadriceps]);
        Assert.True(last.HardSets[MuscleGroup.ElbowFlexors] > 0.0, $"elbow flexor sets in week 10: {last.HardSets[MuscleGroup.ElbowFlexors]}");
        Assert.True(result.Weekly[5].HardSets.Values.All(v => v == 0.0), "week 6 is a rest week");
    }

    [Fact]
    public void Simulate_AnyProgram_EveryCanonicalGroupInMusclesAndWeekly()
    {
        var result = Programs.Build().Train(2, Programs.ArmDay(DayOfWeek.Monday)).Build().Simulate();

        Assert.Equal(MuscleGroups.All.OrderBy(g => g), result.Muscles.Keys.OrderBy(g => g));
        Assert.All(result.Weekly, w =>
        {
            Assert.Equal(MuscleGroups.Count, w.Muscles.Count);
            Assert.Equal(MuscleGroups.Count, w.HardSets.Count);
        });
    }

    [Fact]
    public void Simulate_ExerciseNames_StrengthKeyedByNameAsWrittenInOrderOfFirstAppearance()
    {
        var program = Programs.Build()
            .Train(2,
                Programs.Day(DayOfWeek.Monday, Sessions.Build()
                    .Exercise("Leg Extension (Machine)", sets: 3, reps: 10, load: Load.RepetitionMaximum(10), rest: _rest)
                    .Exercise("bicep curl", sets: 3, reps: 10, load: Load.RepetitionMaximum(10), rest: _rest)),
                Programs.Day(DayOfWeek.Thursday, Sessions.Build()
                    .Exercise("squat", sets: 3, reps: 10, load: Load.RepetitionMaximum(10), rest: _rest)
                    .Exercise("bicep curl", sets: 3, reps: 10, load: Load.RepetitionMaximum(10), rest: _rest)))
            .Train(1, Programs.Day(DayOfWeek.Monday, Sessions.Build().Exercise("bench press", sets: 3, reps: 10, load: Load.RepetitionMaximum(10), rest: _rest)))
            .Build();

        var result = program.Simulate();

        string[] expected = ["Leg Extension (Machine)", "bicep curl", "squat", "bench press"];
        Assert.Equal(expected, result.Strength.Select(s => s.Exercise));
        Assert.All(result.Weekly, w => Assert.Equal(expected, w.Strength.Select(s => s.Exercise)));
    }

    [Fact]
    public void Simulate_SameProgramTwice_SameResult()
    {
        var program = Programs.Build().For(Athletes.Woman(age: 40)).Eating(1.4, 200.0)
            .Train(6, Programs.LegDay(DayOfWeek.Monday), Programs.FullBodyDay(DayOfWeek.Thursday)).Rest(2).Build();

        var first = JsonSerializer.Serialize(ProgramSimulator.Default.Simulate(program));
        var second = JsonSerializer.Serialize(ProgramSimulator.Default.Simulate(program));
        var fresh = JsonSerializer.Serialize(new ProgramSimulator(ProgramSimulator.Default.Parameters).Simulate(program));

        Assert.Equal(first, second);
        Assert.Equal(first, fresh);
    }

    [Fact]
    public void Simulate_RelativeLoads_FollowTheGrowingOneRm()
    {
        var result = Programs.Build().For(Athletes.Man(status: TrainingStatus.Untrained)).Train(12, Programs.QuadricepsVolume(10)).Build().Simulate();
        var oneRms = result.Weekly.Select(w => w.Strength.Single().OneRmKg).ToArray();
        var table = string.Join(", ", oneRms.Select(v => $"{v:F2}"));

        Assert.True(oneRms[0] > result.Strength[0].StartOneRmKg, $"start {result.Strength[0].StartOneRmKg:F2} kg, weekly {table}");
        for (var i = 1; i < oneRms.Length; i++)
        {
            Assert.True(oneRms[i] > oneRms[i - 1], $"1RM should grow every week: {table}");
        }
        Assert.All(result.Weekly, w => Assert.InRange(w.HardSets[MuscleGroup.Quadriceps], 9.999, 10.001));
    }

    [Fact]
    public void Simulate_FixedAbsoluteLoad_FewerHardSetsAndLessGrowthThanTheSameStartingLoadAsPercent()
    {
        const double oneRm = 100.0;
        TrainingProgram Program(Load load) => Programs.Build().For(Athletes.Man(status: TrainingStatus.Untrained)).Train(12,
            Programs.Day(DayOfWeek.Monday, Sessions.Build().Exercise("leg extension", sets: 5, reps: 10, load: load, rest: _rest, oneRmKg: oneRm)),
            Programs.Day(DayOfWeek.Thursday, Sessions.Build().Exercise("leg extension", sets: 5, reps: 10, load: load, rest: _rest, oneRmKg: oneRm)))
            .Build();
        var relative = Program(Load.PercentOfOneRm(75)).Simulate();
        var absolute = Program(Load.Absolute(Mass.FromKilograms(75))).Simulate();
        var (relSize, absSize) = (relative.Muscles[MuscleGroup.Quadriceps].SizeChangePct, absolute.Muscles[MuscleGroup.Quadriceps].SizeChangePct);
        var (relSets, absSets) = (relative.Weekly[^1].HardSets[MuscleGroup.Quadriceps], absolute.Weekly[^1].HardSets[MuscleGroup.Quadriceps]);
        var numbers = $"75 %1RM: {relSize:F3} %, {relSets:F3} hard sets in week 12, 1RM {relative.Strength[0].OneRmKg:F2} kg; "
            + $"75 kg: {absSize:F3} %, {absSets:F3} hard sets in week 12, 1RM {absolute.Strength[0].OneRmKg:F2} kg";

        Assert.Equal(absolute.Weekly[0].HardSets[MuscleGroup.Quadriceps], relative.Weekly[0].HardSets[MuscleGroup.Quadriceps], 6);
        Assert.True(absSets < relSets, numbers);
        Assert.True(absSize < relSize && absSize > 0.0, numbers);
    }
}
