using MathNet.Numerics.LinearAlgebra;
using Surge.Physiology;
using Surge.Tests.Physiology;
using Surge.Uncertainty;

namespace Surge.Tests.Uncertainty;

/// <summary>
/// The posterior of the calibrated parameters (data/posterior.json): it belongs to the shipped parameters, it is a
/// covariance, the data only narrow the prior, and the draws follow it.
/// </summary>
public sealed class ParameterPosteriorTests
{
    private const string Rerun = "rerun dotnet run --project tools/Surge.Calibrate -c Release -- --fit calibrated --uncertainty docs/calibration.md --posterior data/posterior.json";

    private static ParameterPosterior Shipped => ParameterPosterior.Shipped;

    [Fact]
    public void Shipped_IsForTheShippedParameters()
    {
        // The embedded copies: what surge simulate --uncertainty uses.
        Assert.True(Shipped.Mismatch(ModelParameters.Default) is null, $"{Shipped.Mismatch(ModelParameters.Default)}: {Rerun}");
    }

    [Fact]
    public void PosteriorFile_IsForTheParameterFile()
    {
        // The files in the repository (the embedded copies are as old as the last build).
        var root = ParameterDocumentationTests.RepositoryRoot();
        var parameters = ModelParameters.Parse(File.ReadAllText(Path.Combine(root, "data", "parameters.yaml")), "data/parameters.yaml");
        var posterior = ParameterPosterior.Parse(File.ReadAllText(Path.Combine(root, "data", "posterior.json")), "data/posterior.json");
        var mismatch = posterior.Mismatch(parameters);
        Assert.True(mismatch is null, $"{mismatch}: {Rerun}");
        Assert.Equal(posterior.Fingerprint, parameters.Fingerprint);
    }

    [Fact]
    public void PosteriorFile_WrittenAgain_IsByteForByteTheFile()
    {
        // The writer is the file's layout: reading data/posterior.json and writing it again changes no byte.
        var root = ParameterDocumentationTests.RepositoryRoot();
        var text = File.ReadAllText(Path.Combine(root, "data", "posterior.json"));
        var generatedBy = System.Text.Json.JsonDocument.Parse(text).RootElement.GetProperty("generated_by").GetString()!;

        Assert.Equal(text, ParameterPosterior.Parse(text, "data/posterior.json").ToJson(generatedBy));
    }

    [Fact]
    public void Mismatch_ChangedValue_NamesBothFingerprints()
    {
        var name = Shipped.Names[0];
        var changed = ModelParameters.Default.With(new Dictionary<string, double> { [name] = ModelParameters.Default[name] * 1.01 });

        var mismatch = Shipped.Mismatch(changed);

        Assert.NotNull(mismatch);
        Assert.Contains(Shipped.Fingerprint, mismatch);
        Assert.Contains(changed.Fingerprint, mismatch);
    }

    [Fact]
    public void Mismatch_ChangedPrior_NamesTheParameter()
    {
        var root = ParameterDocumentationTests.RepositoryRoot();
        var yaml = File.ReadAllText(Path.Combine(root, "data", "parameters.yaml"))
            .Replace("atp_turnover_at_1rm: {value: 4.0, unit: \"mmol ATP/kg/s\", basis: calibrated, prior_log_sd: 0.49,", "atp_turnover_at_1rm: {value: 4.0, unit: \"mmol ATP/kg/s\", basis: calibrated, prior_log_sd: 0.3,", StringComparison.Ordinal);
        var changed = ModelParameters.Parse(yaml, "changed.yaml");
        Assert.Equal(0.3, changed.All.Single(p => p.Name == "atp_turnover_at_1rm").PriorLogSd);

        var mismatch = Shipped.Mismatch(changed);

        Assert.NotNull(mismatch);
        Assert.Contains("atp_turnover_at_1rm", mismatch);
    }

    [Fact]
    public void Covariance_IsSymmetricPositiveDefinite()
    {
        var covariance = Shipped.Covariance;
        Assert.Equal(Shipped.Names.Count, covariance.RowCount);
        Assert.Equal(Shipped.Names.Count, covariance.ColumnCount);
        for (var i = 0; i < covariance.RowCount; i++)
        {
            for (var j = 0; j < i; j++)
            {
                Assert.Equal(covariance[i, j], covariance[j, i]);
            }
        }
        var eigen = covariance.Evd(Symmetricity.Symmetric).EigenValues.Select(v => v.Real).ToArray();
        Assert.All(eigen, v => Assert.True(v > 0, $"eigenvalue {v} of the posterior covariance is not positive"));
    }

    [Fact]
    public void Covariance_IsTheInverseOfInformationPlusPriorPrecision()
    {
        var precision = Shipped.Information + Matrix<double>.Build.DenseOfDiagonalArray(Shipped.PriorLogSd.Select(s => 1 / (s * s)).ToArray());
        var product = precision * Shipped.Covariance;
        var identity = Matrix<double>.Build.DenseIdentity(Shipped.Names.Count);
        Assert.True((product - identity).InfinityNorm() < 1e-8, $"P Σ differs from I by {(product - identity).InfinityNorm()}");
    }

    [Fact]
    public void PosteriorSd_NoParameterAboveItsPrior()
    {
        // The data can only add information: no marginal SD grows.
        for (var i = 0; i < Shipped.Names.Count; i++)
        {
            Assert.True(Shipped.PosteriorLogSd[i] <= Shipped.PriorLogSd[i] * (1 + 1e-12),
                $"{Shipped.Names[i]}: posterior SD {Shipped.PosteriorLogSd[i]} above prior SD {Shipped.PriorLogSd[i]}");
        }
        // And the calibration cases do narrow some (docs/calibration.md: rank 24 of 38).
        Assert.Contains(Enumerable.Range(0, Shipped.Names.Count), i => Shipped.PosteriorLogSd[i] < 0.9 * Shipped.PriorLogSd[i]);
    }

    [Fact]
    public void PosteriorSd_ParameterNoNumericCaseMoves_EqualsPriorSd()
    {
        // A parameter with no information (its row of J'J is zero) is independent of the others a posteriori: its
        // posterior is its prior. cortisol_secretion_max is one (docs/calibration.md: no numeric case moves it).
        var unmoved = Enumerable.Range(0, Shipped.Names.Count).Where(i => Shipped.Information.Row(i).All(v => v == 0)).ToArray();
        Assert.Contains(Array.IndexOf(Shipped.Names.ToArray(), "cortisol_secretion_max"), unmoved);
        Assert.All(unmoved, i => Assert.True(Math.Abs(Shipped.PosteriorLogSd[i] / Shipped.PriorLogSd[i] - 1) < 1e-9,
            $"{Shipped.Names[i]}: posterior SD {Shipped.PosteriorLogSd[i]}, prior SD {Shipped.PriorLogSd[i]}"));
    }

    [Fact]
    public void Compute_NoInformation_GivesThePriorExactly()
    {
        var names = ParameterPosterior.CalibratedNames(ModelParameters.Default);
        var posterior = ParameterPosterior.Compute(ModelParameters.Default, names, Matrix<double>.Build.Dense(names.Count, names.Count), 1.0, 0, 0);

        for (var i = 0; i < names.Count; i++)
        {
            var prior = ModelParameters.Default.All.Single(p => p.Name == names[i]).PriorLogSdOrDefault;
            Assert.Equal(prior, posterior.PosteriorLogSd[i], 12);
        }
        Assert.Equal(Parameter.DefaultPriorLogSd, posterior.PriorLogSd[names.ToList().IndexOf("gh_exercise_plateau")]);
    }

    [Fact]
    public void Parse_OfToJson_GivesTheSamePosterior()
    {
        var again = ParameterPosterior.Parse(Shipped.ToJson("test"), "test.json");

        Assert.Equal(Shipped.Fingerprint, again.Fingerprint);
        Assert.Equal(Shipped.Names, again.Names);
        Assert.Equal(Shipped.Covariance, again.Covariance);
        Assert.Equal(Shipped.Information, again.Information);
    }

    [Fact]
    public void Parse_NotPositiveDefinite_ThrowsFormatException()
    {
        var json = Shipped.ToJson("test");
        var broken = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        broken["covariance"]![0]![0] = -1.0;

        var error = Assert.Throws<FormatException>(() => ParameterPosterior.Parse(broken.ToJsonString(), "broken.json"));
        Assert.Contains("broken.json", error.Message);
    }

    [Fact]
    public void Draw_SameSeedAndIndex_SameSet_OtherIndexOtherSet()
    {
        var a = Shipped.Draw(ModelParameters.Default, seed: 5, index: 3);
        var b = Shipped.Draw(ModelParameters.Default, seed: 5, index: 3);
        var c = Shipped.Draw(ModelParameters.Default, seed: 5, index: 4);
        var d = Shipped.Draw(ModelParameters.Default, seed: 6, index: 3);

        Assert.Equal(a.Fingerprint, b.Fingerprint);
        Assert.NotEqual(a.Fingerprint, c.Fingerprint);
        Assert.NotEqual(a.Fingerprint, d.Fingerprint);
        // Only the calibrated parameters are drawn.
        Assert.All(ModelParameters.Default.All.Where(p => p.Basis != "calibrated"), p => Assert.Equal(p.Value, a[p.Name]));
    }

    [Fact]
    public void Draw_ManySets_FollowThePosterior()
    {
        // The sample SD of ln(drawn / shipped) approaches √Σᵢᵢ, and a correlation the data imply shows in the draws:
        // with n = 4000 the SD of a sample SD is about 1.1 % of it; 5 % is a clear failure of L, not chance.
        const int n = 4000;
        var logs = new double[Shipped.Names.Count][];
        for (var i = 0; i < logs.Length; i++)
        {
            logs[i] = new double[n];
        }
        for (var k = 0; k < n; k++)
        {
            var drawn = Shipped.Draw(ModelParameters.Default, seed: 0, index: k);
            for (var i = 0; i < logs.Length; i++)
            {
                logs[i][k] = Math.Log(drawn[Shipped.Names[i]] / ModelParameters.Default[Shipped.Names[i]]);
            }
        }
        for (var i = 0; i < logs.Length; i++)
        {
            var sd = MathNet.Numerics.Statistics.Statistics.StandardDeviation(logs[i]);
            Assert.True(Math.Abs(sd / Shipped.PosteriorLogSd[i] - 1) < 0.05, $"{Shipped.Names[i]}: draws' SD {sd}, posterior {Shipped.PosteriorLogSd[i]}");
        }
        // The most correlated pair of the posterior.
        var (a, b, r) = Enumerable.Range(0, logs.Length).SelectMany(i => Enumerable.Range(0, i).Select(j => (i, j,
            r: Shipped.Covariance[i, j] / (Shipped.PosteriorLogSd[i] * Shipped.PosteriorLogSd[j])))).MaxBy(x => Math.Abs(x.r));
        Assert.True(Math.Abs(r) > 0.2, $"the posterior's largest correlation is only {r}");
        var sampled = MathNet.Numerics.Statistics.Correlation.Pearson(logs[a], logs[b]);
        Assert.True(Math.Abs(sampled - r) < 0.05, $"{Shipped.Names[a]} ~ {Shipped.Names[b]}: draws' r {sampled}, posterior {r}");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("x")]
    [InlineData("6")]
    public void Parse_BadPriorLogSd_ThrowsNamingParameterAndRange(string value)
    {
        var yaml = $"parameters:\n  k: {{value: 1, unit: s, basis: calibrated, prior_log_sd: {value}, source: \"a source text\"}}\n";

        var error = Assert.Throws<FormatException>(() => ModelParameters.Parse(yaml, "p.yaml"));

        Assert.Contains("p.yaml:2", error.Message);
        Assert.Contains("'k'", error.Message);
        Assert.Contains("prior_log_sd must be a number above 0 and at most 5", error.Message);
    }
}
