using Surge.Quantities;
using Surge.Simulation;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Physiology;

/// <summary>
/// Properties over sweeps of one lever at a time (issue: fidelity out of sample): each test simulates a range of
/// variations of one session and compares them, so a response holds across the range, not only at the points the
/// validation cases name. Messages carry the observed numbers.
/// </summary>
public sealed class SweepPropertyTests
{
    /// <summary>Squat, bench press, leg press and lat pulldown, <paramref name="setsEach"/> × 10 at 10RM with <paramref name="restSeconds"/> rests, 17:30.</summary>
    private static Session FourExercises(int setsEach, int restSeconds = 60) =>
        Sessions.Build().At(17, 30).For(Athletes.Man(age: 25))
            .Exercise("back squat", setsEach, 10, Load.RepetitionMaximum(10), TimeSpan.FromSeconds(restSeconds))
            .Exercise("bench press", setsEach, 10, Load.RepetitionMaximum(10), TimeSpan.FromSeconds(restSeconds))
            .Exercise("leg press", setsEach, 10, Load.RepetitionMaximum(10), TimeSpan.FromSeconds(restSeconds))
            .Exercise("lat pulldown", setsEach, 10, Load.RepetitionMaximum(10), TimeSpan.FromSeconds(restSeconds))
            .Build();

    /// <summary>Asserts that each of <paramref name="measures"/> has a larger peak excess at every step of <paramref name="results"/>.</summary>
    private static void RisesAtEveryStep(IReadOnlyList<SimulationResult> results, string steps, string format, params Measure[] measures)
    {
        foreach (var measure in measures)
        {
            var peaks = results.Select(r => r[measure].PeakExcess()).ToArray();
            var message = $"{measure} peak excess {steps}: " + string.Join(", ", peaks.Select(p => p.ToString(format, System.Globalization.CultureInfo.InvariantCulture)));
            for (var i = 1; i < peaks.Length; i++)
            {
                Assert.True(peaks[i] > peaks[i - 1], message);
            }
        }
    }

    [Fact]
    public void Cortisol_LongShortRestSession_KeepsRisingUntilTheLastSetAndPeaksWithin15MinAfter()
    {
        // 32 sets with 60-s rests (about 50 min): the HPA drive lasts as long as the work, so cortisol rises while the
        // work goes on (no ceiling), and peaks at the end or within minutes of it (Kraemer 1993: peak 0–5 min post).
        var result = FourExercises(setsEach: 8).Simulate();
        var cortisol = result[Measure.Cortisol];
        var end = result.Session.EndMin;
        var twoThirds = (int)Math.Floor(end * 2.0 / 3.0);
        var last = (int)Math.Floor(end);
        var message = $"excess at {twoThirds} min {cortisol.ExcessAt(twoThirds):0.#}, at {last} min {cortisol.ExcessAt(last):0.#} nmol/L; peak at {cortisol.PeakT:0.#} min, session ends {end:0.#} min";
        Assert.True(cortisol.ExcessAt(last) > 1.2 * cortisol.ExcessAt(twoThirds), message);
        Assert.InRange(cortisol.PeakT, end - 1.0, end + 15.0);
    }

    [Fact]
    public void Cortisol_SessionLengthSweep_PeakExcessKeepsGrowingWithoutACeiling()
    {
        // 2, 4, 6, 8 sets of each exercise: every longer session raises cortisol further, and the step from 4 to 8
        // sets adds at least a third (a fast-feedback ceiling at about +130 nmol/L would flatten it).
        var peaks = new[] { 2, 4, 6, 8 }.Select(n => FourExercises(n).Simulate()[Measure.Cortisol].PeakExcess()).ToArray();
        var message = "peak excess by sets per exercise (2, 4, 6, 8): " + string.Join(", ", peaks.Select(p => p.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))) + " nmol/L";
        for (var i = 1; i < peaks.Length; i++)
        {
            Assert.True(peaks[i] > peaks[i - 1], message);
        }
        Assert.True(peaks[3] > 1.33 * peaks[1], message);
    }

    /// <summary>4 × 10RM squat + 4 × 10RM leg press, 10:00, only the rest changed.</summary>
    private static Session LegTenRm(int restSeconds) =>
        Sessions.Build().At(10, 0).For(Athletes.Man(age: 25))
            .Exercise("back squat", 4, 10, Load.RepetitionMaximum(10), TimeSpan.FromSeconds(restSeconds))
            .Exercise("leg press", 4, 10, Load.RepetitionMaximum(10), TimeSpan.FromSeconds(restSeconds))
            .Build();

    [Fact]
    public void AllMeasures_LoadSweepAtEqualReps_RiseAtEveryStepFrom40To75PercentOneRm()
    {
        // Collins 1989: the same 10 repetitions make more lactate, fluid shift and hormone response the heavier the
        // load (P3: the response is largest near moderate-high loads). 4 + 4 sets of 10 at 40, 50, 60, 70, 75 %1RM.
        var loads = new[] { 40.0, 50.0, 60.0, 70.0, 75.0 };
        var results = loads.Select(l => Sessions.Build().At(10, 0).For(Athletes.Man(age: 25))
            .Exercise("back squat", 4, 10, Load.PercentOfOneRm(l), TimeSpan.FromSeconds(90))
            .Exercise("leg press", 4, 10, Load.PercentOfOneRm(l), TimeSpan.FromSeconds(90))
            .Build().Simulate()).ToArray();
        RisesAtEveryStep(results, "at 40, 50, 60, 70, 75 %1RM", "0.00", Measure.Lactate, Measure.GrowthHormone, Measure.Cortisol, Measure.TotalTestosterone);
    }

    [Fact]
    public void GrowthHormone_RestSweep_EveryShorterRestRaisesThePeak()
    {
        // P3: shorter rests raise the response. 30 to 300 s: each shorter rest gives a GH peak at least 5 % higher
        // (the ordering threshold of the validation grader), although the session is shorter and secretes for less
        // time; and 60 s against 180 s gives at least a third more (Boroujerdi & Rahimi 2008; Rahimi 2010: +64 %).
        var rests = new[] { 30, 60, 90, 120, 180, 300 };
        var peaks = rests.Select(r => LegTenRm(r).Simulate()[Measure.GrowthHormone].Peak).ToArray();
        var message = "GH peak by rest (30, 60, 90, 120, 180, 300 s): " + string.Join(", ", peaks.Select(p => p.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))) + " ug/L";
        for (var i = 1; i < peaks.Length; i++)
        {
            Assert.True(peaks[i - 1] > 1.05 * peaks[i], message);
        }
        Assert.True(peaks[1] > 1.33 * peaks[4], message);
    }

    [Fact]
    public void AllMeasures_SetsSweep_EveryExtraSetRaisesThePeak()
    {
        // P3: the response grows with sets (Gotshalk 1997: 3 sets above 1 set; Ratamess 2005: 6 sets above 1 set).
        // Squat and leg press, 1 to 6 sets each of 10 at 10RM with 90-s rests: every added set raises the peak excess of
        // lactate, GH, cortisol and total T.
        var sets = new[] { 1, 2, 3, 4, 6 };
        var results = sets.Select(n => Sessions.Build().At(10, 0).For(Athletes.Man(age: 25))
            .Exercise("back squat", n, 10, Load.RepetitionMaximum(10), TimeSpan.FromSeconds(90))
            .Exercise("leg press", n, 10, Load.RepetitionMaximum(10), TimeSpan.FromSeconds(90))
            .Build().Simulate()).ToArray();
        RisesAtEveryStep(results, "at 1, 2, 3, 4, 6 sets each", "0.00", Measure.Lactate, Measure.GrowthHormone, Measure.Cortisol, Measure.TotalTestosterone);
    }

    [Fact]
    public void AllMeasures_MuscleMassSweep_LargerWorkingMassRaisesThePeak()
    {
        // P4: the response scales with the working muscle mass. The same 4 x 10 at 10RM with 90-s rests on one arm's
        // elbow flexors, both arms', one leg's quadriceps, both legs' quadriceps and then squats (quadriceps, glutes,
        // adductors, hamstrings): each larger mass gives a larger peak excess of lactate, GH and total T (Wirtz 2014
        // for lactate: one arm < two arms < two legs).
        var bouts = new (string Exercise, Side Side)[]
        {
            ("dumbbell curl", Side.Left), ("dumbbell curl", Side.Both), ("leg extension", Side.Left), ("leg extension", Side.Both), ("back squat", Side.Both),
        };
        var results = bouts.Select(b => Sessions.Build().At(10, 0).For(Athletes.Man(age: 25))
            .Exercise(b.Exercise, 4, 10, Load.RepetitionMaximum(10), TimeSpan.FromSeconds(90), side: b.Side)
            .Build().Simulate()).ToArray();
        RisesAtEveryStep(results, "(one arm, two arms, one leg, two legs, squat)", "0.000", Measure.Lactate, Measure.GrowthHormone, Measure.TotalTestosterone);
    }
}

/// <summary>Age: continuous curves, no steps and no age at which a response is switched off.</summary>
public sealed class AgePropertyTests
{
    private static double GhPeakExcess(Athlete athlete) => Sessions.LegDay(athlete).Simulate()[Measure.GrowthHormone].PeakExcess();

    [Theory]
    [InlineData(Sex.Male)]
    [InlineData(Sex.Female)]
    public void GrowthHormone_AgeSweep_FallsAtEveryStepAndNeverReachesZero(Sex sex)
    {
        // Häkkinen & Pakarinen 1995: the rise shrinks with age (less at 50, none measurable at 70); the model's
        // decline is continuous, so every five years lowers it and no age gives exactly nothing.
        var ages = Enumerable.Range(0, 13).Select(i => 25.0 + 5 * i).ToArray();
        var excess = ages.Select(a => GhPeakExcess(Athlete.Create(sex) with { AgeYears = a })).ToArray();
        var message = $"{sex} leg day GH peak excess at ages 25-85: " + string.Join(", ", excess.Select(e => e.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture))) + " ug/L";
        for (var i = 1; i < excess.Length; i++)
        {
            Assert.True(excess[i] < excess[i - 1], message);
        }
        Assert.True(excess[^1] > 0.0, message);
    }

    [Theory]
    [InlineData(49.0, 50.0)]
    [InlineData(69.0, 70.0)]
    public void GrowthHormone_OneYearOlderMan_ChangesTheResponseByLessThanAFifth(double younger, double older)
    {
        // The first model's response stepped to zero at 70 (0.06 against 5.9 ug/L at 49); one year now moves it
        // by far less than a fifth.
        var a = GhPeakExcess(Athletes.Man(age: younger));
        var b = GhPeakExcess(Athletes.Man(age: older));
        Assert.True(b < a && b > 0.8 * a, $"GH peak excess {a:0.###} ug/L at {younger} years, {b:0.###} at {older}");
    }
}

/// <summary>Sex: one mechanism for both (no response switched off by decree).</summary>
public sealed class SexPropertyTests
{
    [Fact]
    public void Testosterone_WomansLegDay_RisesBeyondHemoconcentrationButLessThanAMans()
    {
        var woman = Sessions.WomanLegDay().Simulate();
        var man = Sessions.LegDay().Simulate();
        // Plasma-volume corrected rise: the clearance mechanism acts in women too (Nindl 2001: +25 % in 47 women).
        var womanCorrected = woman.Diagnostics.PeakTotalTestosteroneCorrectedChangePct;
        var manCorrected = man.Diagnostics.PeakTotalTestosteroneCorrectedChangePct;
        var message = $"corrected T rise: woman {womanCorrected:0.##} %, man {manCorrected:0.##} %";
        Assert.True(womanCorrected > 1.0, message);
        Assert.True(womanCorrected < manCorrected, message);
    }
}
