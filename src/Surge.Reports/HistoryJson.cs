using System.Text;
using System.Text.Json;
using Surge.Catalogue;
using Surge.History;
using Surge.Training;

namespace Surge.Reports;

/// <summary>The <c>surge history --json</c> object (formats.md), plus extras (warm_ups, bands, projection basis).</summary>
public static class HistoryJson
{
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The history object; <c>athlete</c> is <paramref name="athleteName"/> with <paramref name="profile"/> (the stored
    /// profile the predictions used; null: nothing stored, the defaults).
    /// </summary>
    public static string Write(HistoryReport report, string athleteName = "default", AthleteSettings? profile = null)
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
            writer.WriteEndObject();

            writer.WriteNumber("warm_ups", report.WarmUps);

            writer.WritePropertyName("athlete");
            AthleteOutput.WriteObject(writer, athleteName, profile ?? AthleteSettings.None);

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
            writer.WriteEndObject();
        });
    }
}
