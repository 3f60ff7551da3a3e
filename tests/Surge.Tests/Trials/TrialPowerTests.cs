using Surge.Trials;

namespace Surge.Tests.Trials;

/// <summary>Power by repeated simulated trials.</summary>
public sealed class TrialPowerTests
{
    [Fact]
    public void Grid_StepsByAboutHalf()
    {
        Assert.Equal([2, 3, 4, 6, 8, 12, 16, 24, 32, 48], TrialPower.Grid(50));
    }

    [Fact]
    public void Find_LargeEffect_ReachesTargetAtSmallN_AndIsDeterministic()
    {
        var trial = TrialTestFiles.Parse(TrialTestFiles.SetsTrial(5, weeks: 6));
        var first = TrialPower.Find(TrialRunner.Default, trial, 0.8, 20, 48);
        var again = TrialPower.Find(TrialRunner.Default, trial, 0.8, 20, 48);
        Assert.Equal(first, again);
        var size = first.Single(r => r.Outcome == "muscle_size:quadriceps");
        Assert.NotNull(size.N);
        Assert.True(size.Power >= 0.8);
        Assert.InRange(size.N!.Value, 3, 48);
    }

    [Fact]
    public void Find_NoDifferenceBetweenArms_NeverReachesTarget()
    {
        // Both arms the same program: about 5 % of trials reach p < 0.05 whatever n.
        var text = TrialTestFiles.SetsTrial(5, weeks: 4).Replace("sets: 3,", "sets: 1,");
        var trial = TrialTestFiles.Parse(text);
        var results = TrialPower.Find(TrialRunner.Default, trial, 0.8, 20, 16);
        var size = results.Single(r => r.Outcome == "muscle_size:quadriceps");
        Assert.Null(size.N);
        Assert.Equal(16, size.LargestNTried);
        Assert.True(size.Power < 0.5);
    }

    [Fact]
    public void Find_CallsUnitDoneAfterEveryUnitOfEveryReplicate_AndStopsWhenItThrows()
    {
        // No difference between the arms: the search runs every n of the grid up to 4 (2, 3, 4), each with 3 replicates
        // of a parallel trial of 2 arms, so 3 × 2 × (2 + 3 + 4) units.
        var text = TrialTestFiles.SetsTrial(5, weeks: 1).Replace("sets: 3,", "sets: 1,");
        var trial = TrialTestFiles.Parse(text);
        var units = 0;
        var tried = new List<int>();
        var results = TrialPower.Find(TrialRunner.Default, trial, 0.99, 3, 4, nTried: tried.Add, unitDone: () => Interlocked.Increment(ref units));
        Assert.Equal([2, 3, 4], tried);
        Assert.Equal(3 * 2 * (2 + 3 + 4), units);
        Assert.Equal(results, TrialPower.Find(TrialRunner.Default, trial, 0.99, 3, 4));

        var started = 0;
        Assert.Throws<OperationCanceledException>(() => TrialPower.Find(TrialRunner.Default, trial, 0.99, 3, 4, unitDone: () =>
        {
            if (Interlocked.Increment(ref started) >= 2)
            {
                throw new OperationCanceledException("stop");
            }
        }));
        Assert.InRange(started, 2, 3 * 2 * 2);
    }
}
