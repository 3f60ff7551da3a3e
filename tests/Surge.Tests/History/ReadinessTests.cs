using Surge.Catalogue;
using Surge.History;
using Surge.Physiology;
using Surge.Training;
using Xunit.Abstractions;

namespace Surge.Tests.History;

/// <summary>Readiness per muscle from the model's micro-damage (docs/model.md, "Readiness").</summary>
public sealed class ReadinessTests(ITestOutputHelper output)
{
    private static readonly ExerciseCatalogue _catalogue = ExerciseCatalogue.Default;
    private static readonly string _squat = _catalogue.Find("back squat")!.Name;
    private static readonly string _curl = _catalogue.Find("barbell curl")!.Name;
    private static readonly DateTime _monday = new(2026, 3, 2, 17, 0, 0);

    private static HistoryReport Analyze(params Logs.LoggedWorkout[] workouts) =>
        HistoryAnalyzer.Analyze(workouts, Athlete.Default, _catalogue);

    private static double Quadriceps(HistoryReport report, DateTime at) =>
        Readiness.At(report.Sessions, at, ModelParameters.Default)[MuscleGroup.Quadriceps]!.RecoveredPct;

    [Fact]
    public void At_AfterAHardWorkout_FallsThenRecoversWithDays()
    {
        // 3 × 10 at the 10RM to failure (Morán-Navarro 2017's protocol), 120 kg 10RM.
        var report = Analyze(HistoryAnalyzerTests.Workout(_monday, "Legs", _squat, working: 3, kg: 120, reps: 10, rpe: 10));
        var end = report.Sessions[0].End;

        var before = Readiness.At(report.Sessions, _monday.AddMinutes(-1), ModelParameters.Default);
        var right = Quadriceps(report, end);
        var day1 = Quadriceps(report, end.AddDays(1));
        var day2 = Quadriceps(report, end.AddDays(2));
        var day4 = Quadriceps(report, end.AddDays(4));
        output.WriteLine($"damage/kg {report.Sessions[0].DamagePerKg[(int)MuscleGroup.Quadriceps]} right {right} 24 h {day1} 48 h {day2} 96 h {day4}");

        Assert.Null(before[MuscleGroup.Quadriceps]);
        Assert.True(right < 100.0, $"right after: {right}");
        Assert.True(right < day1 && day1 < day2 && day2 < day4 && day4 < 100.0, $"{right} {day1} {day2} {day4}");
        Assert.Null(Readiness.At(report.Sessions, end.AddDays(1), ModelParameters.Default)[MuscleGroup.Chest]);
        // The calibration anchor (data/parameters.yaml): still reduced at 24 h, (nearly) recovered by 48 h.
        Assert.InRange(day1, 80.0, 90.0);
        Assert.InRange(day2, 88.0, 95.0);
    }

    [Fact]
    public void At_MoreHardSets_LessRecovered_AndSessionsAdd()
    {
        var light = Analyze(HistoryAnalyzerTests.Workout(_monday, "Legs", _squat, working: 2, kg: 100, reps: 8, rpe: 7));
        var hard = Analyze(HistoryAnalyzerTests.Workout(_monday, "Legs", _squat, working: 6, kg: 100, reps: 8, rpe: 9));
        var twice = Analyze(
            HistoryAnalyzerTests.Workout(_monday.AddDays(-1), "Legs", _squat, working: 2, kg: 100, reps: 8, rpe: 7),
            HistoryAnalyzerTests.Workout(_monday, "Legs", _squat, working: 2, kg: 100, reps: 8, rpe: 7));
        var at = _monday.AddDays(1);

        Assert.True(Quadriceps(hard, at) < Quadriceps(light, at));
        Assert.True(Quadriceps(twice, at) < Quadriceps(light, at));
    }

    [Fact]
    public void DayAfter_IsOneDayAfterTheLastWorkout_ForEveryTrainedGroupOnly()
    {
        var report = Analyze(
            HistoryAnalyzerTests.Workout(_monday, "Legs", _squat, working: 4, kg: 100),
            HistoryAnalyzerTests.Workout(_monday.AddDays(2), "Arms", _curl, working: 4, kg: 40));

        var readiness = report.Readiness;
        Assert.Equal(DateOnly.FromDateTime(_monday.AddDays(3)), readiness.Date);
        Assert.Contains(readiness.Muscles, m => m.Group == MuscleGroup.Quadriceps);
        Assert.Contains(readiness.Muscles, m => m.Group == MuscleGroup.ElbowFlexors);
        Assert.DoesNotContain(readiness.Muscles, m => m.Group == MuscleGroup.Chest);
        // The arms were trained a day before, the legs three days before: the arms have recovered less.
        Assert.True(readiness[MuscleGroup.ElbowFlexors]!.RecoveredPct < 100.0);
        Assert.All(readiness.Muscles, m => Assert.InRange(m.RecoveredPct, 0.0, 100.0));
        Assert.Equal(HistoryReadiness.None, Analyze().Readiness);
    }
}
