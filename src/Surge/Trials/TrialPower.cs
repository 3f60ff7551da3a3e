namespace Surge.Trials;

/// <summary>The smallest n (from <see cref="TrialPower.Grid"/>) at which a contrast reached the target power.</summary>
/// <param name="A">The first arm.</param>
/// <param name="B">The second arm.</param>
/// <param name="Outcome">The outcome key.</param>
/// <param name="N">Subjects per arm (parallel) or in all (within); null when the target was not reached by the largest n tried.</param>
/// <param name="Power">The share of replicate trials with p &lt; alpha at <paramref name="N"/> (or at the largest n tried).</param>
/// <param name="LargestNTried">The largest n simulated for this contrast.</param>
public sealed record PowerResult(string A, string B, string Outcome, int? N, double Power, int LargestNTried);

/// <summary>
/// Power by simulation: at each n of <see cref="Grid"/> the trial is repeated <c>replicates</c> times with seeds
/// derived from the trial's seed and the replicate's number (the same seeds at every n), and the share of replicates
/// whose contrast has p &lt; alpha is the power at that n.
/// </summary>
public static class TrialPower
{
    /// <summary>The values of n tried, in order: 2, 3, 4, 6, 8, 12, 16, 24, … (steps of about 1.5×).</summary>
    public static IEnumerable<int> Grid(int maximum)
    {
        for (var n = 2; n <= maximum; n *= 2)
        {
            yield return n;
            if (n + n / 2 <= maximum && n >= 2)
            {
                yield return n + n / 2;
            }
        }
    }

    /// <summary>
    /// Searches every contrast of <paramref name="trial"/> for the n at which its power reaches <paramref name="target"/>.
    /// <paramref name="nTried"/> is called with each n before its replicates run; <paramref name="unitDone"/> (from any
    /// thread) after each unit of every replicate trial, as <see cref="TrialRunner.Run"/> calls it;
    /// <paramref name="replicateDone"/> on the search's own thread after each replicate trial with its n and how many of
    /// that n's <paramref name="replicates"/> are done (1 … replicates; the replicates run one after another). A caller
    /// stops the search by throwing from any of them.
    /// </summary>
    public static IReadOnlyList<PowerResult> Find(TrialRunner runner, Trial trial, double target, int replicates, int maximumN, double alpha = 0.05, Action<int>? nTried = null, Action? unitDone = null, Action<int, int>? replicateDone = null)
    {
        ArgumentNullException.ThrowIfNull(runner);
        ArgumentNullException.ThrowIfNull(trial);
        if (!(target > 0 && target < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(target), $"Target power must be between 0 and 1, got {target}.");
        }
        var order = new List<(string, string, string)>();
        var found = new Dictionary<(string, string, string), PowerResult?>();
        var last = new Dictionary<(string, string, string), (double Power, int N)>();
        foreach (var n in Grid(maximumN))
        {
            nTried?.Invoke(n);
            var significant = new List<KeyValuePair<(string, string, string), int>>();
            for (var r = 0; r < replicates; r++)
            {
                var replicate = trial with { N = n, Seed = ReplicateSeed(trial.Seed, r) };
                var result = TrialResult.Compute(replicate, runner.Run(replicate, 0, 1, unitDone).Observations);
                for (var i = 0; i < result.Contrasts.Count; i++)
                {
                    var c = result.Contrasts[i];
                    var hit = c.P is { } p && p < alpha ? 1 : 0;
                    if (significant.Count <= i)
                    {
                        significant.Add(new((c.A, c.B, c.Outcome), hit));
                    }
                    else
                    {
                        significant[i] = new(significant[i].Key, significant[i].Value + hit);
                    }
                }
                replicateDone?.Invoke(n, r + 1);
            }
            foreach (var (key, count) in significant)
            {
                if (found.TryAdd(key, null))
                {
                    order.Add(key);
                }
                var power = (double)count / replicates;
                last[key] = (power, n);
                if (found[key] is null && power >= target)
                {
                    found[key] = new PowerResult(key.Item1, key.Item2, key.Item3, n, power, n);
                }
            }
            if (found.Values.All(v => v is not null))
            {
                break;
            }
        }
        return order.Select(key => found[key] ?? new PowerResult(key.Item1, key.Item2, key.Item3, null, last[key].Power, last[key].N)).ToArray();
    }

    /// <summary>The seed of replicate <paramref name="replicate"/>: a mix of the trial's seed and the replicate's number, 0–2147483647.</summary>
    public static int ReplicateSeed(int seed, int replicate)
    {
        var random = SubjectVariability.Generator(seed, 3, replicate);
        return random.Next(0, int.MaxValue);
    }
}
