using MathNet.Numerics.Statistics;
using Surge.Physiology;
using Surge.Training;
using Surge.Trials;

namespace Surge.Tests.Trials;

/// <summary>The between-subject factors: log-normal with mean 1, correlated where the data say so.</summary>
public sealed class SubjectFactorTests
{
    private static SubjectFactors[] Cohort(ModelParameters p, int n) =>
        Enumerable.Range(0, n).Select(i => SubjectVariability.Draw(p, SubjectVariability.Generator(11, SubjectVariability.SubjectStream, i))).ToArray();

    [Fact]
    public void Draw_TestosteroneAndShbg_CorrelateAsTheParameterSays_OthersDoNot()
    {
        var p = ModelParameters.Default;
        var rho = p["between_subject_testosterone_shbg_correlation"];
        var cohort = Cohort(p, 4000);
        var t = cohort.Select(f => Math.Log(f.RestingTestosterone)).ToArray();
        // SE of r from 4000 draws is about 0.015 at r = 0.5 and 0.016 at 0: 4 SE either way.
        Assert.InRange(Correlation.Pearson(t, cohort.Select(f => Math.Log(f.Shbg))), rho - 0.06, rho + 0.06);
        Assert.InRange(Correlation.Pearson(t, cohort.Select(f => Math.Log(f.GrowthResponsiveness))), -0.065, 0.065);
        Assert.InRange(Correlation.Pearson(cohort.Select(f => Math.Log(f.Shbg)), cohort.Select(f => Math.Log(f.GrowthHormoneResponse))), -0.065, 0.065);
        // Each factor keeps its own spread: SD of ln F = s.
        Assert.InRange(cohort.Select(f => Math.Log(f.Shbg)).StandardDeviation(), 0.35 * 0.95, 0.35 * 1.05);
    }

    [Fact]
    public void Draw_CorrelationZero_GivesTheIndependentDraws()
    {
        var independent = ModelParameters.Default.With(new Dictionary<string, double> { ["between_subject_testosterone_shbg_correlation"] = 0.0 });
        var a = Cohort(independent, 50);
        var b = Cohort(ModelParameters.Default, 50);
        // Testosterone is the first draw and is not mixed; SHBG is mixed with it only when the correlation is not 0.
        Assert.Equal(a.Select(f => f.RestingTestosterone), b.Select(f => f.RestingTestosterone));
        Assert.NotEqual(a.Select(f => f.Shbg), b.Select(f => f.Shbg));
        Assert.Equal(a.Select(f => f.GrowthResponsiveness), b.Select(f => f.GrowthResponsiveness));
    }

    [Fact]
    public void Cohort_WithTheCorrelation_FreeTestosteroneVariesLessThanTotal()
    {
        // SHBG binds testosterone: men with more SHBG carry more total testosterone at a similar free level, so the
        // correlation narrows the spread of free testosterone relative to total.
        double SpreadRatio(ModelParameters p)
        {
            var total = new List<double>();
            var free = new List<double>();
            var binding = p.Group<TestosteroneParameters>();
            foreach (var f in Cohort(p, 400))
            {
                var subject = SubjectVariability.Apply(Athlete.Default, p, f);
                var profile = new AthleteProfile(subject, SubjectVariability.Apply(p, f));
                var morning = profile.MorningTestosteroneNmolPerL;
                total.Add(Math.Log(morning));
                free.Add(Math.Log(TestosteroneBinding.FreePmolPerL(morning, profile.ShbgNmolPerL, profile.AlbuminMolPerL, binding.AlbuminAssociation, binding.ShbgAssociation)));
            }
            return free.StandardDeviation() / total.StandardDeviation();
        }
        var independent = ModelParameters.Default.With(new Dictionary<string, double> { ["between_subject_testosterone_shbg_correlation"] = 0.0 });
        Assert.True(SpreadRatio(ModelParameters.Default) < SpreadRatio(independent) - 0.05,
            $"SD ln free / SD ln total: correlated {SpreadRatio(ModelParameters.Default):0.000}, independent {SpreadRatio(independent):0.000}");
    }
}
