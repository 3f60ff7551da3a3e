using Surge.Simulation;
using Surge.Tests.Support;

namespace Surge.Tests.Simulation;

/// <summary>The simulator's default steps are small enough: halving them changes the peaks by less than 1 %.</summary>
public sealed class SessionSimulatorConvergenceTests
{
    private static readonly Lazy<(SimulationResult Default, SimulationResult Halved)> _legDay = new(() =>
    {
        var session = Sessions.LegDay();
        return (SessionSimulator.Default.Simulate(session),
            SessionSimulator.Default.Simulate(session, SessionSimulator.ExerciseStepMin / 2, SessionSimulator.RecoveryStepMin / 2));
    });

    public static TheoryData<Measure> AllMeasures => [.. Measures.All];

    [Theory]
    [MemberData(nameof(AllMeasures))]
    public void Simulate_LegDayWithHalvedSteps_PeakAgreesWithin1Pct(Measure measure)
    {
        var (coarse, fine) = _legDay.Value;
        var a = coarse[measure].Peak;
        var b = fine[measure].Peak;
        var difference = Math.Abs(a - b) / Math.Abs(b);
        Assert.True(difference <= 0.01,
            $"{measure.Id()}: peak {a:0.#####} with default steps vs {b:0.#####} {coarse[measure].Unit} with halved steps: difference {100 * difference:0.####} %");
    }

    [Fact]
    public void Simulate_LegDayWithHalvedSteps_SameTimeGrid()
    {
        var (coarse, fine) = _legDay.Value;
        Assert.Equal(coarse.PointCount, fine.PointCount);
        Assert.Equal(coarse.Session.EndMin, fine.Session.EndMin);
    }
}
