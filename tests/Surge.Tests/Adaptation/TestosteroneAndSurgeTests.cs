using Surge.Catalogue;
using Surge.Quantities;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Adaptation;

/// <summary>
/// Chronic testosterone as a real driver of muscle mass (Bhasin 2001, Mauras 1998), P10 (resting testosterone barely
/// changes with training) and P8/P9 (the acute surge is a small, explicit, switchable term; West 2010).
/// </summary>
public sealed class TestosteroneAndSurgeTests
{
    private static readonly Athlete _youngMan = Athletes.Man(age: 25, status: TrainingStatus.Untrained, morningTestosteroneNmolPerL: 15.0);

    private static double HeldFatFreeMassChange(double heldNmolPerL, int weeks) =>
        Programs.Build().For(_youngMan).HoldingTestosterone(heldNmolPerL).Rest(weeks).Build().Simulate().FatFreeMassChangeKg;

    [Fact]
    public void Simulate_HeldTestosteroneWithoutTraining_FatFreeMassRisesRoughlyLinearlyInLogT()
    {
        var levels = new[] { 18.8, 46.7, 82.2 };
        var ffm = levels.Select(t => HeldFatFreeMassChange(t, 20)).ToArray();
        var perLnLow = (ffm[1] - ffm[0]) / Math.Log(levels[1] / levels[0]);
        var perLnHigh = (ffm[2] - ffm[1]) / Math.Log(levels[2] / levels[1]);
        var numbers = string.Join(", ", levels.Select((t, i) => $"{t} nmol/L: {ffm[i]:F3} kg")) + $"; per ln unit {perLnLow:F3} and {perLnHigh:F3} kg";

        Assert.True(ffm[0] < ffm[1] && ffm[1] < ffm[2], numbers);
        Assert.True(ffm[2] > 0.0, numbers);
        Assert.True(perLnLow > 0.0 && perLnHigh > 0.0, numbers);
        Assert.InRange(perLnHigh / perLnLow, 0.5, 2.0);
    }

    [Fact]
    public void Simulate_SuppressedTestosteroneForTenWeeks_LosesOneToFourKgFatFreeMass()
    {
        var ffm = HeldFatFreeMassChange(1.07, 10);

        Assert.True(ffm is >= -4.0 and <= -1.0, $"FFM change at 1.07 nmol/L for 10 weeks: {ffm:F3} kg");
    }

    [Fact]
    public void Simulate_HabitualTestosteroneWithoutTraining_NoChange()
    {
        var result = Programs.Build().For(_youngMan).Rest(12).Build().Simulate();

        Assert.True(Math.Abs(result.FatFreeMassChangeKg) < 1e-9, $"FFM {result.FatFreeMassChangeKg} kg");
        Assert.All(result.Muscles.Values, m => Assert.True(Math.Abs(m.SizeChangePct) < 1e-9, $"size {m.SizeChangePct} %"));
    }

    [Fact]
    public void Simulate_HeldTestosteroneAndTraining_EffectsAdd()
    {
        const int weeks = 10;
        TrainingDay[] Week() => [Programs.FullBodyDay(DayOfWeek.Monday), Programs.FullBodyDay(DayOfWeek.Wednesday), Programs.FullBodyDay(DayOfWeek.Friday)];
        var hormone = HeldFatFreeMassChange(82.2, weeks);
        var training = Programs.Build().For(_youngMan).Train(weeks, Week()).Build().Simulate().FatFreeMassChangeKg;
        var both = Programs.Build().For(_youngMan).HoldingTestosterone(82.2).Train(weeks, Week()).Build().Simulate().FatFreeMassChangeKg;
        var sum = hormone + training;
        var numbers = $"T alone {hormone:F3} kg, training alone {training:F3} kg, sum {sum:F3} kg, both {both:F3} kg";

        Assert.True(hormone > 0.0 && training > 0.0, numbers);
        Assert.True(Math.Abs(both - sum) <= 0.3 * sum, numbers);
    }

    [Theory]
    [InlineData(12)]
    [InlineData(24)]
    public void Simulate_MonthsOfTrainingAtHabitualLevel_RestingTestosteroneWithinFivePercent(int weeks)
    {
        const double habitual = 18.0;
        var athlete = Athletes.Man(morningTestosteroneNmolPerL: habitual);
        var program = Programs.Build().For(athlete)
            .Train(weeks, Programs.LegDay(DayOfWeek.Monday), Programs.FullBodyDay(DayOfWeek.Wednesday), Programs.LegDay(DayOfWeek.Friday))
            .Build();

        var result = program.Simulate();

        Assert.True(Math.Abs(result.RestingTestosteroneChangePct) < 5.0, $"resting T change {result.RestingTestosteroneChangePct:F3} %");
        foreach (var w in result.Weekly)
        {
            var change = 100.0 * (w.RestingTestosteroneNmolPerL / habitual - 1.0);
            Assert.True(Math.Abs(change) < 5.0, $"week {w.Week}: resting T {w.RestingTestosteroneNmolPerL:F3} nmol/L ({change:F3} %)");
        }
    }

    [Theory]
    [InlineData(TrainingStatus.Untrained)]
    [InlineData(TrainingStatus.Trained)]
    [InlineData(TrainingStatus.Elite)]
    public void Simulate_LegHeavyProgram_SmallPositiveSurgeShare(TrainingStatus status)
    {
        var result = Programs.Build().For(Athletes.Man(status: status))
            .Train(12, Programs.LegDay(DayOfWeek.Monday), Programs.LegDay(DayOfWeek.Thursday)).Build().Simulate();

        Assert.True(result.AcuteSurgeSharePct is > 0.0 and < 5.0,
            $"{status}, leg day twice a week for 12 weeks: surge share {result.AcuteSurgeSharePct:F4} %, quadriceps {result.Muscles[MuscleGroup.Quadriceps].SizeChangePct:F3} %");
    }

    [Fact]
    public void Simulate_ArmOnlyProgram_NoSurgeShare()
    {
        var result = Programs.Build().Train(12, Programs.ArmDay(DayOfWeek.Monday), Programs.ArmDay(DayOfWeek.Thursday)).Build().Simulate();

        Assert.True(result.AcuteSurgeSharePct is >= 0.0 and < 0.05, $"surge share {result.AcuteSurgeSharePct:F4} %");
        Assert.True(result.Muscles[MuscleGroup.ElbowFlexors].SizeChangePct > 0.0, $"elbow flexors {result.Muscles[MuscleGroup.ElbowFlexors].SizeChangePct:F3} %");
    }

    [Fact]
    public void Simulate_SurgeTermSwitchedOff_ZeroShareAndGrowthBarelyChanges()
    {
        var program = Programs.Build().For(Athletes.Man(status: TrainingStatus.Untrained))
            .Train(12, Programs.LegDay(DayOfWeek.Monday), Programs.LegDay(DayOfWeek.Thursday)).Build();
        var on = program.Simulate();
        var off = program.Simulate(SimulationExtensions.With(("acute_surge_weight", 0.0)));

        Assert.Equal(0.0, off.AcuteSurgeSharePct);
        foreach (var g in new[] { MuscleGroup.Quadriceps, MuscleGroup.Glutes, MuscleGroup.Hamstrings })
        {
            var (a, b) = (on.Muscles[g].SizeChangePct, off.Muscles[g].SizeChangePct);
            Assert.True(a >= b && a - b < 2.0, $"{g.Id()}: {a:F3} % with the surge term, {b:F3} % without (share {on.AcuteSurgeSharePct:F3} %)");
        }
    }

    [Fact]
    public void Simulate_West2010ArmAloneOrFollowedByLegs_TrainedArmGrowsAlikeUntrainedArmNot()
    {
        // West DWD et al. 2010: untrained young men, elbow flexors of one arm trained alone or followed by leg work, 15 weeks.
        var rest = TimeSpan.FromSeconds(90);
        SessionBuilder Arm() => Sessions.Build()
            .Exercise("dumbbell curl", sets: 4, reps: 10, load: Load.RepetitionMaximum(10), rest: rest, side: Side.Left)
            .Exercise("preacher curl", sets: 4, reps: 10, load: Load.RepetitionMaximum(10), rest: rest, side: Side.Left);
        SessionBuilder ArmThenLegs() => Arm()
            .Exercise("leg press", sets: 5, reps: 10, load: Load.RepetitionMaximum(10), rest: TimeSpan.FromSeconds(60))
            .Exercise("leg extension", sets: 3, reps: 12, load: Load.RepetitionMaximum(12), rest: TimeSpan.FromSeconds(60))
            .Exercise("lying leg curl", sets: 3, reps: 12, load: Load.RepetitionMaximum(12), rest: TimeSpan.FromSeconds(60));
        var athlete = Athletes.Man(age: 22, status: TrainingStatus.Untrained);
        var alone = Programs.Build().For(athlete).Train(15, Programs.Day(DayOfWeek.Monday, Arm()), Programs.Day(DayOfWeek.Thursday, Arm())).Build().Simulate();
        var withLegs = Programs.Build().For(athlete).Train(15, Programs.Day(DayOfWeek.Monday, ArmThenLegs()), Programs.Day(DayOfWeek.Thursday, ArmThenLegs())).Build().Simulate();
        var (a, b) = (alone.Muscles[MuscleGroup.ElbowFlexors], withLegs.Muscles[MuscleGroup.ElbowFlexors]);
        var numbers = $"left arm alone {a.LeftPct:F3} %, followed by legs {b.LeftPct:F3} %; right arm {a.RightPct:F3} % and {b.RightPct:F3} %; "
            + $"surge share {alone.AcuteSurgeSharePct:F4} % and {withLegs.AcuteSurgeSharePct:F4} %";

        Assert.True(a.LeftPct > 0.0 && b.LeftPct > 0.0, numbers);
        Assert.True(Math.Abs(a.LeftPct - b.LeftPct) <= 2.0, numbers);
        Assert.True(Math.Abs(a.RightPct) < 0.01 && Math.Abs(b.RightPct) < 0.01, numbers);
    }
}
