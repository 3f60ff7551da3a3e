using FsCheck;
using FsCheck.Fluent;
using Surge.Trials;

namespace Surge.Tests.Trials;

/// <summary>
/// The statistics against known values: R's <c>sleep</c> data set (Cushny &amp; Peebles 1905, as in Student 1908), whose
/// t tests are R's documented examples: <c>t.test(extra ~ group, data = sleep)</c> gives Welch t = −1.8608,
/// df = 17.776, p = 0.07939, 95 % CI −3.3654832 … 0.2054832; the paired test gives t = −4.0621, df = 9, p = 0.002833,
/// 95 % CI −2.4598858 … −0.7001142.
/// </summary>
public sealed class TrialStatisticsTests
{
    private static readonly double[] _drug1 = [0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0];
    private static readonly double[] _drug2 = [1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4];

    [Fact]
    public void Describe_SleepGroups_GivesMeansAndSds()
    {
        var a = TrialStatistics.Describe(_drug1);
        Assert.Equal(10, a.N);
        Assert.Equal(0.75, a.Mean, 1e-12);
        Assert.Equal(1.789010, a.Sd, 1e-6);
        Assert.Equal(2.002249, TrialStatistics.Describe(_drug2).Sd, 1e-6);
    }

    [Fact]
    public void Welch_SleepData_MatchesR()
    {
        var c = TrialStatistics.Welch("1", "2", "extra", _drug1, _drug2);
        Assert.Equal(-1.58, c.Difference, 1e-12);
        Assert.Equal(-1.8608, c.T!.Value, 1e-4);
        Assert.Equal(17.776, c.DegreesOfFreedom!.Value, 1e-3);
        Assert.Equal(0.07939, c.P!.Value, 1e-5);
        Assert.Equal(-3.3654832, c.CiLow, 1e-6);
        Assert.Equal(0.2054832, c.CiHigh, 1e-6);
    }

    [Fact]
    public void Welch_SleepData_HedgesGFromPooledSd()
    {
        // Pooled SD sqrt((1.789010² + 2.002249²)/2) = 1.898626; d = −1.58/1.898625 = −0.832181;
        // J = 1 − 3/71 = 0.957746; g = −0.797019.
        var c = TrialStatistics.Welch("1", "2", "extra", _drug1, _drug2);
        Assert.Equal(-0.797019, c.HedgesG!.Value, 1e-5);
    }

    [Fact]
    public void Paired_SleepData_MatchesR()
    {
        var c = TrialStatistics.Paired("1", "2", "extra", _drug1, _drug2);
        Assert.Equal(-1.58, c.Difference, 1e-12);
        Assert.Equal(-4.0621, c.T!.Value, 1e-4);
        Assert.Equal(9.0, c.DegreesOfFreedom!.Value);
        Assert.Equal(0.002833, c.P!.Value, 1e-6);
        Assert.Equal(-2.4598858, c.CiLow, 1e-6);
        Assert.Equal(-0.7001142, c.CiHigh, 1e-6);
        // g_av: −1.58 / ((1.789010 + 2.002249)/2) = −0.833496, J = 1 − 3/(4·9 − 1) = 0.914286 → −0.762054.
        Assert.Equal(-0.762054, c.HedgesG!.Value, 1e-5);
    }

    [Fact]
    public void Welch_NoVariability_PAndGAreNullAndCiIsTheDifference()
    {
        var c = TrialStatistics.Welch("a", "b", "x", [5.0, 5.0, 5.0], [3.0, 3.0, 3.0]);
        Assert.Equal(2.0, c.Difference);
        Assert.Null(c.P);
        Assert.Null(c.T);
        Assert.Null(c.HedgesG);
        Assert.Equal(2.0, c.CiLow);
        Assert.Equal(2.0, c.CiHigh);
    }

    [Fact]
    public void Paired_IdenticalShiftWithVariedLevels_HasGButNoP()
    {
        var c = TrialStatistics.Paired("a", "b", "x", [2.0, 3.0, 4.0], [1.0, 2.0, 3.0]);
        Assert.Null(c.P);
        Assert.NotNull(c.HedgesG);
    }

    [Fact]
    public void Welch_SwappingArms_NegatesDifferenceAndKeepsP()
    {
        var values = ArbMap.Default.ArbFor<NormalFloat[]>();
        Prop.ForAll(values, values, (first, second) =>
        {
            var a = first.Select(v => Math.Clamp(v.Get, -1e6, 1e6)).Append(1.0).Append(2.0).ToArray();
            var b = second.Select(v => Math.Clamp(v.Get, -1e6, 1e6)).Append(0.5).Append(3.0).ToArray();
            var ab = TrialStatistics.Welch("a", "b", "x", a, b);
            var ba = TrialStatistics.Welch("b", "a", "x", b, a);
            return Math.Abs(ab.Difference + ba.Difference) <= 1e-9 * (1 + Math.Abs(ab.Difference))
                && ab.P is { } p && ba.P is { } q && Math.Abs(p - q) < 1e-9 && p >= 0 && p <= 1
                && ab.CiLow <= ab.Difference && ab.Difference <= ab.CiHigh;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Paired_ShiftedCopy_HasExactDifferenceAndNullP()
    {
        var values = ArbMap.Default.ArbFor<NormalFloat[]>();
        Prop.ForAll(values, first =>
        {
            var a = first.Select(v => Math.Round(Math.Clamp(v.Get, -1e3, 1e3), 2)).Append(1.0).Append(2.0).ToArray();
            var b = a.Select(v => v - 4.0).ToArray();
            var c = TrialStatistics.Paired("a", "b", "x", a, b);
            return Math.Abs(c.Difference - 4.0) < 1e-9 && (c.P is null || c.P < 1e-6);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Describe_OneValue_Throws() => Assert.Throws<ArgumentException>(() => TrialStatistics.Describe([1.0]));
}
