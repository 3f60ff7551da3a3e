using Surge.Quantities;

namespace Surge.Web;

/// <summary>
/// The <c>GET /api/model</c> object: what the pages need of the model, computed from the core (never typed twice):
/// the canonical muscle groups, the measures, the athlete defaults per sex, the reps-to-%1RM relation and the unit
/// factors the pages convert with.
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
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
