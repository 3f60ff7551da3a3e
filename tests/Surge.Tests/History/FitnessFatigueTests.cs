using Surge.Catalogue;
using Surge.History;
using Surge.Logs;
using Surge.Physiology;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.History;

/// <summary>The fitness–fatigue (Banister impulse–response) series of a log (docs/model.md, "Fitness and fatigue").</summary>
public sealed class FitnessFatigueTests
{
    private static readonly FitnessFatigueParameters _p = ModelParameters.Default.Group<FitnessFatigueParameters>();

    private static HistoryReport Analyze(IReadOnlyList<LoggedWorkout> log) => HistoryAnalyzer.Analyze(log, Athlete.Default, ExerciseCatalogue.Default);

    [Fact]
    public void Analyze_BlockOfTraining_FitnessAndFatigueRise_FatigueFaster()
    {
        var report = Analyze(ResponderLogs.Build(1.0, weeks: 6, seed: 1));

        var days = report.FitnessFatigue.Days;
        var firstWeek = days[6];
        var end = days[^2]; // the last workout's day
        Assert.True(end.Fitness > firstWeek.Fitness, $"fitness {end.Fitness} after 6 weeks vs {firstWeek.Fitness} after one");
        Assert.True(end.Fatigue > 0 && firstWeek.Fatigue > 0);
        // Training steadily from nothing, the 7-day mean catches up with the load sooner than the 42-day one.
        Assert.True(end.Fatigue > end.Fitness, $"fatigue {end.Fatigue} vs fitness {end.Fitness}");
        Assert.True(end.Form < 0);
        Assert.All(days, d => Assert.Equal(d.Fitness - d.Fatigue, d.Form, 12));
    }

    [Fact]
    public void Daily_Layoff_FatigueDecaysFasterThanFitness_AndFormTurnsPositive()
    {
        var report = Analyze(ResponderLogs.Build(1.0, weeks: 6, seed: 2));
        var lastWorkout = report.Last!.Value;

        var series = FitnessFatigue.Daily(report.Sessions, ModelParameters.Default, through: lastWorkout.AddDays(28)).Days;

        var atLayoff = series.Single(d => d.Date == lastWorkout);
        var after = series[^1];
        Assert.Equal(lastWorkout.AddDays(28), after.Date);
        Assert.True(after.Fatigue / atLayoff.Fatigue < after.Fitness / atLayoff.Fitness,
            $"fatigue kept {after.Fatigue / atLayoff.Fatigue:P0}, fitness {after.Fitness / atLayoff.Fitness:P0}");
        Assert.Equal(Math.Exp(-28 / _p.FatigueTau), after.Fatigue / atLayoff.Fatigue, 9);
        Assert.Equal(Math.Exp(-28 / _p.FitnessTau), after.Fitness / atLayoff.Fitness, 9);
        Assert.True(after.Form > 0, $"form after 4 weeks off {after.Form}");
    }

    [Fact]
    public void Analyze_Days_AreContiguousFromTheFirstWorkoutToTheDayAfterTheLast()
    {
        var report = Analyze(ResponderLogs.Build(1.0, weeks: 3, seed: 3));

        var days = report.FitnessFatigue.Days;
        Assert.Equal(report.First, days[0].Date);
        Assert.Equal(report.Last!.Value.AddDays(1), days[^1].Date);
        for (var i = 1; i < days.Count; i++)
        {
            Assert.Equal(days[i - 1].Date.AddDays(1), days[i].Date);
        }
        Assert.Equal(report.Sessions.Sum(s => s.Dose), days.Sum(d => d.Impulse), 9);
        Assert.All(days.Where(d => d.Date.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday), d => Assert.Equal(0.0, d.Impulse));
    }

    [Fact]
    public void Daily_OneImpulse_DecaysExactlyWithEachTimeConstant()
    {
        var start = new DateTime(2026, 3, 2, 17, 0, 0);
        var sessions = new[] { new HistorySession(start, "one", 10, 10, 0, 0, 0) { Dose = 10.0 } };

        var days = FitnessFatigue.Daily(sessions, ModelParameters.Default, through: DateOnly.FromDateTime(start).AddDays(10)).Days;

        for (var d = 0; d < days.Count; d++)
        {
            Assert.Equal(10.0 * (1 - Math.Exp(-1 / _p.FitnessTau)) * Math.Exp(-d / _p.FitnessTau), days[d].Fitness, 12);
            Assert.Equal(10.0 * (1 - Math.Exp(-1 / _p.FatigueTau)) * Math.Exp(-d / _p.FatigueTau), days[d].Fatigue, 12);
        }
    }

    [Fact]
    public void Dose_SetsCloserToFailure_CountMore()
    {
        var hard = ResponderLogs.Build(1.0, weeks: 1, seed: 4, workouts: 1);
        var easy = hard.Select(w => w with { Sets = w.Sets.Select(s => s with { Rpe = 5.0 }).ToArray() }).ToArray();

        var hardDose = Analyze(hard).Sessions[0].Dose;
        var easyDose = Analyze(easy).Sessions[0].Dose;

        Assert.True(hardDose > easyDose, $"RPE 8: {hardDose} hard sets; RPE 5: {easyDose}");
        Assert.InRange(hardDose, 0.5 * hard[0].Sets.Count, hard[0].Sets.Count);
    }

    [Fact]
    public void Analyze_NoWorkouts_NoDays() => Assert.Empty(Analyze([]).FitnessFatigue.Days);
}
