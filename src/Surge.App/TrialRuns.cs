using Surge.Trials;

namespace Surge.App;

/// <summary>A trial as run: every subject's observations, and the analysis when the run is the whole trial (not a shard).</summary>
public sealed record TrialRunOutcome(TrialRun Run, TrialResult? Result);

/// <summary>
/// The trial use cases, once for <c>surge trial</c> and <c>POST /api/trial</c>: run a trial (or one shard of it) and
/// analyse it, and search the smallest n that reaches a power. The shells read the trial (<see cref="InputFiles.LoadTrial"/>,
/// or a request body), apply their own limits, and write the answers.
/// </summary>
public static class TrialRuns
{
    /// <summary>What a power target must be, in messages.</summary>
    public const string PowerTargetExpected = "expected a share between 0.5 and 0.99 (e.g. 0.8)";

    /// <summary>Whether <paramref name="target"/> is a power a search can aim at (0.5–0.99).</summary>
    public static bool IsPowerTarget(double target) => target >= 0.5 && target <= 0.99;

    /// <summary>The most subjects per arm a trial of <paramref name="trial"/>'s design may have (<see cref="Trial.MaximumSubjects"/> in all).</summary>
    public static int LargestN(Trial trial)
    {
        ArgumentNullException.ThrowIfNull(trial);
        return trial.Design == TrialDesign.Parallel ? Trial.MaximumSubjects / trial.Arms.Count : Trial.MaximumSubjects;
    }

    /// <summary>
    /// Runs shard <paramref name="shardIndex"/> of <paramref name="shardCount"/> of <paramref name="trial"/>
    /// (<paramref name="unitDone"/> after every subject-arm unit); analysed when it is the whole trial.
    /// </summary>
    public static TrialRunOutcome Run(Trial trial, int shardIndex = 0, int shardCount = 1, Action? unitDone = null)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var run = TrialRunner.Default.Run(trial, shardIndex, shardCount, unitDone);
        return new TrialRunOutcome(run, shardCount == 1 ? TrialResult.Compute(trial, run.Observations) : null);
    }

    /// <summary>The subject-arm units shard <paramref name="shardIndex"/> of <paramref name="shardCount"/> runs (for progress).</summary>
    public static int Units(Trial trial, int shardIndex = 0, int shardCount = 1) =>
        TrialRunner.ShardUnits(trial, shardIndex, shardCount).Length;

    /// <summary>The power search of <see cref="TrialPower.Find"/>, with the default runner.</summary>
    public static IReadOnlyList<PowerResult> Power(Trial trial, double target, int replicates, int maximumN,
        Action<int>? nTried = null, Action? unitDone = null, Action<int, int>? replicateDone = null) =>
        TrialPower.Find(TrialRunner.Default, trial, target, replicates, maximumN, nTried: nTried, unitDone: unitDone, replicateDone: replicateDone);
}
