namespace Surge.Trials;

/// <summary>One arm's summaries, one per outcome in the trial's order.</summary>
public sealed record ArmSummary(string Arm, IReadOnlyList<OutcomeSummary> Outcomes);

/// <summary>
/// Pearson's r across one arm's subjects between two of its outcomes (as measured, errors included); null when either
/// does not vary (variability none).
/// </summary>
public sealed record TrialCorrelation(string Arm, string A, string B, int N, double? R);

/// <summary>
/// The statistics of a trial (formats.md, "Virtual trials"): per arm the mean, SD and n of each outcome, and per
/// pair of arms (later arm a, earlier arm b, in file order) and outcome the difference a − b with its 95 % CI, p and
/// Hedges' g — Welch's t for a parallel design, the paired t (paired by subject) for a within design.
/// </summary>
/// <param name="Design">The design.</param>
/// <param name="N">Subjects (per arm for a parallel design).</param>
/// <param name="Seed">The trial's seed.</param>
/// <param name="Variability">Whether subjects differed.</param>
/// <param name="OutcomeKeys">The outcome keys in the trial's order.</param>
/// <param name="Arms">Per arm, one summary per outcome.</param>
/// <param name="Contrasts">Every pair of arms on every outcome.</param>
public sealed record TrialResult(
    TrialDesign Design, int N, int Seed, TrialVariability Variability, IReadOnlyList<string> OutcomeKeys,
    IReadOnlyList<ArmSummary> Arms, IReadOnlyList<TrialContrast> Contrasts)
{
    // Each arm's values per outcome, in subject order (from Compute): what the correlations are computed from.
    private List<double>[,]? _values;
    private IReadOnlyList<TrialCorrelation>? _correlations;

    /// <summary>
    /// Per arm, every pair of its outcomes (earlier outcome first, in file order): Pearson's r across its subjects.
    /// Computed when first asked for, so that a power search, which reads only the contrasts of each replicate, does not
    /// pay for them.
    /// </summary>
    public IReadOnlyList<TrialCorrelation> Correlations => _correlations ??= ComputeCorrelations();

    /// <summary>The correlation of outcomes <paramref name="a"/> and <paramref name="b"/> (keys, either order) in arm <paramref name="arm"/>.</summary>
    public TrialCorrelation Correlation(string arm, string a, string b) =>
        Correlations.First(c => c.Arm == arm && ((c.A == a && c.B == b) || (c.A == b && c.B == a)));

    /// <summary>
    /// Arm <paramref name="a"/> minus arm <paramref name="b"/> on outcome <paramref name="key"/>: the mean difference (of
    /// the paired differences, subject by subject, in a within design; of the arms' means in a parallel one) and, in a
    /// within design, the SD of the paired differences (NaN in a parallel design, whose subjects are not paired).
    /// </summary>
    public (double Mean, double Sd) Difference(string a, string b, string key)
    {
        var ia = Arms.Select((s, i) => (s, i)).First(x => x.s.Arm == a).i;
        var ib = Arms.Select((s, i) => (s, i)).First(x => x.s.Arm == b).i;
        var o = OutcomeKeys.Select((k, i) => (k, i)).First(x => x.k == key).i;
        if (Design != TrialDesign.Within || _values is null)
        {
            return (Arms[ia].Outcomes[o].Mean - Arms[ib].Outcomes[o].Mean, double.NaN);
        }
        var paired = TrialStatistics.Describe(_values[ia, o].Zip(_values[ib, o], (x, y) => x - y).ToArray());
        return (paired.Mean, paired.Sd);
    }

    private List<TrialCorrelation> ComputeCorrelations()
    {
        var correlations = new List<TrialCorrelation>();
        if (_values is null)
        {
            return correlations;
        }
        for (var a = 0; a < Arms.Count; a++)
        {
            for (var o1 = 0; o1 < OutcomeKeys.Count; o1++)
            {
                for (var o2 = o1 + 1; o2 < OutcomeKeys.Count; o2++)
                {
                    var r = N >= 3 ? TrialStatistics.Correlation(_values[a, o1], _values[a, o2]) : double.NaN;
                    correlations.Add(new TrialCorrelation(Arms[a].Arm, OutcomeKeys[o1], OutcomeKeys[o2], N, double.IsFinite(r) ? r : null));
                }
            }
        }
        return correlations;
    }

    /// <summary>The statistics of a whole trial from every observation (see the other overload).</summary>
    public static TrialResult Compute(Trial trial, IEnumerable<SubjectObservation> observations) =>
        Compute(trial.Design, trial.N, trial.Seed, trial.Variability, trial.Arms.Select(a => a.Name).ToArray(), trial.Outcomes.Select(o => o.Key).ToArray(), observations);

    /// <summary>
    /// Computes the statistics from every observation of the trial (all shards). Observations are ordered by subject
    /// first, so one run and a merge of shards give the same numbers bit for bit.
    /// </summary>
    public static TrialResult Compute(TrialDesign design, int n, int seed, TrialVariability variability,
        IReadOnlyList<string> armNames, IReadOnlyList<string> outcomeKeys, IEnumerable<SubjectObservation> observations)
    {
        var ordered = observations.OrderBy(o => o.Subject).ThenBy(o => o.Arm).ToArray();
        var values = new List<double>[armNames.Count, outcomeKeys.Count];
        for (var a = 0; a < armNames.Count; a++)
        {
            for (var o = 0; o < outcomeKeys.Count; o++)
            {
                values[a, o] = [];
            }
        }
        foreach (var observation in ordered)
        {
            for (var o = 0; o < outcomeKeys.Count; o++)
            {
                values[observation.Arm, o].Add(observation.Values[o]);
            }
        }
        var arms = new List<ArmSummary>();
        for (var a = 0; a < armNames.Count; a++)
        {
            var summaries = new List<OutcomeSummary>();
            for (var o = 0; o < outcomeKeys.Count; o++)
            {
                if (values[a, o].Count != n)
                {
                    throw new InvalidOperationException($"Arm '{armNames[a]}' has {values[a, o].Count} subjects, expected {n}: a shard is missing.");
                }
                summaries.Add(TrialStatistics.Describe(values[a, o]));
            }
            arms.Add(new ArmSummary(armNames[a], summaries));
        }
        var contrasts = new List<TrialContrast>();
        for (var b = 0; b < armNames.Count; b++)
        {
            for (var a = b + 1; a < armNames.Count; a++)
            {
                for (var o = 0; o < outcomeKeys.Count; o++)
                {
                    var nameA = armNames[a];
                    var nameB = armNames[b];
                    var key = outcomeKeys[o];
                    contrasts.Add(design == TrialDesign.Parallel
                        ? TrialStatistics.Welch(nameA, nameB, key, values[a, o], values[b, o])
                        : TrialStatistics.Paired(nameA, nameB, key, values[a, o], values[b, o]));
                }
            }
        }
        return new TrialResult(design, n, seed, variability, outcomeKeys, arms, contrasts) { _values = values };
    }
}
