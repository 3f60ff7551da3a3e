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
}
