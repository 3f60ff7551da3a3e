using Surge.Catalogue;
using Surge.History;
using Surge.Logs;
using Surge.TestData;
using Surge.Training;

namespace Surge.Tests.History;

public sealed class HistoryAnalyzerTests
{
    private static readonly ExerciseCatalogue _catalogue = ExerciseCatalogue.Default;
    private static readonly string _squat = _catalogue.Find("Squat (Barbell)")!.Name;
    private static readonly string _curl = _catalogue.Find("barbell curl")!.Name;

    /// <summary>A workout of <paramref name="working"/> working sets (and <paramref name="warmUps"/> warm-ups first) of one exercise.</summary>
    internal static LoggedWorkout Workout(DateTime start, string title, string exercise, int working, int warmUps = 0, double kg = 60, int reps = 8, double? rpe = 8)
    {
        var sets = new List<LoggedSet>();
        for (var i = 0; i < warmUps; i++)
        {
            sets.Add(new LoggedSet(sets.Count + 1, SetKind.WarmUp, exercise, exercise, kg * 0.5, 10, null, 90, false, 0));
        }
        for (var i = 0; i < working; i++)
        {
            sets.Add(new LoggedSet(sets.Count + 1, SetKind.Working, exercise, exercise, kg, reps, rpe, 150, false, 0));
        }
        return new LoggedWorkout(start, title, TimeSpan.FromMinutes(60), sets, $"test|{start:O}|{title}");
    }

    private static HistoryReport Analyze(params LoggedWorkout[] workouts) =>
        HistoryAnalyzer.Analyze(workouts, Athlete.Default, _catalogue);

    [Fact]
    public void HardSets_CountWorkingSets_OnePerPrimaryAndHalfPerSecondary_WarmUpsExcluded()
    {
        var curl = _catalogue.Find(_curl)!;
        var report = Analyze(Workout(new DateTime(2026, 3, 4, 18, 0, 0), "Arms", _curl, working: 4, warmUps: 2, kg: 40));

        var week = Assert.Single(report.Weeks);
        foreach (var group in MuscleGroups.All)
        {
            var expected = curl.Primary.Contains(group) ? 4.0 : curl.Secondary.Contains(group) ? 2.0 : 0.0;
            Assert.Equal(expected, week.HardSets[group]);
        }
        Assert.Equal(4.0, week.HardSets[MuscleGroup.ElbowFlexors]);
        Assert.Equal(2.0, week.HardSets[MuscleGroup.Forearms]);
        Assert.Equal(14, week.HardSets.Count);
        Assert.Equal(6, report.Sets);
        Assert.Equal(2, report.WarmUps);
    }

    [Fact]
    public void HardSets_DropAndFailureSetsCount_WarmUpsDoNot()
    {
        var sets = new[]
        {
            new LoggedSet(1, SetKind.WarmUp, "c", _curl, 20, 10, null, null, false, 2),
            new LoggedSet(2, SetKind.Working, "c", _curl, 40, 8, null, null, false, 3),
            new LoggedSet(3, SetKind.Drop, "c", _curl, 30, 8, null, null, false, 4),
            new LoggedSet(4, SetKind.Failure, "c", _curl, 40, 6, null, null, false, 5),
        };
        var report = Analyze(new LoggedWorkout(new DateTime(2026, 3, 2, 9, 0, 0), "Arms", null, sets, "k"));

        Assert.Equal(3.0, report.Weeks[0].HardSets[MuscleGroup.ElbowFlexors]);
    }

    [Fact]
    public void Weeks_StartOnMonday_SundayBelongsToThePreviousWeek_EmptyWeeksHoldZeros()
    {
        // 2026-03-01 is a Sunday, 2026-03-02 a Monday.
        var report = Analyze(
            Workout(new DateTime(2026, 3, 1, 10, 0, 0), "Sun", _squat, 3),
            Workout(new DateTime(2026, 3, 2, 10, 0, 0), "Mon", _squat, 5),
            Workout(new DateTime(2026, 3, 22, 10, 0, 0), "Sun", _squat, 2));

        Assert.Equal(
            [new DateOnly(2026, 2, 23), new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 16)],
            report.Weeks.Select(w => w.WeekStart));
        Assert.All(report.Weeks, w => Assert.Equal(DayOfWeek.Monday, w.WeekStart.DayOfWeek));
        Assert.Equal([3.0, 5.0, 0.0, 2.0], report.Weeks.Select(w => w.HardSets[MuscleGroup.Quadriceps]));
        Assert.Equal(new DateOnly(2026, 3, 1), report.First);
        Assert.Equal(new DateOnly(2026, 3, 22), report.Last);
    }

    [Theory]
    [InlineData(0.0, VolumeBand.Under10, "under 10")]
    [InlineData(9.5, VolumeBand.Under10, "under 10")]
    [InlineData(10.0, VolumeBand.From10To20, "10–20")]
    [InlineData(20.0, VolumeBand.From10To20, "10–20")]
    [InlineData(20.5, VolumeBand.Over20, "over 20")]
    public void Bands_SplitAt10And20Sets(double sets, VolumeBand band, string label)
    {
        Assert.Equal(band, VolumeBands.Of(sets));
        Assert.Equal(label, band.Label());
    }

    [Fact]
    public void Projection_RisesForTrainedMuscles_AndIsZeroForUntrainedOnes()
    {
        var start = new DateTime(2026, 1, 5, 17, 0, 0);
        var workouts = Enumerable.Range(0, 8).Select(w => Workout(start.AddDays(7 * w), "Legs", _squat, 12, warmUps: 2, kg: 100)).ToArray();
        var report = Analyze(workouts);

        Assert.Equal(12, report.Projection.Weeks);
        Assert.Equal(12, report.Projection.Weekly.Count);
        Assert.Equal(4, report.Projection.BasisWeeks.Count);
        Assert.True(report.Projection.SizeChangePct[MuscleGroup.Quadriceps] > 0.5, $"quadriceps {report.Projection.SizeChangePct[MuscleGroup.Quadriceps]} %");
        Assert.Equal(12.0, report.Projection.HardSetsPerWeek[MuscleGroup.Quadriceps]);
        var squat = _catalogue.Find(_squat)!;
        var untrained = MuscleGroups.All.Where(g => squat.ActivationOf(g) == 0 && !squat.Primary.Contains(g) && !squat.Secondary.Contains(g)).ToArray();
        Assert.Contains(MuscleGroup.ElbowFlexors, untrained);
        foreach (var group in untrained)
        {
            Assert.Equal(0.0, report.Projection.SizeChangePct[group], 6);
        }
        Assert.Equal(14, report.Projection.SizeChangePct.Count);
    }

    [Fact]
    public void Projection_RepeatsOnlyTheLastFourWeeks()
    {
        var start = new DateTime(2026, 1, 5, 17, 0, 0);
        var arms = Enumerable.Range(0, 4).Select(w => Workout(start.AddDays(7 * w), "Arms", _curl, 10, kg: 40));
        var legs = Enumerable.Range(4, 4).Select(w => Workout(start.AddDays(7 * w), "Legs", _squat, 10, kg: 100));
        var report = Analyze([.. arms, .. legs]);

        Assert.True(report.Projection.SizeChangePct[MuscleGroup.Quadriceps] > 0.5);
        Assert.Equal(0.0, report.Projection.HardSetsPerWeek[MuscleGroup.ElbowFlexors]);
        Assert.True(report.Projection.SizeChangePct[MuscleGroup.ElbowFlexors] <= 0.0);
    }

    [Fact]
    public void Sessions_LegWorkoutRaisesTestosteroneMoreThanArmWorkout()
    {
        var day = new DateTime(2026, 3, 2, 17, 0, 0);
        var report = Analyze(
            Workout(day, "Legs", _squat, 8, warmUps: 2, kg: 100, reps: 10),
            Workout(day.AddDays(2), "Arms", _curl, 8, warmUps: 2, kg: 35, reps: 10));

        var legs = report.Sessions.Single(s => s.Title == "Legs");
        var arms = report.Sessions.Single(s => s.Title == "Arms");
        Assert.True(legs.TotalTestosteronePeakChangePct > arms.TotalTestosteronePeakChangePct,
            $"legs {legs.TotalTestosteronePeakChangePct} % vs arms {arms.TotalTestosteronePeakChangePct} %");
        Assert.True(legs.LactatePeakMmolPerL > arms.LactatePeakMmolPerL);
        Assert.Equal(10, legs.Sets);
        Assert.Equal(10, legs.SimulatedSets);
        Assert.True(legs.GrowthHormonePeakUgPerL > 0);
    }

    [Fact]
    public void Sessions_InTimeOrder_UnmatchedSetsLeftOutOfTheSimulationButListed()
    {
        var sets = new[]
        {
            new LoggedSet(1, SetKind.Working, "Zercher Walk", null, 60, 8, null, null, false, 2),
            new LoggedSet(2, SetKind.Working, "Zercher Walk", null, 60, 8, null, null, false, 3),
            new LoggedSet(3, SetKind.Working, "c", _curl, 40, 8, null, null, false, 4),
        };
        var report = Analyze(
            new LoggedWorkout(new DateTime(2026, 3, 4, 9, 0, 0), "B", null, sets, "b"),
            Workout(new DateTime(2026, 3, 2, 9, 0, 0), "A", _curl, 3));

        Assert.Equal(["A", "B"], report.Sessions.Select(s => s.Title));
        Assert.Equal(3, report.Sessions[1].Sets);
        Assert.Equal(1, report.Sessions[1].SimulatedSets);
        var unmatched = Assert.Single(report.Unmatched);
        Assert.Equal("Zercher Walk", unmatched.Name);
        Assert.Equal(2, unmatched.Sets);
        Assert.NotEmpty(unmatched.Suggestions);
        Assert.Equal(3.0 + 1.0, report.Weeks[0].HardSets[MuscleGroup.ElbowFlexors]);
    }

    [Fact]
    public void OneRm_IsTheBestEpleyEstimateOfTheWorkingSets()
    {
        var report = Analyze(
            Workout(new DateTime(2026, 3, 2, 9, 0, 0), "A", _curl, 3, warmUps: 1, kg: 40, reps: 10, rpe: null),
            Workout(new DateTime(2026, 3, 4, 9, 0, 0), "B", _curl, 3, kg: 45, reps: 5, rpe: null));

        var curl = _catalogue.Find(_curl)!;
        var body = curl.BodyMassShare * Athlete.Default.BodyMassKg;
        var expected = Math.Max((40 + body) * (1 + 10 / 30.0), (45 + body) * (1 + 5 / 30.0)) - body;
        Assert.Equal(expected, report.OneRmKg[_curl], 6);
    }

    [Fact]
    public void Empty_GivesZerosAndEmptyLists()
    {
        var report = Analyze();

        Assert.Equal(0, report.Workouts);
        Assert.Null(report.First);
        Assert.Empty(report.Weeks);
        Assert.Empty(report.Sessions);
        Assert.Equal(12, report.Projection.Weeks);
        Assert.All(report.Projection.SizeChangePct.Values, v => Assert.Equal(0.0, v));
    }
}

/// <summary>
/// A ten-year log of 65,000 sets is analysed whole. How long it takes is measured by HistoryBenchmarks.History65k
/// (docs/performance.md), not here: a unit test's wall clock says more about the machine than about the code.
/// </summary>
public sealed class HistoryAnalyzerScaleTests
{
    [Fact]
    public void Log_Of65000Sets_IsAnalysedWhole()
    {
        var workouts = GeneratedLogs.Split(2600, 25);
        Assert.Equal(65_000, workouts.Sum(w => w.Sets.Count));

        var report = HistoryAnalyzer.Analyze(workouts, Athlete.Default, ExerciseCatalogue.Default);

        Assert.Equal(2600, report.Workouts);
        Assert.Equal(2600, report.Sessions.Count);
        Assert.Equal(650, report.Weeks.Count);
    }
}
