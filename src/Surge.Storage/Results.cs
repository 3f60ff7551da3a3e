using Surge.Logs;

namespace Surge.Storage;

/// <summary>What one import added.</summary>
/// <param name="WorkoutsAdded">Workouts whose natural key was new.</param>
/// <param name="WorkoutsPresent">Workouts already in the store (same athlete and key): skipped.</param>
/// <param name="SetsAdded">Sets of the added workouts.</param>
/// <param name="Duplicates">Workouts whose key appeared earlier in the same log: skipped.</param>
public sealed record ImportResult(int WorkoutsAdded, int WorkoutsPresent, int SetsAdded, int Duplicates);

/// <summary>One recorded import.</summary>
/// <param name="Id">Database id, increasing with time.</param>
/// <param name="Athlete">The athlete the workouts were imported for.</param>
/// <param name="File">The source file's name.</param>
/// <param name="Format">Strong or Hevy.</param>
/// <param name="Layout">The export layout the reader recognised.</param>
/// <param name="ImportedUtc">When the import ran (UTC).</param>
/// <param name="WorkoutsAdded">Workouts added.</param>
/// <param name="WorkoutsSkipped">Workouts skipped because they were already stored.</param>
/// <param name="Duplicates">Workouts skipped because their key repeated within the file.</param>
/// <param name="SetsAdded">Sets added.</param>
public sealed record ImportRecord(
    long Id,
    string Athlete,
    string File,
    LogFormat Format,
    string Layout,
    DateTime ImportedUtc,
    int WorkoutsAdded,
    int WorkoutsSkipped,
    int Duplicates,
    int SetsAdded);

/// <summary>An athlete and what is stored for them.</summary>
/// <param name="Number">
/// The athlete's number within its owner: 1, 2, … in the order the owner's athletes were created (what the web app's
/// URLs and its <c>id</c> fields name). Unique within the owner only; another owner's athletes have the same numbers.
/// </param>
/// <param name="Name">The name given at import.</param>
/// <param name="Workouts">Stored workouts.</param>
/// <param name="Sets">Stored sets, warm-ups included.</param>
/// <param name="First">Day of the first workout; null when none is stored.</param>
/// <param name="Last">Day of the last workout; null when none is stored.</param>
public sealed record AthleteSummary(long Number, string Name, int Workouts, int Sets, DateOnly? First, DateOnly? Last);

/// <summary>Which database engine a store uses.</summary>
public enum StoreProvider
{
    Sqlite,
    PostgreSql,
}

/// <summary>A bounded read of an athlete's history: the latest workouts that fit the limit, and what the whole range holds.</summary>
/// <param name="Workouts">The workouts read, in start order.</param>
/// <param name="WorkoutsInRange">Workouts stored in the requested date range.</param>
/// <param name="SetsInRange">Sets stored in the requested date range.</param>
public sealed record HistoryWindow(IReadOnlyList<LoggedWorkout> Workouts, int WorkoutsInRange, long SetsInRange)
{
    /// <summary>Sets read (at most the limit, unless a single workout is larger).</summary>
    public long SetsRead => Workouts.Sum(w => (long)w.Sets.Count);

    /// <summary>Whether earlier workouts of the range were left out.</summary>
    public bool Truncated => Workouts.Count < WorkoutsInRange;
}
