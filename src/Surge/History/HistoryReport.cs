using Surge.Catalogue;
using Surge.Logs;
using Surge.Training;

namespace Surge.History;

/// <summary>The sets bands lifters use for weekly hard sets per muscle group.</summary>
public enum VolumeBand
{
    /// <summary>Fewer than 10 hard sets a week.</summary>
    Under10,
    /// <summary>10 to 20 hard sets a week (inclusive).</summary>
    From10To20,
    /// <summary>More than 20 hard sets a week.</summary>
    Over20,
}

/// <summary>Band thresholds and labels.</summary>
public static class VolumeBands
{
    /// <summary>Lower edge of the middle band, hard sets per week.</summary>
    public const double LowerSetsPerWeek = 10.0;

    /// <summary>Upper edge of the middle band, hard sets per week.</summary>
    public const double UpperSetsPerWeek = 20.0;

    /// <summary>The band of <paramref name="hardSetsPerWeek"/>: &lt; 10 under, 10–20, &gt; 20 over.</summary>
    public static VolumeBand Of(double hardSetsPerWeek) =>
        hardSetsPerWeek < LowerSetsPerWeek ? VolumeBand.Under10
        : hardSetsPerWeek > UpperSetsPerWeek ? VolumeBand.Over20
        : VolumeBand.From10To20;

    /// <summary>The label of a band: "under 10", "10–20", "over 20".</summary>
    public static string Label(this VolumeBand band) => band switch
    {
        VolumeBand.Under10 => "under 10",
        VolumeBand.Over20 => "over 20",
        _ => "10–20",
    };
}

/// <summary>One logged workout and the model's predicted acute response to it.</summary>
/// <param name="Start">Local start time as logged.</param>
/// <param name="Title">The workout's name.</param>
/// <param name="Sets">Logged sets (all kinds, matched or not).</param>
/// <param name="SimulatedSets">Sets simulated: those of matched exercises, warm-ups included.</param>
/// <param name="TotalTestosteronePeakChangePct">Peak change of serum total testosterone, % from the value before the first set.</param>
/// <param name="GrowthHormonePeakUgPerL">Peak serum growth hormone, µg/L.</param>
/// <param name="LactatePeakMmolPerL">Peak blood lactate, mmol/L.</param>
public sealed record HistorySession(
    DateTime Start,
    string Title,
    int Sets,
    int SimulatedSets,
    double TotalTestosteronePeakChangePct,
    double GrowthHormonePeakUgPerL,
    double LactatePeakMmolPerL)
{
    /// <summary>End of the last simulated set (local time); <see cref="Start"/> when nothing was simulated.</summary>
    public DateTime End { get; init; } = Start;

    /// <summary>
    /// Per muscle group (canonical order), the model's micro-damage at the end of the last set per kg of the group's
    /// muscle, 1/kg (what <see cref="Readiness"/> decays); empty when not computed.
    /// </summary>
    public IReadOnlyList<double> DamagePerKg { get; init; } = [];

    /// <summary>
    /// The workout's training dose, hard sets: the sum over its simulated sets (warm-ups included) of each set's
    /// hard-set weight, 1 near failure and less with reps in reserve or very light loads (the long-term model's dose,
    /// <see cref="Adaptation.TrainingDoseParameters.HardSetWeight"/>); the fitness–fatigue model's impulse.
    /// </summary>
    public double Dose { get; init; }
}

/// <summary>Hard sets per canonical muscle group in one Monday-to-Sunday week.</summary>
/// <param name="WeekStart">The week's Monday (ISO 8601 week).</param>
/// <param name="HardSets">Every canonical group: working sets (not warm-ups), 1 per primary and 0.5 per secondary group.</param>
public sealed record HistoryWeek(DateOnly WeekStart, IReadOnlyDictionary<MuscleGroup, double> HardSets)
{
    /// <summary>The band of <paramref name="group"/>'s hard sets this week.</summary>
    public VolumeBand Band(MuscleGroup group) => VolumeBands.Of(HardSets[group]);
}

/// <summary>What continuing the recent training would do.</summary>
/// <param name="Weeks">Weeks projected (12).</param>
/// <param name="BasisWeeks">The weeks whose training is repeated (the last 4 calendar weeks of the log), Mondays.</param>
/// <param name="HardSetsPerWeek">Every canonical group: mean hard sets per week over the basis weeks.</param>
/// <param name="SizeChangePct">Every canonical group: size change at the end, % from now (mean of both sides).</param>
/// <param name="Weekly">Size change per group at the end of each projected week, % from now; one entry per week.</param>
public sealed record HistoryProjection(
    int Weeks,
    IReadOnlyList<DateOnly> BasisWeeks,
    IReadOnlyDictionary<MuscleGroup, double> HardSetsPerWeek,
    IReadOnlyDictionary<MuscleGroup, double> SizeChangePct,
    IReadOnlyList<IReadOnlyDictionary<MuscleGroup, double>> Weekly)
{
    /// <summary>Every exercise the basis weeks train (catalogue name): 1RM change at the end, % from now.</summary>
    public IReadOnlyDictionary<string, double> OneRmChangePct { get; init; } = new Dictionary<string, double>();
}

/// <summary>The analysis of a workout log (formats.md, <c>surge history --json</c>).</summary>
/// <param name="Workouts">Workouts analysed.</param>
/// <param name="Sets">Logged sets, all kinds.</param>
/// <param name="WarmUps">Warm-up sets among them.</param>
/// <param name="First">Date of the first workout; null when there is none.</param>
/// <param name="Last">Date of the last workout; null when there is none.</param>
/// <param name="Unmatched">Exercise names that match no catalogue exercise, with their set counts and suggestions.</param>
/// <param name="Weeks">Every week from the first workout's to the last's, in order (weeks without training hold zeros).</param>
/// <param name="Sessions">Every workout in time order with its predicted acute response.</param>
/// <param name="Projection">The 12-week projection.</param>
/// <param name="OneRmKg">Estimated 1RM of the external load per catalogue exercise (best logged Epley e1RM), kg.</param>
public sealed record HistoryReport(
    int Workouts,
    int Sets,
    int WarmUps,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyList<UnmatchedName> Unmatched,
    IReadOnlyList<HistoryWeek> Weeks,
    IReadOnlyList<HistorySession> Sessions,
    HistoryProjection Projection,
    IReadOnlyDictionary<string, double> OneRmKg)
{
    /// <summary>The athlete every prediction used.</summary>
    public Athlete Athlete { get; init; } = Athlete.Default;

    /// <summary>The strength responsiveness the projection used (fitted from the log); null: the population's average, 1.</summary>
    public double? StrengthResponsiveness { get; init; }

    /// <summary>Fitness, fatigue and form per calendar day from the first workout to the day after the last.</summary>
    public HistoryFitnessFatigue FitnessFatigue { get; init; } = HistoryFitnessFatigue.None;

    /// <summary>How far each trained muscle has recovered the day after the last workout.</summary>
    public HistoryReadiness Readiness { get; init; } = HistoryReadiness.None;
}
