using Surge.Validation;

namespace Surge.Tests.Validation;

/// <summary>The leave-one-study-out figures as data (data/cross-validation.json).</summary>
public sealed class CrossValidationSummaryTests
{
    private static readonly CrossValidationSummary _summary = new(
        "0123456789abcdef",
        ["gh_exercise_plateau", "lactate_space"],
        [new CrossValidationRow("growth_hormone", 3, 16, 2.88, 3.3012345), new CrossValidationRow("all", 9, 37, 3.86, 4.03)],
        [new CrossValidationRow("Morton et al. 2018", 1, 2, 13.6, 13.76), new CrossValidationRow("Kraemer et al. 1991", 1, 0, double.NaN, double.NaN)]);

    [Fact]
    public void ToJson_ThenParse_GivesTheSameFiguresToFourDecimals()
    {
        var parsed = CrossValidationSummary.Parse(_summary.ToJson(), "test.json");
        Assert.Equal(_summary.Fingerprint, parsed.Fingerprint);
        Assert.Equal(_summary.Refitted, parsed.Refitted);
        Assert.Equal(["growth_hormone", "all"], parsed.ByMeasure.Select(r => r.Name));
        Assert.Equal(3.3012, parsed.ByMeasure[0].LeftOut, 12);
        Assert.Equal(16, parsed.ByMeasure[0].Numeric);
        // A study without numeric cases has no RMS: null in the file, NaN again when read.
        Assert.True(double.IsNaN(parsed.ByStudy[1].InSample));
        Assert.Contains("\"left_out\": null", _summary.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NotTheFigures_NamesTheFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => CrossValidationSummary.Parse("{\"fingerprint\": \"x\"}", "data/cross-validation.json"));
        Assert.StartsWith("data/cross-validation.json: not the leave-one-study-out figures", error.Message, StringComparison.Ordinal);
    }
}
