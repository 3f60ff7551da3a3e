using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Surge.Trials;

/// <summary>Mean, SD (n − 1 denominator) and n of one arm's outcome.</summary>
public sealed record OutcomeSummary(int N, double Mean, double Sd);

/// <summary>
/// The comparison of arm <paramref name="A"/> with arm <paramref name="B"/> on one outcome.
/// </summary>
/// <param name="A">The first arm (the difference is A − B).</param>
/// <param name="B">The second arm.</param>
/// <param name="Outcome">The outcome key.</param>
/// <param name="Difference">Mean of A minus mean of B (parallel), or mean of the paired differences (within).</param>
/// <param name="CiLow">Lower end of the 95 % confidence interval of the difference.</param>
/// <param name="CiHigh">Upper end.</param>
/// <param name="T">Student's t; null when the standard error is 0 (no variability).</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite (parallel) or n − 1 (within); null when the standard error is 0.</param>
/// <param name="P">Two-sided p; null when the standard error is 0.</param>
/// <param name="HedgesG">Hedges' g (pooled SD, parallel; g_av, within); null when the SDs are 0.</param>
public sealed record TrialContrast(
    string A, string B, string Outcome, double Difference, double CiLow, double CiHigh,
    double? T, double? DegreesOfFreedom, double? P, double? HedgesG);

/// <summary>
/// The statistics a paper reports, from Math.NET Numerics (Student t distribution): summaries, Welch's t for
/// independent groups, the paired t, and Hedges' g. Sums run in the order of the values given, so the same values
/// give the same bits.
/// </summary>
public static class TrialStatistics
{
    /// <summary>
    /// Pearson's r between paired values (Math.NET); NaN when either list does not vary (a cohort without
    /// variability), as a correlation is then undefined.
    /// </summary>
    public static double Correlation(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count || x.Count < 3)
        {
            throw new ArgumentException($"A correlation needs at least 3 pairs, got {x.Count} and {y.Count} values.", nameof(y));
        }
        if (x.StandardDeviation() == 0 || y.StandardDeviation() == 0)
        {
            return double.NaN;
        }
        return MathNet.Numerics.Statistics.Correlation.Pearson(x, y);
    }

    /// <summary>Mean and SD of at least two values.</summary>
    public static OutcomeSummary Describe(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            throw new ArgumentException($"At least 2 values are needed for an SD, got {values.Count}.", nameof(values));
        }
        var (mean, sd) = values.MeanStandardDeviation();
        return new OutcomeSummary(values.Count, mean, sd);
    }

    /// <summary>Welch's t test of mean(a) − mean(b) with its 95 % CI and Hedges' g (pooled SD, small-sample corrected).</summary>
    public static TrialContrast Welch(string a, string b, string outcome, IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        var x = Describe(first);
        var y = Describe(second);
        var difference = x.Mean - y.Mean;
        var va = x.Sd * x.Sd / x.N;
        var vb = y.Sd * y.Sd / y.N;
        var standardError = Math.Sqrt(va + vb);
        var pooled = Math.Sqrt(((x.N - 1) * x.Sd * x.Sd + (y.N - 1) * y.Sd * y.Sd) / (x.N + y.N - 2));
        double? g = pooled > 0 ? difference / pooled * (1.0 - 3.0 / (4.0 * (x.N + y.N) - 9.0)) : null;
        if (!(standardError > 0))
        {
            return new TrialContrast(a, b, outcome, difference, difference, difference, null, null, null, g);
        }
        var df = (va + vb) * (va + vb) / (va * va / (x.N - 1) + vb * vb / (y.N - 1));
        return Test(a, b, outcome, difference, standardError, df, g);
    }

    /// <summary>
    /// The paired t test of the differences first[i] − second[i], with its 95 % CI and Hedges' g_av: the mean
    /// difference over the mean of the two SDs, times 1 − 3/(4(n − 1) − 1) (Lakens 2013, Front Psychol 4:863).
    /// </summary>
    public static TrialContrast Paired(string a, string b, string outcome, IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        if (first.Count != second.Count)
        {
            throw new ArgumentException($"Paired values need equal counts, got {first.Count} and {second.Count}.");
        }
        var differences = new double[first.Count];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = first[i] - second[i];
        }
        var d = Describe(differences);
        var x = Describe(first);
        var y = Describe(second);
        var averageSd = 0.5 * (x.Sd + y.Sd);
        var df = d.N - 1.0;
        double? g = averageSd > 0 ? d.Mean / averageSd * (1.0 - 3.0 / (4.0 * df - 1.0)) : null;
        var standardError = d.Sd / Math.Sqrt(d.N);
        if (!(standardError > 0))
        {
            return new TrialContrast(a, b, outcome, d.Mean, d.Mean, d.Mean, null, null, null, g);
        }
        return Test(a, b, outcome, d.Mean, standardError, df, g);
    }

    private static TrialContrast Test(string a, string b, string outcome, double difference, double standardError, double df, double? g)
    {
        var t = difference / standardError;
        var critical = StudentT.InvCDF(0.0, 1.0, df, 0.975);
        var p = Math.Min(1.0, 2.0 * StudentT.CDF(0.0, 1.0, df, -Math.Abs(t)));
        return new TrialContrast(a, b, outcome, difference, difference - critical * standardError, difference + critical * standardError, t, df, p, g);
    }
}
