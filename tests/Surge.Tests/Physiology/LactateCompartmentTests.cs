using Surge.Physiology;
using Surge.Quantities;
using Surge.Simulation;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Physiology;

/// <summary>
/// The lactate space in two parts (docs/model.md, section 4): the blood equilibrates at once with a central share and
/// fills the rest over minutes. Each test simulates the same session with the shipped parts and with one space filled
/// at once (central fraction 1, the earlier model) and compares.
/// </summary>
public sealed class LactateCompartmentTests
{
    private static readonly ModelParameters _oneSpace = ModelParameters.Default.With(new Dictionary<string, double> { ["lactate_central_fraction"] = 1.0 });

    private static Session OneSetOfSquats() =>
        Sessions.Build().At(17, 0).For(Athletes.Man(age: 24))
            .Exercise("back squat", 1, 10, Load.RepetitionMaximum(10), TimeSpan.FromMinutes(2))
            .Build();

    [Fact]
    public void OneHeavySet_BloodLactateRisesSoonerWithTheCentralPart()
    {
        var session = OneSetOfSquats();
        var twoParts = session.Simulate()[Measure.Lactate];
        var oneSpace = session.Simulate(_oneSpace)[Measure.Lactate];
        var end = (int)Math.Ceiling(session.Simulate().Session.EndMin);
        var message = $"at {end + 1} min {twoParts.Values[end + 1]:0.00} vs {oneSpace.Values[end + 1]:0.00} mmol/L";

        // Right after the set the lactate released meets a third of the space: a clearly higher blood level.
        Assert.True(twoParts.Values[end + 1] - 1.0 > 1.5 * (oneSpace.Values[end + 1] - 1.0), message);
    }

    [Fact]
    public void OneHeavySet_PeaksEarlierWithTheCentralPart()
    {
        var session = OneSetOfSquats();
        var twoParts = session.Simulate()[Measure.Lactate];
        var oneSpace = session.Simulate(_oneSpace)[Measure.Lactate];
        Assert.True(twoParts.PeakT < oneSpace.PeakT, $"peaks at {twoParts.PeakT} vs {oneSpace.PeakT} min");
    }

    /// <summary>
    /// After its peak, blood lactate only falls (to within 0.01 mmol/L from one minute to the next) in every shipped
    /// example: the stiff exchange between a small central volume and the muscles must not make the integrator
    /// oscillate (it did at two-minute steps, section 11).
    /// </summary>
    [Theory]
    [InlineData("leg-day.yaml")]
    [InlineData("hypertrophy-10rm-1min.yaml")]
    [InlineData("full-body.yaml")]
    [InlineData("strength-5rm-3min.yaml")]
    [InlineData("arm-day.yaml")]
    public void Recovery_BloodLactateFallsSteadilyAfterItsPeak(string example)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "examples", example);
        var read = Surge.App.InputFiles.LoadSession(path, Surge.Catalogue.ExerciseCatalogue.Default);
        Assert.True(read.Success, read.Error?.ToString());
        var result = SessionSimulator.Default.Simulate(read.Session!);
        var lactate = result[Measure.Lactate].Values;
        var start = (int)Math.Ceiling(Math.Max(result[Measure.Lactate].PeakT, result.Session.EndMin)) + 1;
        for (var t = start + 1; t < lactate.Count; t++)
        {
            Assert.True(lactate[t] <= lactate[t - 1] + 0.01, $"{example}: {lactate[t - 1]:0.000} → {lactate[t]:0.000} mmol/L at {t} min");
        }
    }
}
