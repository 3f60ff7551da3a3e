using Surge.Physiology;

namespace Surge.History;

/// <summary>Fitness–fatigue parameters (docs/model.md, "Fitness and fatigue"; data/parameters.yaml, "Fitness-fatigue").</summary>
/// <param name="FitnessTau">Time constant of fitness, days (the performance-management convention: 42).</param>
/// <param name="FatigueTau">Time constant of fatigue, days (7).</param>
public sealed record FitnessFatigueParameters(double FitnessTau, double FatigueTau) : IParameterGroup<FitnessFatigueParameters>
{
    /// <inheritdoc/>
    public static FitnessFatigueParameters Read(ParameterReader r) => new(r["banister_fitness_tau"], r["banister_fatigue_tau"]);
}

/// <summary>One calendar day of the fitness–fatigue model, at the end of the day (after its training).</summary>
/// <param name="Date">The day.</param>
/// <param name="Impulse">The day's training impulse: the summed dose of its workouts, hard sets.</param>
/// <param name="Fitness">The 42-day exponentially weighted mean of the daily impulse, hard sets/day.</param>
/// <param name="Fatigue">The 7-day exponentially weighted mean of the daily impulse, hard sets/day.</param>
public sealed record FitnessFatigueDay(DateOnly Date, double Impulse, double Fitness, double Fatigue)
{
    /// <summary>Fitness − fatigue, hard sets/day: positive when fresh, negative when the recent load exceeds the long-term one.</summary>
    public double Form => Fitness - Fatigue;
}

/// <summary>The fitness–fatigue series of a log (formats.md, <c>surge history --json</c> "fitness_fatigue").</summary>
/// <param name="Days">One entry per calendar day, contiguous, in order; empty without workouts.</param>
public sealed record HistoryFitnessFatigue(IReadOnlyList<FitnessFatigueDay> Days)
{
    /// <summary>The unit of fitness, fatigue and form.</summary>
    public const string Unit = "hard sets/day";

    /// <summary>The unit of the daily impulse.</summary>
    public const string ImpulseUnit = "hard sets";

    /// <summary>No workouts.</summary>
    public static HistoryFitnessFatigue None { get; } = new([]);
}

/// <summary>
/// Banister's impulse–response (fitness–fatigue) model over a log, in the performance-management form (docs/model.md,
/// "Fitness and fatigue"): the daily impulse w_d is the summed training dose of the day's workouts (each set's
/// hard-set weight, the long-term model's own dose, <see cref="Adaptation.TrainingDoseParameters.HardSetWeight"/>);
/// fitness and fatigue are its exponentially weighted means with time constants τ₁ = 42 and τ₂ = 7 days, advanced
/// exactly a day at a time, F_d = F_{d−1}·e^(−1/τ) + w_d·(1 − e^(−1/τ)); form = fitness − fatigue.
/// </summary>
public static class FitnessFatigue
{
    /// <summary>
    /// The series from the first workout's day to the day after the last (or to <paramref name="through"/> when later),
    /// both starting from 0 before the first workout.
    /// </summary>
    public static HistoryFitnessFatigue Daily(IReadOnlyList<HistorySession> sessions, ModelParameters parameters, DateOnly? through = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(parameters);
        if (sessions.Count == 0)
        {
            return HistoryFitnessFatigue.None;
        }
        var p = parameters.Group<FitnessFatigueParameters>();
        var first = DateOnly.FromDateTime(sessions.Min(s => s.Start));
        var last = DateOnly.FromDateTime(sessions.Max(s => s.Start)).AddDays(1);
        if (through is { } t && t > last)
        {
            last = t;
        }
        var impulse = new double[last.DayNumber - first.DayNumber + 1];
        foreach (var session in sessions)
        {
            impulse[DateOnly.FromDateTime(session.Start).DayNumber - first.DayNumber] += session.Dose;
        }
        var fitnessDecay = Math.Exp(-1.0 / p.FitnessTau);
        var fatigueDecay = Math.Exp(-1.0 / p.FatigueTau);
        double fitness = 0, fatigue = 0;
        var days = new FitnessFatigueDay[impulse.Length];
        for (var d = 0; d < impulse.Length; d++)
        {
            fitness = fitness * fitnessDecay + impulse[d] * (1.0 - fitnessDecay);
            fatigue = fatigue * fatigueDecay + impulse[d] * (1.0 - fatigueDecay);
            days[d] = new FitnessFatigueDay(first.AddDays(d), impulse[d], fitness, fatigue);
        }
        return new HistoryFitnessFatigue(days);
    }
}
