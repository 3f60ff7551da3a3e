using Surge.Logs;

namespace Surge.Reports;

/// <summary>What an import added to the store: workouts added, workouts already present, sets added (the store's import result, mapped by the caller).</summary>
public sealed record ImportCounts(int WorkoutsAdded, int WorkoutsPresent, int SetsAdded);

/// <summary>What one import read and stored.</summary>
/// <param name="Log">The export as read.</param>
/// <param name="Outcome">Workouts added and already present (counted, not written, on a dry run).</param>
/// <param name="DryRun">Whether nothing was written.</param>
/// <param name="Skipped">Skipped rows per reason, most first.</param>
public sealed record ImportSummary(WorkoutLog Log, ImportCounts Outcome, bool DryRun, IReadOnlyList<KeyValuePair<string, int>> Skipped)
{
    /// <summary>For each kind of malformed row, the first such row as the reader described it (its value and line).</summary>
    public IReadOnlyDictionary<string, string> FirstSkipped { get; init; } = new Dictionary<string, string>();

    public int Sets => Log.SetCount;

    public int WarmUps => Log.Workouts.Sum(w => w.Sets.Count(s => s.Kind == SetKind.WarmUp));

    public DateOnly? First => Log.Workouts.Count == 0 ? null : DateOnly.FromDateTime(Log.Workouts.Min(w => w.Start));

    public DateOnly? Last => Log.Workouts.Count == 0 ? null : DateOnly.FromDateTime(Log.Workouts.Max(w => w.Start));
}

/// <summary>The output of <c>surge import</c>: a summary table or one JSON object.</summary>
public static class HistoryImportOutput
{
    public static ImportSummary Summarise(WorkoutLog log, ImportCounts outcome, bool dryRun) => new(
        log,
        outcome,
        dryRun,
        log.Skipped.GroupBy(s => s.Kind, StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(g.Key, g.Count()))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList())
    {
        FirstSkipped = log.Skipped.Where(s => s.Kind != s.Reason).GroupBy(s => s.Kind, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Reason, StringComparer.Ordinal),
    };

    /// <summary><c>{workouts, sets, warm_ups, first, last, added, already_present, skipped: {reason: count}, unmatched: [...]}</c> plus extras.</summary>
    public static string Json(ImportSummary summary) => AnswerJson.Write(Answer(summary), AnswerJson.Relaxed.ImportAnswer);

    /// <summary>The import summary as its typed answer.</summary>
    public static ImportAnswer Answer(ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        // Many malformed rows are one count per kind; the first of each says where to look.
        var skippedFirst = summary.FirstSkipped.Count > 0
            ? AnswerJson.Keyed(summary.Skipped.Where(s => summary.FirstSkipped.ContainsKey(s.Key)), s => s.Key, s => summary.FirstSkipped[s.Key])
            : null;
        return new ImportAnswer(
            summary.Log.Workouts.Count,
            summary.Sets,
            summary.WarmUps,
            Date(summary.First),
            Date(summary.Last),
            summary.Outcome.WorkoutsAdded,
            summary.Outcome.WorkoutsPresent,
            AnswerJson.Keyed(summary.Skipped, s => s.Key, s => s.Value),
            skippedFirst,
            Unmatched(summary.Log.Unmatched),
            summary.Outcome.SetsAdded,
            summary.Log.Layout,
            summary.DryRun);
    }

    /// <summary>The <c>unmatched</c> array shared by import and history: <c>[{name, sets, suggestions}]</c>.</summary>
    internal static UnmatchedAnswer[] Unmatched(IReadOnlyList<UnmatchedName> unmatched) =>
        unmatched.Select(name => new UnmatchedAnswer(name.Name, name.Sets, name.Suggestions.ToArray())).ToArray();

    /// <summary>The date as yyyy-MM-dd, or null.</summary>
    internal static string? Date(DateOnly? date) => date is { } d ? IsoDate(d) : null;

    internal static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
