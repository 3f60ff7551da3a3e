using Surge.Catalogue;
using Surge.History;
using Surge.Logs;
using Surge.Training;

namespace Surge.Reports;

/// <summary>The <c>surge history --json</c> object (formats.md), plus extras (warm_ups, bands, projection basis).</summary>
public static class HistoryJson
{
    /// <summary>
    /// The history object; <c>athlete</c> is <paramref name="athleteName"/> with <paramref name="profile"/> (the stored
    /// profile the predictions used; null: nothing stored, the defaults). With <paramref name="strengthFrom"/> (the
    /// analysed workouts; the web's answer), <c>e1rm_weekly</c> is added at the end: per catalogue exercise, each week's
    /// (from Monday) best estimated 1RM, <c>{exercise: [{"week_start", "e1rm_kg"}]}</c>
    /// (<see cref="HistoryAnalyzer.EstimatedOneRmKg"/>: Epley, RPE as reps in reserve; warm-ups and sets over the rep
    /// limit left out).
    /// </summary>
    public static string Write(HistoryReport report, string athleteName = "default", AthleteSettings? profile = null, IReadOnlyList<LoggedWorkout>? strengthFrom = null, long? athleteNumber = null) =>
        AnswerJson.Write(Answer(report, athleteName, profile, strengthFrom, athleteNumber), AnswerJson.Relaxed.HistoryAnswer);

    /// <summary>The history object as its typed answer (the parameters as for <see cref="Write"/>).</summary>
    public static HistoryAnswer Answer(HistoryReport report, string athleteName = "default", AthleteSettings? profile = null, IReadOnlyList<LoggedWorkout>? strengthFrom = null, long? athleteNumber = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var projection = report.Projection;
        var readiness = report.Readiness;
        return new HistoryAnswer(
            report.Workouts,
            report.Sets,
            HistoryImportOutput.Date(report.First),
            HistoryImportOutput.Date(report.Last),
            HistoryImportOutput.Unmatched(report.Unmatched),
            report.Weeks.Select(week => new HistoryWeekAnswer(
                HistoryImportOutput.IsoDate(week.WeekStart),
                AnswerJson.Keyed(MuscleGroups.All, group => group.Id(), group => week.HardSets[group]),
                AnswerJson.Keyed(MuscleGroups.All, group => group.Id(), group => week.Band(group).Label()))).ToArray(),
            report.Sessions.Select(session => new HistorySessionAnswer(
                Format.IsoLocal(session.Start),
                session.Title,
                session.Sets,
                session.TotalTestosteronePeakChangePct,
                session.GrowthHormonePeakUgPerL,
                session.LactatePeakMmolPerL,
                session.SimulatedSets)).ToArray(),
            new HistoryProjectionAnswer(
                projection.Weeks,
                AnswerJson.Keyed(MuscleGroups.All, group => group.Id(), group => new ProjectedMuscleAnswer(projection.SizeChangePct[group], projection.HardSetsPerWeek[group])),
                projection.BasisWeeks.Select(HistoryImportOutput.IsoDate).ToArray(),
                AnswerJson.Keyed(projection.OneRmChangePct.OrderBy(c => c.Key, StringComparer.Ordinal), c => c.Key, c => new ProjectedStrengthAnswer(c.Value))),
            report.WarmUps,
            AthleteOutput.Answer(athleteName, profile ?? AthleteSettings.None, athleteNumber),
            new HistoryReadinessAnswer(
                HistoryImportOutput.Date(readiness.Date),
                readiness.At is { } at ? Format.IsoLocal(at) : null,
                AnswerJson.Keyed(readiness.Muscles, muscle => muscle.Group.Id(), muscle => new MuscleReadinessAnswer(Math.Round(muscle.RecoveredPct, 1)))),
            FitnessFatigue(report.FitnessFatigue),
            strengthFrom is null ? null : WeeklyOneRm(strengthFrom, (profile ?? AthleteSettings.None).ToAthlete()));
    }

    /// <summary>
    /// <c>"fitness_fatigue": { "unit": "hard sets/day", "impulse_unit": "hard sets", "days": [ { "date", "fitness",
    /// "fatigue", "form", "impulse" } ] }</c>, one entry per calendar day from the first workout to the day after the last.
    /// </summary>
    private static FitnessFatigueAnswer FitnessFatigue(HistoryFitnessFatigue series) =>
        new(HistoryFitnessFatigue.Unit, HistoryFitnessFatigue.ImpulseUnit,
            series.Days.Select(day => new FitnessFatigueDayAnswer(HistoryImportOutput.IsoDate(day.Date), day.Fitness, day.Fatigue, day.Form, day.Impulse)).ToArray());

    /// <summary><c>"e1rm_weekly": {exercise: [{"week_start", "e1rm_kg"}]}</c>, exercises and weeks in order.</summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<WeeklyOneRmAnswer>> WeeklyOneRm(IReadOnlyList<LoggedWorkout> workouts, Athlete athlete)
    {
        var best = new SortedDictionary<string, SortedDictionary<DateOnly, double>>(StringComparer.Ordinal);
        var exercises = new Dictionary<string, Exercise?>(StringComparer.Ordinal); // one catalogue look-up per name
        foreach (var workout in workouts)
        {
            var week = HistoryAnalyzer.WeekStart(DateOnly.FromDateTime(workout.Start));
            foreach (var set in workout.Sets)
            {
                if (set.Exercise is not { } name
                    || (exercises.TryGetValue(name, out var known) ? known : exercises[name] = ExerciseCatalogue.Default.Find(name)) is not { } exercise
                    || HistoryAnalyzer.EstimatedOneRmKg(set, exercise, athlete) is not { } oneRm || !double.IsFinite(oneRm))
                {
                    continue;
                }
                var weeks = best.TryGetValue(exercise.Name, out var found) ? found : best[exercise.Name] = new SortedDictionary<DateOnly, double>();
                weeks[week] = weeks.TryGetValue(week, out var current) ? Math.Max(current, oneRm) : oneRm;
            }
        }
        return AnswerJson.Keyed(best, exercise => exercise.Key, exercise => (IReadOnlyList<WeeklyOneRmAnswer>)exercise.Value
            .Select(week => new WeeklyOneRmAnswer(HistoryImportOutput.IsoDate(week.Key), Math.Round(week.Value, 1))).ToArray());
    }
}
