using Surge.History;
using Surge.Quantities;

namespace Surge.Web;

/// <summary>
/// The <c>GET /api/model</c> object: what the pages need of the model, computed from the core (never typed twice):
/// the canonical muscle groups, the measures, the athlete defaults per sex, the reps-to-%1RM relation, the unit
/// factors the pages convert with, the ranges the files' readers accept (the editors' input limits), the training
/// statuses, the RPE-to-reps-in-reserve relation and the weekly-volume bands.
/// </summary>
public static class ModelJson
{
    /// <summary>Most repetitions <c>reps_to_fraction</c> covers (the pages' NRM loads are 1–30RM).</summary>
    public const int MaximumTabulatedReps = 30;

    /// <summary>The sexes <c>athlete_defaults</c> holds, in this order.</summary>
    public static IReadOnlyList<Sex> Sexes { get; } = Enum.GetValues<Sex>();

    /// <summary>The object's text (indented JSON, built once per process: it depends on nothing but the core).</summary>
    public static string Json { get; } = Write();

    private static string Write()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("muscles");
            foreach (var group in MuscleGroups.All)
            {
                writer.WriteStringValue(group.Id());
            }
            writer.WriteEndArray();

            writer.WriteStartArray("measures");
            foreach (var measure in Measures.All)
            {
                writer.WriteStartObject();
                writer.WriteString("id", measure.Id());
                writer.WriteString("title", measure.Title());
                writer.WriteString("unit", measure.Unit());
                writer.WriteEndObject();
            }
            writer.WriteEndArray();

            writer.WriteStartObject("athlete_defaults");
            foreach (var sex in Sexes)
            {
                var athlete = Athlete.Create(sex);
                writer.WriteStartObject(AthleteSettings.Name(sex));
                writer.WriteNumber("age", athlete.AgeYears);
                writer.WriteNumber("body_mass_kg", athlete.BodyMassKg);
                writer.WriteNumber("body_fat_pct", Math.Round(athlete.BodyFatFraction * 100.0, 6));
                writer.WriteString("training_status", AthleteSettings.Name(athlete.TrainingStatus));
                writer.WriteEndObject();
            }
            writer.WriteEndObject();

            writer.WriteStartObject("session_defaults");
            writer.WriteNumber("rest_s", SessionFile.DefaultRest.TotalSeconds);
            writer.WriteString("start_time", Session.DefaultStartTime.ToString("HH:mm", CultureInfo.InvariantCulture));
            writer.WriteNumber("record_until_min", Session.DefaultRecordUntil.TotalMinutes);
            writer.WriteEndObject();

            writer.WriteStartArray("reps_to_fraction");
            for (var reps = 1; reps <= MaximumTabulatedReps; reps++)
            {
                writer.WriteNumberValue(RepetitionMaximum.FractionOfOneRm(reps));
            }
            writer.WriteEndArray();

            writer.WriteStartObject("units");
            writer.WriteNumber("kg_per_lb", Mass.KilogramsPerPound);
            writer.WriteNumber("testosterone_ng_per_dl_per_nmol_per_l", QuantityParser.TestosteroneNgPerDlPerNmolPerL);
            writer.WriteEndObject();

            WriteLimits(writer);

            writer.WriteStartArray("training_statuses");
            foreach (var status in Enum.GetValues<TrainingStatus>())
            {
                writer.WriteStringValue(AthleteSettings.Name(status));
            }
            writer.WriteEndArray();

            // Reps in reserve for RPE 1, 2, … up to the first RPE that leaves none (index 0: RPE 1).
            writer.WriteStartArray("rir_for_rpe");
            for (var rpe = 1; ; rpe++)
            {
                var reserve = Effort.FromRpe(rpe).RepsInReserve ?? 0.0;
                writer.WriteNumberValue(reserve);
                if (reserve <= 0.0)
                {
                    break;
                }
            }
            writer.WriteEndArray();

            writer.WriteStartObject("volume_bands");
            writer.WriteNumber("lower_sets_per_week", VolumeBands.LowerSetsPerWeek);
            writer.WriteNumber("upper_sets_per_week", VolumeBands.UpperSetsPerWeek);
            writer.WriteStartArray("labels");
            foreach (var band in Enum.GetValues<VolumeBand>())
            {
                writer.WriteStringValue(band.Label());
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The ranges the session and program readers accept, as the editors' input limits.</summary>
    private static void WriteLimits(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("limits");
        Range(writer, "age_years", AthleteSettings.MinimumAgeYears, AthleteSettings.MaximumAgeYears);
        Range(writer, "body_mass_kg", AthleteSettings.MinimumBodyMassKg, AthleteSettings.MaximumBodyMassKg);
        Range(writer, "body_fat_pct", Math.Round(AthleteSettings.MinimumBodyFatFraction * 100.0, 6), Math.Round(AthleteSettings.MaximumBodyFatFraction * 100.0, 6));
        Range(writer, "testosterone_nmol_per_l", QuantityParser.MinimumTestosteroneNmolPerL, QuantityParser.MaximumTestosteroneNmolPerL);
        // Protein from none up to the most; the energy balance a deficit or a surplus up to the most.
        Maximum(writer, "protein_g_per_kg_per_day", ProgramFile.MaximumProteinGPerKgPerDay);
        Maximum(writer, "energy_balance_kcal_per_day", ProgramFile.MaximumEnergyBalanceKcalPerDay);
        Maximum(writer, "record_until_min", Session.MaximumRecordUntil.TotalMinutes);
        writer.WriteEndObject();
    }

    private static void Maximum(Utf8JsonWriter writer, string name, double max)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("max", max);
        writer.WriteEndObject();
    }

    private static void Range(Utf8JsonWriter writer, string name, double min, double max)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("min", min);
        writer.WriteNumber("max", max);
        writer.WriteEndObject();
    }
}
