using Surge.Training;

namespace Surge.Simulation;

/// <summary>One measure over the record, with its summary figures (formats.md, <c>surge simulate --json</c>).</summary>
/// <param name="Measure">Which measure.</param>
/// <param name="Values">Serum value at t = i minutes since the first set started, i = 0 … n−1, in <see cref="Measures.Unit"/>.</param>
/// <param name="NoExerciseValues">The same person's curve on the same clock without this session (circadian baseline).</param>
/// <param name="Baseline">Value at t = 0.</param>
/// <param name="Peak">Largest value over the record.</param>
/// <param name="PeakT">When the peak occurs, min since the first set started.</param>
/// <param name="PeakChangePct">100·(peak − baseline)/baseline.</param>
/// <param name="BackToBaselineT">
/// First t after <paramref name="PeakT"/> at which the excess over the no-exercise curve is ≤ 10 % of the peak excess;
/// null if never within the record (or if there is no excess).
/// </param>
public sealed record MeasureResult(
    Measure Measure,
    IReadOnlyList<double> Values,
    IReadOnlyList<double> NoExerciseValues,
    double Baseline,
    double Peak,
    double PeakT,
    double PeakChangePct,
    double? BackToBaselineT)
{
    public string Unit => Measure.Unit();
}

/// <summary>When one set was done and what it was, for plots and reports (formats.md, <c>session.set_plan</c>).</summary>
/// <param name="BoutIndex">0-based index of the bout in the session.</param>
/// <param name="Exercise">The exercise name as written.</param>
/// <param name="StartMin">Start, min since the first set started.</param>
/// <param name="EndMin">End, min since the first set started.</param>
/// <param name="Side">Which limbs worked.</param>
/// <param name="Reps">Repetitions done.</param>
/// <param name="LoadKg">The external load (per hand for two dumbbells; the added weight for a body-weight exercise), kg.</param>
/// <param name="PercentOfOneRm">That load as a percentage of the exercise's external 1RM, %.</param>
/// <param name="RepsInReserve">The reserve the model used (as given, or estimated), repetitions.</param>
public sealed record SetInterval(int BoutIndex, string Exercise, double StartMin, double EndMin,
    Side Side, int Reps, double LoadKg, double PercentOfOneRm, double RepsInReserve);

/// <summary>The session in figures.</summary>
/// <param name="Start">Local clock time of the first set.</param>
/// <param name="EndMin">End of the last set, min since the first set started (0 for a rest-control session).</param>
/// <param name="Sets">Number of sets.</param>
/// <param name="ActiveMuscleMassKg">Muscle mass recruited by the session: per group the largest mass any set recruited, summed, kg.</param>
/// <param name="VolumeLoadKg">Sum of reps × external load over all sets, kg (both hands counted for per-hand loads).</param>
/// <param name="RecordUntilMin">Minutes simulated after the last set.</param>
public sealed record SessionSummary(
    DateTime Start,
    double EndMin,
    int Sets,
    double ActiveMuscleMassKg,
    double VolumeLoadKg,
    double RecordUntilMin);

/// <summary>Why the curves look as they do: the model's intermediate signals, summarised.</summary>
/// <param name="LowestPhosphocreatinePct">Lowest phosphocreatine of any working muscle group, % of resting store.</param>
/// <param name="LactateProducedMmol">Lactate produced by glycolysis over the session, mmol.</param>
/// <param name="PeakSympatheticDrive">Peak of the sympathetic (central command + metaboreflex) drive, dimensionless (1 = reference leg session).</param>
/// <param name="PeakHpaDrive">Peak drive of the HPA axis (ACTH), dimensionless.</param>
/// <param name="LowestPlasmaVolumeChangePct">Largest fall of plasma volume, % of resting (negative).</param>
/// <param name="DamageIndex">Muscle micro-damage accumulated by the session, dimensionless (1 = reference leg session).</param>
/// <param name="PeakTotalTestosteroneCorrectedChangePct">Peak change of total testosterone corrected for the plasma-volume shift, %.</param>
/// <param name="AndrogenReceptorSensitivity">Per muscle group (canonical order), AR sensitivity at the end of the record relative to rest (1 = rest).</param>
public sealed record Diagnostics(
    double LowestPhosphocreatinePct,
    double LactateProducedMmol,
    double PeakSympatheticDrive,
    double PeakHpaDrive,
    double LowestPlasmaVolumeChangePct,
    double DamageIndex,
    double PeakTotalTestosteroneCorrectedChangePct,
    IReadOnlyList<double> AndrogenReceptorSensitivity)
{
    /// <summary>
    /// Per muscle group (canonical order), the micro-damage D_g at the end of the last set, dimensionless (the groups
    /// sum to <see cref="DamageIndex"/>); 0 for groups the session does not work, empty when not computed. After the last
    /// set it decays with the model's damage recovery time constant (docs/model.md, section 10).
    /// </summary>
    public IReadOnlyList<double> GroupDamage { get; init; } = [];
}

/// <summary>Everything a session simulation produces.</summary>
/// <param name="Session">The session in figures.</param>
/// <param name="Measures">The five measures in <see cref="Simulation.Measures.All"/> order.</param>
/// <param name="Sets">When each set was done.</param>
/// <param name="Diagnostics">The model's intermediate signals.</param>
/// <param name="Warnings">Things the user should know (reps that disagree with the load, default 1RMs used).</param>
/// <param name="PlasmaVolumeChangePct">
/// Plasma volume at t = i minutes, % change from rest (negative when it falls). Serum values of protein-bound and
/// large solutes are concentrated by 100/(100 + change); divide by that factor for plasma-volume corrected values.
/// </param>
public sealed record SimulationResult(
    SessionSummary Session,
    IReadOnlyList<MeasureResult> Measures,
    IReadOnlyList<SetInterval> Sets,
    Diagnostics Diagnostics,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<double> PlasmaVolumeChangePct)
{
    /// <summary>The result for <paramref name="measure"/>.</summary>
    public MeasureResult this[Measure measure] => Measures[(int)measure];

    /// <summary>Minutes of the time grid: 0, 1, … (one point per minute).</summary>
    public int PointCount => Measures.Count == 0 ? 0 : Measures[0].Values.Count;

    /// <summary>
    /// The state at the end of each bout's last set, in time order: the moments studies sample "immediately after", which
    /// fall between the whole minutes of the grid (a set's plasma-volume shift and a single set's rise happen within
    /// seconds, so the grid alone would blur them).
    /// </summary>
    public IReadOnlyList<SamplePoint> BoutEnds { get; init; } = [];

    /// <summary>The value of <paramref name="measure"/> at <paramref name="t"/> min: linear between the grid's minutes and <see cref="BoutEnds"/>.</summary>
    public double ValueAt(Measure measure, double t) => At(this[measure].Values, t, p => p.Values[(int)measure]);

    /// <summary>The plasma-volume change at <paramref name="t"/> min, %: linear between the grid's minutes and <see cref="BoutEnds"/>.</summary>
    public double PlasmaVolumeChangeAt(double t) => At(PlasmaVolumeChangePct, t, p => p.PlasmaVolumeChangePct);

    private double At(IReadOnlyList<double> series, double t, Func<SamplePoint, double> of)
    {
        if (t <= 0 || series.Count == 1)
        {
            return series[0];
        }
        if (t >= series.Count - 1)
        {
            return series[^1];
        }
        var leftT = Math.Floor(t);
        var left = series[(int)leftT];
        var rightT = leftT + 1;
        var right = series[(int)rightT];
        foreach (var point in BoutEnds)
        {
            if (point.TimeMin >= leftT && point.TimeMin <= t)
            {
                (leftT, left) = (point.TimeMin, of(point));
            }
            else if (point.TimeMin > t && point.TimeMin < rightT)
            {
                (rightT, right) = (point.TimeMin, of(point));
            }
        }
        return rightT - leftT < 1e-12 ? left : left + (t - leftT) / (rightT - leftT) * (right - left);
    }
}

/// <summary>The measures at one moment off the minute grid.</summary>
/// <param name="TimeMin">Minutes since the first set started.</param>
/// <param name="Values">The five measures in <see cref="Simulation.Measures.All"/> order, in their units.</param>
/// <param name="PlasmaVolumeChangePct">Plasma volume, % change from rest.</param>
public sealed record SamplePoint(double TimeMin, IReadOnlyList<double> Values, double PlasmaVolumeChangePct);
