using Surge.Catalogue;
using Surge.Quantities;
using Surge.Simulation;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Physiology;

/// <summary>
/// The physiology properties P1–P8 of design/product.md and the expectations beyond the seed: each test
/// simulates sessions and compares. Messages carry the observed numbers.
/// </summary>
public sealed class AcutePropertyTests
{
    private static readonly TimeSpan _sixty = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan _ninety = TimeSpan.FromSeconds(90);

    private static readonly Lazy<SimulationResult> _legDay = new(() => Sessions.LegDay().Simulate());
    private static readonly Lazy<SimulationResult> _armDay = new(() => Sessions.ArmDay().Simulate());
    private static readonly Lazy<SimulationResult> _hypertrophy = new(() => Sessions.Hypertrophy10RmOneMinute().Simulate());
    private static readonly Lazy<SimulationResult> _strength = new(() => Sessions.Strength5RmThreeMinutes().Simulate());

    /// <summary>Back squat and leg press, <paramref name="sets"/> sets each of <paramref name="reps"/> at <paramref name="percent"/> %1RM.</summary>
    private static Session Thighs(int sets, int reps = 10, double percent = 75, int restSeconds = 90, bool toFailure = false, Tempo? tempo = null) =>
        Sessions.Build().At(17, 30).For(Athletes.Man(age: 25))
            .Exercise("back squat", sets, reps, Load.PercentOfOneRm(percent), TimeSpan.FromSeconds(restSeconds), toFailure: toFailure, tempo: tempo)
            .Exercise("leg press", sets, reps, Load.PercentOfOneRm(percent), TimeSpan.FromSeconds(restSeconds), toFailure: toFailure, tempo: tempo)
            .Build();

    /// <summary>Four sets each of squat and leg press to failure at <paramref name="percent"/> %1RM (reps from the reps-to-%1RM relation).</summary>
    private static Session ThighsToFailureAt(double percent)
    {
        var reps = Math.Max(1, (int)Math.Round(RepetitionMaximum.MaximumRepetitions(percent / 100.0)));
        return Thighs(sets: 4, reps: reps, percent: percent, toFailure: true);
    }

    // ---------------------------------------------------------------- P1: HPA axis and session stress

    [Fact]
    public void Cortisol_MoreSets_PeakChangeHpaAndSympatheticDriveRise()
    {
        var r = new[] { 2, 4, 6 }.Select(n => Thighs(sets: n).Simulate()).ToArray();
        var change = r.Select(x => x[Measure.Cortisol].PeakChangePct).ToArray();
        var hpa = r.Select(x => x.Diagnostics.PeakHpaDrive).ToArray();
        var sympathetic = r.Select(x => x.Diagnostics.PeakSympatheticDrive).ToArray();
        var message = $"2/4/6 sets: cortisol change {Join(change)} %, HPA drive {Join(hpa)}, sympathetic drive {Join(sympathetic)}";
        Assert.True(change[0] < change[1] && change[1] < change[2], message);
        Assert.True(hpa[0] < hpa[1] && hpa[1] < hpa[2], message);
        Assert.True(sympathetic[0] <= sympathetic[1] && sympathetic[1] <= sympathetic[2] && sympathetic[0] < sympathetic[2], message);
    }

    [Fact]
    public void Cortisol_ShorterRests_PeakChangeAndHpaDriveRise()
    {
        var shortRest = Thighs(sets: 4, restSeconds: 60).Simulate();
        var longRest = Thighs(sets: 4, restSeconds: 180).Simulate();
        var message = $"60 s vs 180 s rests: cortisol change {shortRest[Measure.Cortisol].PeakChangePct:0.##} vs {longRest[Measure.Cortisol].PeakChangePct:0.##} %, "
            + $"HPA drive {shortRest.Diagnostics.PeakHpaDrive:0.###} vs {longRest.Diagnostics.PeakHpaDrive:0.###}";
        Assert.True(shortRest[Measure.Cortisol].PeakChangePct > longRest[Measure.Cortisol].PeakChangePct, message);
        Assert.True(shortRest.Diagnostics.PeakHpaDrive > longRest.Diagnostics.PeakHpaDrive, message);
    }

    [Fact]
    public void Cortisol_HypertrophyVersusStrengthProtocol_HypertrophyAbove20PctAndTwiceStrength()
    {
        // High-volume short-rest work drives the HPA axis hardest (McCall 1999: +48 %); the strength protocol of 24
        // sets of 5RM with 3-min rests raises cortisol far less (docs/model.md, section 12: the studies disagree on
        // whether it raises it at all, Kraemer 1993 saw a rise after 10RM sets with 3-min rests).
        var hypertrophy = _hypertrophy.Value;
        var strength = _strength.Value;
        var message = $"10RM/1-min cortisol change {hypertrophy[Measure.Cortisol].PeakChangePct:0.##} % (HPA {hypertrophy.Diagnostics.PeakHpaDrive:0.###}), "
            + $"5RM/3-min {strength[Measure.Cortisol].PeakChangePct:0.##} % (HPA {strength.Diagnostics.PeakHpaDrive:0.###})";
        Assert.True(hypertrophy[Measure.Cortisol].PeakChangePct > 20.0, message);
        Assert.True(hypertrophy[Measure.Cortisol].PeakChangePct > 2.0 * strength[Measure.Cortisol].PeakChangePct, message);
        Assert.True(hypertrophy.Diagnostics.PeakHpaDrive > strength.Diagnostics.PeakHpaDrive, message);
    }

    [Fact]
    public void Cortisol_TwentySinglesAtOneRepMax_NoRise()
    {
        // Häkkinen & Pakarinen 1993: 20 x 1 squat at 100 %1RM with 3-min rests left cortisol unchanged.
        var singles = Sessions.Build().At(10, 0).Exercise("back squat", sets: 20, reps: 1, load: Load.PercentOfOneRm(100), rest: TimeSpan.FromMinutes(3)).Build().Simulate();
        Assert.True(singles[Measure.Cortisol].PeakChangePct < 5.0, $"20 x 1 at 100 %1RM: cortisol change {singles[Measure.Cortisol].PeakChangePct:0.##} %");
    }

    // ---------------------------------------------------------------- P2: T, free T and GH rise

    [Theory]
    [InlineData(Measure.TotalTestosterone, 1.05)]
    [InlineData(Measure.FreeTestosterone, 1.05)]
    [InlineData(Measure.GrowthHormone, 2.0)]
    public void LegDay_Hormone_RisesAboveNoExerciseCurve(Measure measure, double minimumRatio)
    {
        var m = _legDay.Value[measure];
        var ratio = m.Values.Select((v, i) => v / m.NoExerciseValues[i]).Max();
        Assert.True(ratio >= minimumRatio,
            $"{measure.Id()}: largest value / no-exercise value = {ratio:0.###} (peak {m.Peak:0.###} {m.Unit} at {m.PeakT} min), expected ≥ {minimumRatio}");
    }

    // ---------------------------------------------------------------- P3: volume, load, rest

    [Fact]
    public void GrowthHormoneAndLactate_MoreSets_PeaksIncrease()
    {
        var r = new[] { 2, 4, 6 }.Select(n => Thighs(sets: n).Simulate()).ToArray();
        var gh = r.Select(x => x[Measure.GrowthHormone].Peak).ToArray();
        var lactate = r.Select(x => x[Measure.Lactate].Peak).ToArray();
        var message = $"2/4/6 sets per exercise: GH peak {Join(gh)} ug/L, lactate peak {Join(lactate)} mmol/L";
        Assert.True(gh[0] < gh[1] && gh[1] < gh[2], message);
        Assert.True(lactate[0] < lactate[1] && lactate[1] < lactate[2], message);
    }

    [Fact]
    public void GrowthHormoneLactateAndTestosterone_EqualSetsToFailure_ModerateHighLoadBeatsNearMaximalLoad()
    {
        // 40 %1RM is simulated for the record (45-rep sets to failure); the property compares 75 with 95 %1RM.
        var r = new[] { 40.0, 75.0, 95.0 }.Select(p => ThighsToFailureAt(p).Simulate()).ToArray();
        var (at75, at95) = (r[1], r[2]);
        var message = $"to failure at 40/75/95 %1RM: lactate peak {Join(r.Select(x => x[Measure.Lactate].Peak))} mmol/L, "
            + $"GH peak {Join(r.Select(x => x[Measure.GrowthHormone].Peak))} ug/L, total T change {Join(r.Select(x => x[Measure.TotalTestosterone].PeakChangePct))} %";
        Assert.True(at75[Measure.Lactate].Peak > at95[Measure.Lactate].Peak, message);
        Assert.True(at75[Measure.GrowthHormone].Peak > at95[Measure.GrowthHormone].Peak, message);
        Assert.True(at75[Measure.TotalTestosterone].PeakChangePct > at95[Measure.TotalTestosterone].PeakChangePct, message);
    }

    [Fact]
    public void Energetics_ShorterRests_LessPhosphocreatineRecoveryMoreLactate()
    {
        var shortRest = Thighs(sets: 4, restSeconds: 60).Simulate();
        var longRest = Thighs(sets: 4, restSeconds: 180).Simulate();
        var message = $"60 s vs 180 s: lowest PCr {shortRest.Diagnostics.LowestPhosphocreatinePct:0.#} vs {longRest.Diagnostics.LowestPhosphocreatinePct:0.#} %, "
            + $"lactate peak {shortRest[Measure.Lactate].Peak:0.##} vs {longRest[Measure.Lactate].Peak:0.##} mmol/L";
        Assert.True(shortRest.Diagnostics.LowestPhosphocreatinePct < longRest.Diagnostics.LowestPhosphocreatinePct, message);
        Assert.True(shortRest[Measure.Lactate].Peak > longRest[Measure.Lactate].Peak, message);
    }

    [Fact]
    public void GrowthHormone_ShorterRests_PeakRises()
    {
        var shortRest = Thighs(sets: 4, restSeconds: 60).Simulate();
        var longRest = Thighs(sets: 4, restSeconds: 180).Simulate();
        Assert.True(shortRest[Measure.GrowthHormone].Peak > longRest[Measure.GrowthHormone].Peak,
            $"60 s vs 180 s rests: GH peak {shortRest[Measure.GrowthHormone].Peak:0.###} vs {longRest[Measure.GrowthHormone].Peak:0.###} ug/L "
            + $"(lactate peak {shortRest[Measure.Lactate].Peak:0.##} vs {longRest[Measure.Lactate].Peak:0.##} mmol/L)");
    }

    // ---------------------------------------------------------------- P4: active muscle mass

    [Fact]
    public void Testosterone_LegDayVersusArmDayOfEqualSets_LegBeatsArmThreefoldArmNoRiseBeyondHemoconcentration()
    {
        // P4: arm-only work gives ~no T response. The serum value of any session is also concentrated by the
        // plasma-volume shift (section 5; about −5 % after 16 sets of arm work, as fast as Pivarnik 1986 measured it),
        // which is not a hormonal response: the arm day's corrected T must stay below 5 % and its serum rise must be no
        // more than that concentration, while the leg day's serum rise is at least three times the arm day's.
        var leg = _legDay.Value;
        var arm = _armDay.Value;
        Assert.Equal(leg.Session.Sets, arm.Session.Sets);
        var legChange = leg[Measure.TotalTestosterone].PeakChangePct;
        var armChange = arm[Measure.TotalTestosterone].PeakChangePct;
        var armCorrected = arm.Diagnostics.PeakTotalTestosteroneCorrectedChangePct;
        var armConcentrationPct = 100.0 * (100.0 / (100.0 + arm.Diagnostics.LowestPlasmaVolumeChangePct) - 1.0);
        var message = $"total T change leg {legChange:0.##} % vs arm {armChange:0.##} % (arm corrected {armCorrected:0.##} %, arm hemoconcentration +{armConcentrationPct:0.##} %); "
            + $"active muscle mass leg {leg.Session.ActiveMuscleMassKg:0.##} kg vs arm {arm.Session.ActiveMuscleMassKg:0.##} kg";
        Assert.True(legChange >= 3.0 * armChange, message);
        Assert.True(armCorrected < 5.0, message);
        Assert.True(armChange <= armConcentrationPct + 0.5, message);
        Assert.True(leg.Session.ActiveMuscleMassKg > 3.0 * arm.Session.ActiveMuscleMassKg, message);
    }

    // ---------------------------------------------------------------- P5: lactate drives GH

    [Fact]
    public void Lactate_LegDay_PeaksBetween6And18MmolPerLWithin5MinOfLastSet()
    {
        var r = _legDay.Value;
        var lactate = r[Measure.Lactate];
        var afterEnd = lactate.PeakT - r.Session.EndMin;
        var message = $"lactate peak {lactate.Peak:0.##} {lactate.Unit} at {lactate.PeakT} min, last set ended at {r.Session.EndMin:0.##} min (peak − end = {afterEnd:0.##} min)";
        Assert.Equal("mmol/L", lactate.Unit);
        Assert.InRange(lactate.Baseline, 0.5, 2.5);
        Assert.True(lactate.Peak is >= 6.0 and <= 18.0, message);
        Assert.True(afterEnd is >= 0.0 and <= 5.0, message);
    }

    [Fact]
    public void GrowthHormone_LactateDriveOff_RiseRemovedApartFromHemoconcentration()
    {
        var withDrive = _legDay.Value;
        var without = Sessions.LegDay().Simulate(SimulationExtensions.With(("gh_exercise_plateau", 0.0)));
        var gh = without[Measure.GrowthHormone];
        var ratio = gh.Values.Select((v, i) => v / gh.NoExerciseValues[i]).Max();
        var hemoconcentration = 1.0 / (1.0 + without.Diagnostics.LowestPlasmaVolumeChangePct / 100.0);
        var message = $"GH drive off: largest GH / no-exercise = {ratio:0.####} (hemoconcentration alone {hemoconcentration:0.####}); "
            + $"with drive: GH peak {withDrive[Measure.GrowthHormone].Peak:0.##} ug/L, without {gh.Peak:0.###} ug/L";
        Assert.True(ratio <= hemoconcentration + 1e-9, message);
        Assert.True(withDrive[Measure.GrowthHormone].PeakExcess() > 10.0 * gh.PeakExcess(), message);
    }

    // ---------------------------------------------------------------- P6: damage

    [Fact]
    public void Damage_HeavierLoad_IndexRises()
    {
        var light = Thighs(sets: 4, reps: 6, percent: 60).Simulate().Diagnostics.DamageIndex;
        var heavy = Thighs(sets: 4, reps: 6, percent: 85).Simulate().Diagnostics.DamageIndex;
        Assert.True(heavy > light, $"4 × 6 at 60 vs 85 %1RM: damage index {light:0.###} vs {heavy:0.###}");
    }

    [Fact]
    public void Damage_MoreVolume_IndexRises()
    {
        var r = new[] { 2, 4, 6 }.Select(n => Thighs(sets: n).Simulate().Diagnostics.DamageIndex).ToArray();
        Assert.True(r[0] < r[1] && r[1] < r[2], $"2/4/6 sets: damage index {Join(r)}");
    }

    [Fact]
    public void Damage_SlowerEccentric_IndexRises()
    {
        var fast = Thighs(sets: 4, tempo: new Tempo(1, 0, 1, 0)).Simulate().Diagnostics.DamageIndex;
        var slow = Thighs(sets: 4, tempo: new Tempo(4, 0, 1, 0)).Simulate().Diagnostics.DamageIndex;
        Assert.True(slow > fast, $"tempo 1-0-1-0 vs 4-0-1-0: damage index {fast:0.###} vs {slow:0.###}");
    }

    [Fact]
    public void Cortisol_DamageWeightsZero_PeakLower()
    {
        var withDamage = _legDay.Value;
        var without = Sessions.LegDay().Simulate(SimulationExtensions.With(("cortisol_damage_weight", 0.0), ("testosterone_damage_weight", 0.0)));
        var message = $"leg day cortisol peak with damage {withDamage[Measure.Cortisol].Peak:0.##} nmol/L (HPA {withDamage.Diagnostics.PeakHpaDrive:0.####}), "
            + $"without {without[Measure.Cortisol].Peak:0.##} nmol/L (HPA {without.Diagnostics.PeakHpaDrive:0.####}); damage index {withDamage.Diagnostics.DamageIndex:0.###}";
        Assert.True(withDamage.Diagnostics.DamageIndex > 0.0, message);
        Assert.True(without[Measure.Cortisol].Peak < withDamage[Measure.Cortisol].Peak, message);
    }

    // ---------------------------------------------------------------- P7: time course of T

    public static TheoryData<string> TimedSessions => ["leg day", "hypertrophy 10RM 1 min"];

    private static SimulationResult Named(string name) => name == "leg day" ? _legDay.Value : _hypertrophy.Value;

    [Fact]
    public void TotalTestosterone_LegDay_PeaksWithin15MinAfterLastSet()
    {
        var r = _legDay.Value;
        var t = r[Measure.TotalTestosterone];
        var afterEnd = t.PeakT - r.Session.EndMin;
        Assert.True(afterEnd is >= 0.0 and <= 15.0,
            $"leg day: total T peak {t.Peak:0.##} nmol/L at {t.PeakT} min, last set ended at {r.Session.EndMin:0.##} min (peak − end = {afterEnd:0.##} min)");
    }

    [Fact]
    public void TotalTestosterone_SmallMuscleFinisher_PeaksWithin15MinAfterLastLegSet()
    {
        // The hypertrophy session ends with three sets of barbell curls after its leg and back work: the model's T
        // follows large-muscle work (exercise stress and the plasma-volume shift fall during the curls), so the peak
        // is timed from the end of the last set that works the legs (docs/model.md, section 12).
        var r = _hypertrophy.Value;
        var t = r[Measure.TotalTestosterone];
        var session = Sessions.Hypertrophy10RmOneMinute();
        var lastLegBout = session.Bouts.Select((b, i) => (b, i))
            .Last(x => x.b.Exercise.Primary.Any(g => g is MuscleGroup.Quadriceps or MuscleGroup.Hamstrings or MuscleGroup.Glutes)).i;
        var lastLegSetEnd = r.Sets.Where(s => s.BoutIndex == lastLegBout).Max(s => s.EndMin);
        var afterLegs = t.PeakT - lastLegSetEnd;
        Assert.True(afterLegs is >= 0.0 and <= 15.0,
            $"hypertrophy: total T peak {t.Peak:0.##} nmol/L at {t.PeakT} min, last leg set ended at {lastLegSetEnd:0.##} min (peak − that = {afterLegs:0.##} min)");
        Assert.True(t.PeakT <= r.Session.EndMin + 15.0, $"peak at {t.PeakT} min is more than 15 min after the last set ({r.Session.EndMin:0.##} min)");
    }

    [Theory]
    [MemberData(nameof(TimedSessions))]
    public void TotalTestosterone_Session_ExcessAt30MinIs40To90PctOfPeakExcess(string session)
    {
        var r = Named(session);
        var t = r[Measure.TotalTestosterone];
        var at30 = (int)Math.Round(r.Session.EndMin + 30.0);
        var peakExcess = t.PeakExcess();
        var fraction = t.ExcessAt(at30) / peakExcess;
        Assert.True(fraction is >= 0.4 and <= 0.9,
            $"{session}: total T excess {t.ExcessAt(at30):0.###} nmol/L at end + 30 min (t = {at30}) = {100 * fraction:0.#} % of the peak excess {peakExcess:0.###} nmol/L");
    }

    [Theory]
    [MemberData(nameof(TimedSessions))]
    public void TotalTestosterone_Session_BackToBaselineWithin120MinOfLastSet(string session)
    {
        var r = Named(session);
        var back = r[Measure.TotalTestosterone].BackToBaselineT;
        Assert.True(back is not null && back.Value - r.Session.EndMin <= 120.0,
            $"{session}: back_to_baseline_t = {back?.ToString("0.#") ?? "never"} min, end = {r.Session.EndMin:0.##} min");
    }

    // ---------------------------------------------------------------- P8: androgen receptors

    [Fact]
    public void AndrogenReceptorSensitivity_LegDay_UpInTrainedGroupOnlyInUntrained()
    {
        var ar = _legDay.Value.Diagnostics.AndrogenReceptorSensitivity;
        var quadriceps = ar[(int)MuscleGroup.Quadriceps];
        var elbowFlexors = ar[(int)MuscleGroup.ElbowFlexors];
        Assert.True(quadriceps > 1.0, $"quadriceps AR sensitivity {quadriceps:0.####}");
        Assert.Equal(1.0, elbowFlexors);
    }

    [Fact]
    public void ActiveMuscleMass_OneArmSession_HalfOfBothArms()
    {
        Session Curls(Side side) => Sessions.Build().At(17, 30)
            .Exercise("dumbbell curl", sets: 4, reps: 10, load: Load.Absolute(Mass.FromKilograms(14)), rest: _ninety, rir: 1, side: side, oneRmKg: 20)
            .Exercise("concentration curl", sets: 3, reps: 12, load: Load.RepetitionMaximum(12), rest: _sixty, side: side, tempo: new Tempo(3, 0, 1, 0))
            .Build();
        var left = Curls(Side.Left).Simulate();
        var both = Curls(Side.Both).Simulate();
        var ratio = left.Session.ActiveMuscleMassKg / both.Session.ActiveMuscleMassKg;
        Assert.True(ratio is >= 0.45 and <= 0.55,
            $"active muscle mass left {left.Session.ActiveMuscleMassKg:0.###} kg vs both {both.Session.ActiveMuscleMassKg:0.###} kg (ratio {ratio:0.###})");
        Assert.True(left.Diagnostics.AndrogenReceptorSensitivity[(int)MuscleGroup.ElbowFlexors] > 1.0, "the trained left elbow flexors up-regulate AR");
    }

    // ---------------------------------------------------------------- Beyond the seed

    [Fact]
    public void Women_LegDay_GrowthHormoneRiseSmallerButRestingHigher()
    {
        var woman = Sessions.WomanLegDay().Simulate()[Measure.GrowthHormone];
        var man = _legDay.Value[Measure.GrowthHormone];
        var message = $"GH rise woman {woman.Rise():0.##} vs man {man.Rise():0.##} ug/L; resting GH woman {woman.Baseline:0.###} vs man {man.Baseline:0.###} ug/L";
        Assert.True(woman.Rise() > 0.0 && woman.Rise() < man.Rise(), message);
        Assert.True(woman.Baseline > man.Baseline, message);
    }

    [Fact]
    public void GrowthHormone_Age70VersusAge25_RiseBelow20Pct()
    {
        var old = Sessions.LegDay(Athletes.Man(age: 70)).Simulate()[Measure.GrowthHormone].Rise();
        var young = _legDay.Value[Measure.GrowthHormone].Rise();
        Assert.True(old < 0.2 * young, $"GH rise age 70 {old:0.###} vs age 25 {young:0.###} ug/L ({100 * old / young:0.#} %)");
    }

    [Fact]
    public void Testosterone_AfternoonVersusMorning_15To30PctLowerAge35()
    {
        var man = Athletes.Man(age: 35);
        var morning = Sessions.RestControl(man, hour: 8, minute: 0).Simulate()[Measure.TotalTestosterone].Baseline;
        var afternoon = Sessions.RestControl(man, hour: 16, minute: 0).Simulate()[Measure.TotalTestosterone].Baseline;
        var lower = 1.0 - afternoon / morning;
        Assert.True(lower is >= 0.15 and <= 0.30,
            $"age 35: total T at 08:00 {morning:0.##} nmol/L, at 16:00 {afternoon:0.##} nmol/L ({100 * lower:0.#} % lower)");
    }

    [Fact]
    public void Measures_RestControlSession_EqualNoExerciseCurve()
    {
        var r = Sessions.RestControl().Simulate();
        Assert.Equal(0.0, r.Session.EndMin);
        Assert.Equal(181, r.PointCount);
        foreach (var m in r.Measures)
        {
            for (var i = 0; i < m.Values.Count; i++)
            {
                var tolerance = 1e-9 * Math.Max(1.0, Math.Abs(m.NoExerciseValues[i]));
                Assert.True(Math.Abs(m.Values[i] - m.NoExerciseValues[i]) <= tolerance,
                    $"{m.Measure.Id()} at t = {i} min: {m.Values[i]} vs no-exercise {m.NoExerciseValues[i]}");
            }
        }
    }

    [Fact]
    public void Simulate_SameSessionTwice_IdenticalSeries()
    {
        var first = Sessions.LegDay().Simulate();
        var second = Sessions.LegDay().Simulate();
        for (var m = 0; m < first.Measures.Count; m++)
        {
            Assert.Equal(first.Measures[m].Values, second.Measures[m].Values);
            Assert.Equal(first.Measures[m].NoExerciseValues, second.Measures[m].NoExerciseValues);
        }
        Assert.Equal(first.Diagnostics.DamageIndex, second.Diagnostics.DamageIndex);
        Assert.Equal(first.Diagnostics.AndrogenReceptorSensitivity, second.Diagnostics.AndrogenReceptorSensitivity);
    }

    private static string Join(IEnumerable<double> values) =>
        string.Join(" / ", values.Select(v => v.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)));
}
