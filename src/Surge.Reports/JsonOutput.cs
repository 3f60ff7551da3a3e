using System.Text.Json;
using Surge.Catalogue;
using Surge.Simulation;
using Surge.Uncertainty;

namespace Surge.Reports;

/// <summary>
/// The JSON objects of docs/formats.md: <c>surge simulate --json</c>, <c>surge compare --json</c>; and the catalogue. Each
/// is built as its typed answer (<see cref="SimulateAnswer"/>, <see cref="CompareAnswer"/>, <see cref="ExercisesAnswer"/>)
/// and written by <see cref="AnswerJsonContext"/>.
/// </summary>
public static class JsonOutput
{
    /// <summary>Writer options that write what <see cref="AnswerJsonContext"/> writes (indented, the default encoder).</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Indented = true };

    /// <summary>The <c>surge simulate --json</c> object.</summary>
    public static string Simulation(SimulatedSession session) =>
        AnswerJson.Write(SimulationAnswer(session), AnswerJsonContext.Default.SimulateAnswer);

    /// <summary>
    /// Writes the <c>surge simulate --json</c> object to <paramref name="writer"/>; with <paramref name="noExercise"/>
    /// each measure also carries <c>no_exercise_series</c>, the same person's day without the session (same points).
    /// </summary>
    public static void Simulation(Utf8JsonWriter writer, SimulatedSession session, bool noExercise = false) =>
        JsonSerializer.Serialize(writer, SimulationAnswer(session, noExercise), AnswerJsonContext.Default.SimulateAnswer);

    /// <summary>The <c>surge compare --json</c> object: <c>{"sessions": [{"file": …, …simulate object…}]}</c>.</summary>
    public static string Comparison(IReadOnlyList<SimulatedSession> sessions) =>
        AnswerJson.Write(ComparisonAnswer(sessions), AnswerJsonContext.Default.CompareAnswer);

    /// <summary>The <c>surge simulate --json</c> object as its typed answer (<paramref name="noExercise"/> as for <see cref="Simulation(Utf8JsonWriter, SimulatedSession, bool)"/>).</summary>
    public static SimulateAnswer SimulationAnswer(SimulatedSession session, bool noExercise = false) =>
        Session(session, includeFile: false, noExercise);

    /// <summary>The <c>surge compare --json</c> object as its typed answer (<paramref name="noExercise"/> as for a simulation).</summary>
    public static CompareAnswer ComparisonAnswer(IReadOnlyList<SimulatedSession> sessions, bool noExercise = false) =>
        new(sessions.Select(s => Session(s, includeFile: true, noExercise)).ToArray());

    /// <summary>The catalogue as <c>{"exercises": [...]}</c>; activations are fractions (0–1).</summary>
    public static string Exercises(IEnumerable<Exercise> exercises) =>
        AnswerJson.Write(ExercisesAnswer(exercises), AnswerJsonContext.Default.ExercisesAnswer);

    /// <summary>The catalogue as its typed answer.</summary>
    public static ExercisesAnswer ExercisesAnswer(IEnumerable<Exercise> exercises) =>
        new(exercises.Select(exercise => new ExerciseAnswer(
            exercise.Name,
            exercise.Equipment.ToString().ToLowerInvariant(),
            Groups(exercise, exercise.Primary),
            Groups(exercise, exercise.Secondary),
            exercise.Unilateral,
            exercise.LoadPerHand,
            exercise.Aliases.ToArray())).ToArray());

    private static IReadOnlyDictionary<string, double> Groups(Exercise exercise, IReadOnlyList<MuscleGroup> groups) =>
        AnswerJson.Keyed(groups, group => group.Id(), exercise.ActivationOf);

    private static SimulateAnswer Session(SimulatedSession simulated, bool includeFile, bool noExercise)
    {
        var result = simulated.Result;
        var summary = result.Session;
        // set_times: when each set ran, for shading charts; set_plan (formats.md, "Added in the second wave"): each set's
        // external load, %1RM on the same external scale and the reserve the model used.
        var figures = new SessionFigures(
            Format.IsoLocal(summary.Start),
            summary.EndMin,
            summary.Sets,
            summary.ActiveMuscleMassKg,
            summary.VolumeLoadKg,
            summary.RecordUntilMin,
            result.Sets.Select(set => new SetTime(set.StartMin, set.EndMin)).ToArray(),
            result.Sets.Select(set => new PlannedSet(set.Exercise, set.Side.ToString().ToLowerInvariant(), set.Reps, set.LoadKg,
                set.PercentOfOneRm, set.RepsInReserve, set.StartMin, set.EndMin)).ToArray());

        var measures = AnswerJson.Keyed(result.Measures, measure => measure.Measure.Id(), measure => new MeasureAnswer(
            measure.Unit,
            measure.Baseline,
            measure.Peak,
            measure.PeakT,
            measure.PeakChangePct,
            measure.BackToBaselineT,
            Series(measure.Values),
            noExercise ? Series(measure.NoExerciseValues) : null));

        var diagnostics = result.Diagnostics;
        var sensitivity = Math.Min(diagnostics.AndrogenReceptorSensitivity.Count, MuscleGroups.Count);
        var answer = new DiagnosticsAnswer(
            diagnostics.LowestPhosphocreatinePct,
            diagnostics.LactateProducedMmol,
            diagnostics.PeakSympatheticDrive,
            diagnostics.PeakHpaDrive,
            diagnostics.LowestPlasmaVolumeChangePct,
            diagnostics.DamageIndex,
            diagnostics.PeakTotalTestosteroneCorrectedChangePct,
            AnswerJson.Keyed(Enumerable.Range(0, sensitivity), i => MuscleGroups.AllIds[i], i => diagnostics.AndrogenReceptorSensitivity[i]));

        return new SimulateAnswer(
            includeFile ? simulated.File : null,
            figures,
            measures,
            answer,
            simulated.Warnings.ToArray(),
            simulated.Uncertainty is { } uncertainty ? Uncertainty(uncertainty) : null);
    }

    /// <summary>Value at t = i whole minutes.</summary>
    private static SeriesPoint[] Series(IReadOnlyList<double> values)
    {
        var points = new SeriesPoint[values.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new SeriesPoint(i, values[i]);
        }
        return points;
    }

    /// <summary>The method as <c>uncertainty.method</c> names it.</summary>
    public const string UncertaintyMethod = "laplace posterior of the calibrated parameters (log-normal priors, calibration information J'J/s^2; docs/model.md)";

    /// <summary>
    /// <c>"uncertainty"</c> (formats.md, "surge simulate --uncertainty"): draws, seed, interval, method, redrawn, and per
    /// measure the 5th, 50th and 95th percentiles per minute and of the peak, its change and its time.
    /// </summary>
    private static UncertaintyAnswer Uncertainty(SessionUncertainty uncertainty) =>
        new(uncertainty.Draws, uncertainty.Seed, SessionUncertainty.Interval, UncertaintyMethod, uncertainty.Redrawn,
            AnswerJson.Keyed(uncertainty.Measures, band => band.Measure.Id(), band => new MeasureBandAnswer(
                band.Measure.Unit(),
                Enumerable.Range(0, band.Series.Count).ToArray(),
                band.Series.Select(b => b.P05).ToArray(),
                band.Series.Select(b => b.P50).ToArray(),
                band.Series.Select(b => b.P95).ToArray(),
                Band(band.Peak),
                Band(band.PeakChangePct),
                Band(band.PeakT))));

    private static BandAnswer Band(Band band) => new(band.P05, band.P50, band.P95);
}
