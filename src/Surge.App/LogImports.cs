using Surge.Logs;
using Surge.Storage;

namespace Surge.App;

/// <summary>
/// The import use case, once for <c>surge import</c> and <c>POST /api/import</c>: read the export with the exercise
/// mappings that apply, then store it (one transaction) or, for a dry run, count what storing would add. The shells
/// read the bytes (a file, an upload) and write the summary.
/// </summary>
public static class LogImports
{
    /// <summary>
    /// The mappings an import reads with: those remembered in the store from earlier imports, and those of a mapping
    /// file (<c>--map</c>), which win.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Mappings(IReadOnlyDictionary<string, string> stored, IReadOnlyDictionary<string, string>? file)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var mappings = new Dictionary<string, string>(stored, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, exercise) in file ?? new Dictionary<string, string>())
        {
            mappings[name] = exercise;
        }
        return mappings;
    }

    /// <summary>
    /// Whether <paramref name="log"/>, read without the store's mappings, has a name the catalogue did not match that
    /// one of <paramref name="stored"/> maps (it is then read again with <see cref="Mappings"/>).
    /// </summary>
    public static bool NeedsStoredMappings(WorkoutLog log, IReadOnlyDictionary<string, string> stored)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(stored);
        return log.Unmatched.Any(u => stored.ContainsKey(u.Name.Trim()));
    }

    /// <summary>
    /// Stores <paramref name="log"/> as <paramref name="athlete"/>'s (workouts already stored are skipped) and remembers
    /// the mapping file's <paramref name="fileMappings"/>; for a <paramref name="dryRun"/>, writes nothing and counts what
    /// storing would add (<paramref name="store"/> may then be null: no database yet).
    /// </summary>
    /// <exception cref="StoreException">The store cannot be read or written (nothing was stored).</exception>
    public static ImportResult Store(SurgeStore? store, WorkoutLog log, string source, string athlete, bool dryRun,
        IReadOnlyDictionary<string, string>? fileMappings = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(log);
        if (dryRun)
        {
            return store?.CountImport(log, athlete) ?? SurgeStore.PlanImport(log, new HashSet<string>()).Counts;
        }
        ArgumentNullException.ThrowIfNull(store);
        var outcome = store.Import(log, source, athlete, cancellation);
        if (fileMappings is { Count: > 0 })
        {
            store.SaveMappings(fileMappings);
        }
        return outcome;
    }
}
