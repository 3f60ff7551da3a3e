using System.Text;
using System.Text.Json;
using Surge.Catalogue;
using Surge.History;
using Surge.Logs;
using Surge.Training;

namespace Surge.Reports;

/// <summary>The <c>surge history --json</c> object (formats.md), plus extras (warm_ups, bands, projection basis).</summary>
public static class HistoryJson
{
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The history object; <c>athlete</c> is <paramref name="athleteName"/> with <paramref name="profile"/> (the stored
    /// profile the predictions used; null: nothing stored, the defaults). With <paramref name="strengthFrom"/> (the
    /// analysed workouts; the web's answer), <c>e1rm_weekly</c> is added at the end: per catalogue exercise, each week's
    /// (from Monday) best estimated 1RM, <c>{exercise: [{"week_start", "e1rm_kg"}]}</c>
    /// (<see cref="HistoryAnalyzer.EstimatedOneRmKg"/>: Epley, RPE as reps in reserve; warm-ups and sets over the rep
    /// limit left out).
    /// </summary>
    public static string Write(HistoryReport report, string athleteName = "default", AthleteSettings? profile = null, IReadOnlyList<LoggedWorkout>? strengthFrom = null, long? athleteNumber = null)
    {
        return JsonText.Write(_options, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("workouts", report.Workouts);
            writer.WriteNumber("sets", report.Sets);
            HistoryImportOutput.WriteDate(writer, "first", report.First);
            HistoryImportOutput.WriteDate(writer, "last", report.Last);
            HistoryImportOutput.WriteUnmatched(writer, report.Unmatched);

            writer.WriteStartArray("weeks");
            foreach (var week in report.Weeks)
            {
                writer.WriteStartObject();
                writer.WriteString("week_start", HistoryImportOutput.IsoDate(week.WeekStart));
                writer.WriteStartObject("hard_sets");
                foreach (var group in MuscleGroups.All)
                {
                    writer.WriteNumber(group.Id(), week.HardSets[group]);
                }
                writer.WriteEndObject();
                writer.WriteStartObject("bands");
                foreach (var group in MuscleGroups.All)
                {
                    writer.WriteString(group.Id(), week.Band(group).Label());
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();

            writer.WriteStartArray("sessions");
            foreach (var session in report.Sessions)
            {
                writer.WriteStartObject();
                writer.WriteString("start", Format.IsoLocal(session.Start));
                writer.WriteString("title", session.Title);
                writer.WriteNumber("sets", session.Sets);
                writer.WriteNumber("total_testosterone_peak_change_pct", session.TotalTestosteronePeakChangePct);
                writer.WriteNumber("growth_hormone_peak", session.GrowthHormonePeakUgPerL);
                writer.WriteNumber("lactate_peak", session.LactatePeakMmolPerL);
                writer.WriteNumber("simulated_sets", session.SimulatedSets);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();

            var projection = report.Projection;
            writer.WriteStartObject("projection");
            writer.WriteNumber("weeks", projection.Weeks);
            writer.WriteStartObject("muscles");
            foreach (var group in MuscleGroups.All)
            {
                writer.WriteStartObject(group.Id());
                writer.WriteNumber("size_change_pct", projection.SizeChangePct[group]);
                writer.WriteNumber("hard_sets_per_week", projection.HardSetsPerWeek[group]);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteStartArray("basis_weeks");
            foreach (var week in projection.BasisWeeks)
            {
                writer.WriteStringValue(HistoryImportOutput.IsoDate(week));
            }
            writer.WriteEndArray();
            writer.WriteStartObject("strength");
            foreach (var (exercise, change) in projection.OneRmChangePct.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                writer.WriteStartObject(exercise);
                writer.WriteNumber("one_rm_change_pct", change);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();

            writer.WriteNumber("warm_ups", report.WarmUps);

            writer.WritePropertyName("athlete");
            AthleteOutput.WriteObject(writer, athleteName, profile ?? AthleteSettings.None, athleteNumber);

            var readiness = report.Readiness;
            writer.WriteStartObject("readiness");
            HistoryImportOutput.WriteDate(writer, "date", readiness.Date);
            if (readiness.At is { } at)
            {
                writer.WriteString("at", Format.IsoLocal(at));
            }
            else
            {
                writer.WriteNull("at");
            }
            writer.WriteStartObject("muscles");
            foreach (var muscle in readiness.Muscles)
            {
                writer.WriteStartObject(muscle.Group.Id());
                writer.WriteNumber("recovered_pct", Math.Round(muscle.RecoveredPct, 1));
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
            WriteFitnessFatigue(writer, report.FitnessFatigue);
            if (strengthFrom is not null)
            {
                WriteWeeklyOneRm(writer, strengthFrom, (profile ?? AthleteSettings.None).ToAthlete());
            }
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// <c>"fitness_fatigue": { "unit": "hard sets/day", "impulse_unit": "hard sets", "days": [ { "date", "fitness",
    /// "fatigue", "form", "impulse" } ] }</c>, one entry per calendar day from the first workout to the day after the last.
    /// </summary>
    private static void WriteFitnessFatigue(Utf8JsonWriter writer, HistoryFitnessFatigue series)
    {
        writer.WriteStartObject("fitness_fatigue");
        writer.WriteString("unit", HistoryFitnessFatigue.Unit);
        writer.WriteString("impulse_unit", HistoryFitnessFatigue.ImpulseUnit);
        writer.WriteStartArray("days");
        foreach (var day in series.Days)
        {
            writer.WriteStartObject();
            writer.WriteString("date", HistoryImportOutput.IsoDate(day.Date));
            writer.WriteNumber("fitness", day.Fitness);
            writer.WriteNumber("fatigue", day.Fatigue);
            writer.WriteNumber("form", day.Form);
            writer.WriteNumber("impulse", day.Impulse);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary><c>"e1rm_weekly": {exercise: [{"week_start", "e1rm_kg"}]}</c>, exercises and weeks in order.</summary>
    private static void WriteWeeklyOneRm(Utf8JsonWriter writer, IReadOnlyList<LoggedWorkout> workouts, Athlete athlete)
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
        writer.WriteStartObject("e1rm_weekly");
        foreach (var (exercise, weeks) in best)
        {
            writer.WriteStartArray(exercise);
            foreach (var (week, oneRm) in weeks)
            {
                writer.WriteStartObject();
                writer.WriteString("week_start", HistoryImportOutput.IsoDate(week));
                writer.WriteNumber("e1rm_kg", Math.Round(oneRm, 1));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }
}
