using Surge.Adaptation;
using Surge.Catalogue;
using Surge.History;
using Surge.Logs;
using Surge.Simulation;
using Surge.Storage;
using Surge.Training;

namespace Surge.App;

/// <summary>A stored log as analysed: what the history use case hands to the outputs.</summary>
/// <param name="Workouts">The workouts analysed, with the stored mappings applied.</param>
/// <param name="Profile">The athlete's stored profile (with what fits stored in it).</param>
/// <param name="Report">The analysis.</param>
public sealed record HistoryRun(IReadOnlyList<LoggedWorkout> Workouts, AthleteSettings Profile, HistoryReport Report);

/// <summary>
/// The history use case, once for <c>surge history</c> and <c>/api/history</c>: the workouts the shell read from the
/// store (a date range, or the latest that one request analyses), the mappings saved since their import applied, the
/// athlete's stored profile, the analysis.
/// </summary>
public static class HistoryRuns
{
    /// <summary>Analyses <paramref name="stored"/>, workouts of <paramref name="athlete"/> read from <paramref name="store"/>.</summary>
    /// <exception cref="StoreException">The store cannot be read.</exception>
    public static HistoryRun Analyze(SurgeStore store, string athlete, IReadOnlyList<LoggedWorkout> stored, ExerciseCatalogue catalogue,
        SessionSimulator sessions, ProgramSimulator programs)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalogue);
        var workouts = StoredHistory.ApplyMappings(stored, store.Mappings(), catalogue);
        var profile = store.Profile(athlete);
        return new HistoryRun(workouts, profile, HistoryAnalyzer.Analyze(workouts, profile, catalogue, sessions, programs));
    }
}
