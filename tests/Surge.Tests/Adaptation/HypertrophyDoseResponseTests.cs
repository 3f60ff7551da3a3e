using Surge.Catalogue;
using Surge.Quantities;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Adaptation;

/// <summary>P9: volume, proximity to failure, load and nutrition drive long-term hypertrophy and strength.</summary>
public sealed class HypertrophyDoseResponseTests
{
    private const int Weeks = 12;

    private static TrainingProgram Quadriceps(int weeklySets, Athlete? athlete = null) =>
        Programs.Build().For(athlete ?? Athletes.Man()).Train(Weeks, Programs.QuadricepsVolume(weeklySets)).Build();

    private static double QuadricepsGain(TrainingProgram program) => program.Simulate().Muscles[MuscleGroup.Quadriceps].SizeChangePct;

    [Fact]
    public void Simulate_MoreWeeklyHardSets_QuadricepsGrowMoreWithDiminishingReturns()
    {
        var volumes = new[] { 3, 6, 10, 20, 30 };
        var gains = volumes.Select(v => QuadricepsGain(Quadriceps(v))).ToArray();
        var table = string.Join(", ", volumes.Select((v, i) => $"{v} sets: {gains[i]:F3} %"));

        for (var i = 1; i < gains.Length; i++)
        {
            Assert.True(gains[i] > gains[i - 1], $"gain should rise with weekly sets: {table}");
        }
        var low = gains[2] - gains[0];   // 3 -> 10
        var high = gains[3] - gains[2];  // 10 -> 20
        Assert.True(high < low, $"10->20 sets should add less than 3->10 sets ({high:F3} vs {low:F3} points): {table}");
        Assert.True(high > 0.0 && gains[4] > gains[3], $"no ceiling up to 30 sets: {table}");
    }

    [Fact]
    public void Simulate_HardSetsPerWeek_CountOnePerNearFailureSet()
    {
        var result = Quadriceps(10).Simulate();

        Assert.All(result.Weekly, w => Assert.InRange(w.HardSets[MuscleGroup.Quadriceps], 9.999, 10.001));
        Assert.All(result.Weekly, w => Assert.Equal(0.0, w.HardSets[MuscleGroup.ElbowFlexors]));
    }

    [Fact]
    public void Simulate_SetsWithinTwoRepsOfFailure_CountFully()
    {
        double Gain(double rir) => QuadricepsGain(Programs.Build().Train(Weeks, Programs.QuadricepsVolume(9, Load.PercentOfOneRm(60), reps: 10, rir: rir)).Build());
        var (zero, two) = (Gain(0.0), Gain(2.0));

        Assert.True(Math.Abs(zero - two) <= 0.02 * zero, $"rir 0: {zero:F3} %, rir 2: {two:F3} %");
    }

    [Fact]
    public void Simulate_SetsFarFromFailureAtTheSameLoadAndReps_CountLess()
    {
        double Gain(double rir) => QuadricepsGain(Programs.Build().Train(Weeks, Programs.QuadricepsVolume(9, Load.PercentOfOneRm(60), reps: 10, rir: rir)).Build());
        var (near, far) = (Gain(1.0), Gain(8.0));

        Assert.True(far < 0.8 * near, $"rir 1: {near:F3} %, rir 8: {far:F3} %");
        Assert.True(far > 0.0, $"rir 8 should still count a little: {far:F3} %");
    }

    [Fact]
    public void Simulate_LightSetsFarFromFailure_GrowLessThanModerateSetsToFailure()
    {
        var light = QuadricepsGain(Programs.Build().Train(Weeks, Programs.QuadricepsVolume(9, Load.PercentOfOneRm(50), reps: 10, rir: null)).Build());
        var heavy = QuadricepsGain(Programs.Build().Train(Weeks, Programs.QuadricepsVolume(9, Load.PercentOfOneRm(75), reps: 10, toFailure: true)).Build());

        Assert.True(light < 0.8 * heavy, $"3 × 10 at 50 %1RM: {light:F3} %, 3 × 10 at 75 %1RM to failure: {heavy:F3} %");
    }

    [Fact]
    public void Simulate_LightOrHeavyLoadsToFailure_SimilarSizeButHeavierLoadsGainMoreStrength()
    {
        var lightProgram = Programs.Build().Train(Weeks, Programs.QuadricepsVolume(9, Load.PercentOfOneRm(40), reps: 25, toFailure: true)).Build();
        var heavyProgram = Programs.Build().Train(Weeks, Programs.QuadricepsVolume(9, Load.PercentOfOneRm(80), reps: 8, toFailure: true)).Build();
        var light = lightProgram.Simulate();
        var heavy = heavyProgram.Simulate();
        var (lightSize, heavySize) = (light.Muscles[MuscleGroup.Quadriceps].SizeChangePct, heavy.Muscles[MuscleGroup.Quadriceps].SizeChangePct);
        var (lightOneRm, heavyOneRm) = (light.OneRmChangePct("leg extension"), heavy.OneRmChangePct("leg extension"));
        var numbers = $"size 40 %1RM × 25: {lightSize:F3} %, 80 %1RM × 8: {heavySize:F3} %; 1RM {lightOneRm:F3} % vs {heavyOneRm:F3} %";

        Assert.True(lightSize > 0.0 && heavySize > 0.0, numbers);
        Assert.True(Math.Abs(lightSize / heavySize - 1.0) <= 0.25, numbers);
        Assert.True(heavyOneRm > lightOneRm, numbers);
    }

    [Fact]
    public void Simulate_TenToTwentyWeeklySets_StrengthSaturatesEarlierThanSize()
    {
        var ten = Quadriceps(10).Simulate();
        var twenty = Quadriceps(20).Simulate();
        var sizeRatio = twenty.Muscles[MuscleGroup.Quadriceps].SizeChangePct / ten.Muscles[MuscleGroup.Quadriceps].SizeChangePct;
        var strengthRatio = twenty.OneRmChangePct("leg extension") / ten.OneRmChangePct("leg extension");
        var numbers = $"size 10 sets {ten.Muscles[MuscleGroup.Quadriceps].SizeChangePct:F3} %, 20 sets {twenty.Muscles[MuscleGroup.Quadriceps].SizeChangePct:F3} % (×{sizeRatio:F3}); "
            + $"1RM {ten.OneRmChangePct("leg extension"):F3} %, {twenty.OneRmChangePct("leg extension"):F3} % (×{strengthRatio:F3})";

        Assert.True(strengthRatio >= 1.0, numbers);
        Assert.True(strengthRatio - 1.0 < sizeRatio - 1.0, numbers);
    }

    [Fact]
    public void Simulate_ProteinIntake_GrowthRisesToAboutOnePointSixGramsPerKgAndNotBeyond()
    {
        double Gain(double protein) => QuadricepsGain(Programs.Build().Eating(protein).Train(Weeks, Programs.QuadricepsVolume(10)).Build());
        var (low, plateau, high) = (Gain(0.8), Gain(1.6), Gain(2.4));
        var numbers = $"0.8 g/kg: {low:F3} %, 1.6 g/kg: {plateau:F3} %, 2.4 g/kg: {high:F3} %";

        Assert.True(low < plateau, numbers);
        Assert.True(Math.Abs(high - plateau) <= 0.02 * plateau, numbers);
    }

    [Fact]
    public void Simulate_EnergyDeficitOf500KcalPerDay_NoLeanMassGainButStrengthStillRises()
    {
        var result = Programs.Build().Eating(1.6, -500.0).Train(Weeks, Programs.QuadricepsVolume(10)).Build().Simulate();
        var size = result.Muscles[MuscleGroup.Quadriceps].SizeChangePct;
        var oneRm = result.OneRmChangePct("leg extension");
        var numbers = $"quadriceps {size:F3} %, FFM {result.FatFreeMassChangeKg:F3} kg, 1RM {oneRm:F3} %";

        Assert.True(Math.Abs(size) < 0.5, numbers);
        Assert.True(Math.Abs(result.FatFreeMassChangeKg) < 0.2, numbers);
        Assert.True(oneRm > 2.0, numbers);
    }
}
