using System.Text;
using System.Text.Json;
using Surge.Catalogue;
using Surge.Simulation;
using Surge.Uncertainty;

namespace Surge.Reports;

/// <summary>The JSON objects of formats.md: <c>surge simulate --json</c>, <c>surge compare --json</c>; and the catalogue.</summary>
public static class JsonOutput
{
    /// <summary>How every object here is written (indented, as the CLI prints it).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true };

    /// <summary>The <c>surge simulate --json</c> object.</summary>
    public static string Simulation(SimulatedSession session) => Write(writer => Simulation(writer, session));

    /// <summary>
    /// Writes the <c>surge simulate --json</c> object to <paramref name="writer"/> (the web app streams it); with
    /// <paramref name="noExercise"/> each measure also carries <c>no_exercise_series</c>, the same person's day without
    /// the session (same points).
    /// </summary>
    public static void Simulation(Utf8JsonWriter writer, SimulatedSession session, bool noExercise = false) =>
        WriteSession(writer, session, includeFile: false, noExercise);

    /// <summary>The <c>surge compare --json</c> object: <c>{"sessions": [{"file": …, …simulate object…}]}</c>.</summary>
    public static string Comparison(IReadOnlyList<SimulatedSession> sessions) => Write(writer => Comparison(writer, sessions));

    /// <summary>Writes the <c>surge compare --json</c> object to <paramref name="writer"/> (<paramref name="noExercise"/> as for a simulation).</summary>
    public static void Comparison(Utf8JsonWriter writer, IReadOnlyList<SimulatedSession> sessions, bool noExercise = false)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("sessions");
        foreach (var session in sessions)
        {
            WriteSession(writer, session, includeFile: true, noExercise);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The catalogue as <c>{"exercises": [...]}</c>; activations are fractions (0–1).</summary>
    public static string Exercises(IEnumerable<Exercise> exercises) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("exercises");
        foreach (var exercise in exercises)
        {
            writer.WriteStartObject();
            writer.WriteString("name", exercise.Name);
            writer.WriteString("equipment", exercise.Equipment.ToString().ToLowerInvariant());
            WriteGroups(writer, "primary", exercise, exercise.Primary);
            WriteGroups(writer, "secondary", exercise, exercise.Secondary);
            writer.WriteBoolean("unilateral", exercise.Unilateral);
            writer.WriteBoolean("load_per_hand", exercise.LoadPerHand);
            writer.WriteStartArray("aliases");
            foreach (var alias in exercise.Aliases)
            {
                writer.WriteStringValue(alias);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteGroups(Utf8JsonWriter writer, string name, Exercise exercise, IReadOnlyList<MuscleGroup> groups)
    {
        writer.WriteStartObject(name);
        foreach (var group in groups)
        {
            writer.WriteNumber(group.Id(), exercise.ActivationOf(group));
        }
        writer.WriteEndObject();
    }

    private static void WriteSession(Utf8JsonWriter writer, SimulatedSession simulated, bool includeFile, bool noExercise = false)
    {
        var result = simulated.Result;
        var summary = result.Session;
        writer.WriteStartObject();
        if (includeFile)
        {
            writer.WriteString("file", simulated.File);
        }

        writer.WriteStartObject("session");
        writer.WriteString("start", Format.IsoLocal(summary.Start));
        writer.WriteNumber("end_min", summary.EndMin);
        writer.WriteNumber("sets", summary.Sets);
        writer.WriteNumber("active_muscle_mass_kg", summary.ActiveMuscleMassKg);
        writer.WriteNumber("volume_load_kg", summary.VolumeLoadKg);
        writer.WriteNumber("record_until_min", summary.RecordUntilMin);
        // Added to formats.md's object: when each set ran (min since the first set), for shading charts.
        writer.WriteStartArray("set_times");
        foreach (var set in result.Sets)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start_min", set.StartMin);
            writer.WriteNumber("end_min", set.EndMin);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        // formats.md, "Added in the second wave": each set's external load, %1RM on the same external scale and the
        // reserve the model used.
        writer.WriteStartArray("set_plan");
        foreach (var set in result.Sets)
        {
            writer.WriteStartObject();
            writer.WriteString("exercise", set.Exercise);
            writer.WriteString("side", set.Side.ToString().ToLowerInvariant());
            writer.WriteNumber("reps", set.Reps);
            writer.WriteNumber("load_kg", set.LoadKg);
            writer.WriteNumber("percent_1rm", set.PercentOfOneRm);
            writer.WriteNumber("rir", set.RepsInReserve);
            writer.WriteNumber("start_min", set.StartMin);
            writer.WriteNumber("end_min", set.EndMin);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartObject("measures");
        foreach (var measure in result.Measures)
        {
            writer.WriteStartObject(measure.Measure.Id());
            writer.WriteString("unit", measure.Unit);
            writer.WriteNumber("baseline", measure.Baseline);
            writer.WriteNumber("peak", measure.Peak);
            writer.WriteNumber("peak_t", measure.PeakT);
            writer.WriteNumber("peak_change_pct", measure.PeakChangePct);
            if (measure.BackToBaselineT is { } back)
            {
                writer.WriteNumber("back_to_baseline_t", back);
            }
            else
            {
                writer.WriteNull("back_to_baseline_t");
            }
            writer.WriteStartArray("series");
            for (var i = 0; i < measure.Values.Count; i++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("t", i); // whole minutes: the same text as the double, written faster
                writer.WriteNumber("value", measure.Values[i]);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            if (noExercise)
            {
                writer.WriteStartArray("no_exercise_series");
                for (var i = 0; i < measure.NoExerciseValues.Count; i++)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("t", i);
                    writer.WriteNumber("value", measure.NoExerciseValues[i]);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();

        var diagnostics = result.Diagnostics;
        writer.WriteStartObject("diagnostics");
        writer.WriteNumber("lowest_phosphocreatine_pct", diagnostics.LowestPhosphocreatinePct);
        writer.WriteNumber("lactate_produced_mmol", diagnostics.LactateProducedMmol);
        writer.WriteNumber("peak_sympathetic_drive", diagnostics.PeakSympatheticDrive);
        writer.WriteNumber("peak_hpa_drive", diagnostics.PeakHpaDrive);
        writer.WriteNumber("lowest_plasma_volume_change_pct", diagnostics.LowestPlasmaVolumeChangePct);
        writer.WriteNumber("damage_index", diagnostics.DamageIndex);
        writer.WriteNumber("peak_total_testosterone_corrected_change_pct", diagnostics.PeakTotalTestosteroneCorrectedChangePct);
        writer.WriteStartObject("androgen_receptor_sensitivity");
        for (var i = 0; i < diagnostics.AndrogenReceptorSensitivity.Count && i < MuscleGroups.Count; i++)
        {
            writer.WriteNumber(MuscleGroups.AllIds[i], diagnostics.AndrogenReceptorSensitivity[i]);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartArray("warnings");
        foreach (var warning in simulated.Warnings)
        {
            writer.WriteStringValue(warning);
        }
        writer.WriteEndArray();

        if (simulated.Uncertainty is { } uncertainty)
        {
            WriteUncertainty(writer, uncertainty);
        }

        writer.WriteEndObject();
    }

    /// <summary>The method as <c>uncertainty.method</c> names it.</summary>
    public const string UncertaintyMethod = "laplace posterior of the calibrated parameters (log-normal priors, calibration information J'J/s^2; docs/model.md)";

    /// <summary>
    /// <c>"uncertainty"</c> (formats.md, "surge simulate --uncertainty"): draws, seed, interval, method, redrawn, and per
    /// measure the 5th, 50th and 95th percentiles per minute and of the peak, its change and its time.
    /// </summary>
    private static void WriteUncertainty(Utf8JsonWriter writer, SessionUncertainty uncertainty)
    {
        writer.WriteStartObject("uncertainty");
        writer.WriteNumber("draws", uncertainty.Draws);
        writer.WriteNumber("seed", uncertainty.Seed);
        writer.WriteNumber("interval", SessionUncertainty.Interval);
        writer.WriteString("method", UncertaintyMethod);
        writer.WriteNumber("redrawn", uncertainty.Redrawn);
        writer.WriteStartObject("measures");
        foreach (var band in uncertainty.Measures)
        {
            writer.WriteStartObject(band.Measure.Id());
            writer.WriteString("unit", band.Measure.Unit());
            writer.WriteStartArray("t_min");
            for (var i = 0; i < band.Series.Count; i++)
            {
                writer.WriteNumberValue(i);
            }
            writer.WriteEndArray();
            WriteSeries(writer, "p05", band.Series, b => b.P05);
            WriteSeries(writer, "p50", band.Series, b => b.P50);
            WriteSeries(writer, "p95", band.Series, b => b.P95);
            WriteBand(writer, "peak", band.Peak);
            WriteBand(writer, "peak_change_pct", band.PeakChangePct);
            WriteBand(writer, "peak_t", band.PeakT);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteSeries(Utf8JsonWriter writer, string name, IReadOnlyList<Band> series, Func<Band, double> pick)
    {
        writer.WriteStartArray(name);
        foreach (var band in series)
        {
            writer.WriteNumberValue(pick(band));
        }
        writer.WriteEndArray();
    }

    private static void WriteBand(Utf8JsonWriter writer, string name, Band band)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("p05", band.P05);
        writer.WriteNumber("p50", band.P50);
        writer.WriteNumber("p95", band.P95);
        writer.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write) => JsonText.Write(WriterOptions, write);
}
