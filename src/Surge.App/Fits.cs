using System.Globalization;
using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Files;
using Surge.Fitting;
using Surge.Logs;
using Surge.Simulation;
using Surge.Storage;
using Surge.Training;

namespace Surge.App;

/// <summary>
/// The fit use cases of <c>surge fit</c>: a person's acute response from samples measured after one session, and their
/// strength responsiveness from their stored log; and what each stores in the athlete's profile (<c>--store</c>).
/// </summary>
public static class Fits
{
    /// <summary>
    /// Fits the person's response factors to <paramref name="samples"/> (read from <paramref name="samplesFile"/>) of
    /// <paramref name="session"/>.
    /// </summary>
    /// <exception cref="InputException">A sample lies after the session's record ends (the message names its line).</exception>
    public static PersonFit FitSession(Session session, IReadOnlyList<MeasuredSample> samples, string samplesFile, SessionSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(simulator);
        var record = simulator.Simulate(session);
        var lastMin = record.PointCount - 1;
        if (samples.FirstOrDefault(s => s.TimeMin > lastMin) is { } late)
        {
            throw new InputException(new InputError(samplesFile, late.Line, null, "t_min",
                string.Create(CultureInfo.InvariantCulture,
                    $"{late.TimeMin} min is outside the session: its record runs from 0 to {lastMin} min after the first set (the sets and record_until)")).ToString());
        }
        return PersonFitter.Fit(session, samples, simulator);
    }

    /// <summary>The profile fields a session fit stores: the fitted values, the others unchanged (null).</summary>
    /// <exception cref="InputException">The samples determine none of the fitted values: nothing to store.</exception>
    public static AthleteSettings ProfileChanges(PersonFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        double? Value(string name) => fit.Parameters.First(p => p.Name == name).Value;
        if (!fit.Parameters.Any(p => p.Value is not null))
        {
            throw new InputException("--store: the samples determine none of the fitted values (see the notes without --store); nothing stored");
        }
        return new AthleteSettings(
            MorningTestosteroneNmolPerL: Value(PersonFitter.RestingTestosterone),
            GrowthHormoneResponse: Value(PersonFitter.GrowthHormoneResponse),
            CortisolResponse: Value(PersonFitter.CortisolResponse),
            LactateResponse: Value(PersonFitter.LactateResponse),
            LactateClearance: Value(PersonFitter.LactateClearance));
    }

    /// <summary>
    /// Fits <paramref name="athlete"/>'s strength responsiveness to their log in <paramref name="store"/> (the stored
    /// mappings applied), with their stored profile.
    /// </summary>
    /// <exception cref="InputException">The log holds no workouts.</exception>
    /// <exception cref="StoreException">The store cannot be read.</exception>
    public static LogFit FitLog(SurgeStore store, string athlete, ExerciseCatalogue catalogue, ProgramSimulator programs)
    {
        ArgumentNullException.ThrowIfNull(store);
        var workouts = StoredHistory.ApplyMappings(store.Workouts(null, null, athlete), store.Mappings(), catalogue);
        if (workouts.Count == 0)
        {
            throw new InputException($"--db: the log of {athlete} holds no workouts; nothing to fit (import one: surge import FILE --format strong|hevy --athlete {athlete})");
        }
        return LogFitter.Fit(workouts, store.Profile(athlete).ToAthlete(), catalogue, programs);
    }

    /// <summary>The profile field a log fit stores.</summary>
    /// <exception cref="InputException">The log does not determine the strength responsiveness: nothing to store.</exception>
    public static AthleteSettings ProfileChanges(LogFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        if (fit.StrengthResponsiveness is not { } factor)
        {
            var note = fit.Parameters.First(p => p.Name == LogFitter.StrengthResponsiveness).Note;
            throw new InputException($"--store: the log does not determine strength_responsiveness ({note}); nothing stored");
        }
        return new AthleteSettings(StrengthResponsiveness: factor);
    }
}
