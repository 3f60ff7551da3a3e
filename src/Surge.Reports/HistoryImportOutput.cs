using System.Text;
using System.Text.Json;
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
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
    public static string Json(ImportSummary summary)
    {
        return JsonText.Write(_options, writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("workouts", summary.Log.Workouts.Count);
            writer.WriteNumber("sets", summary.Sets);
            writer.WriteNumber("warm_ups", summary.WarmUps);
            WriteDate(writer, "first", summary.First);
            WriteDate(writer, "last", summary.Last);
            writer.WriteNumber("added", summary.Outcome.WorkoutsAdded);
            writer.WriteNumber("already_present", summary.Outcome.WorkoutsPresent);
            writer.WriteStartObject("skipped");
            foreach (var (reason, count) in summary.Skipped)
            {
                writer.WriteNumber(reason, count);
            }
            writer.WriteEndObject();
            if (summary.FirstSkipped.Count > 0)
            {
                // Many malformed rows are one count per kind; the first of each says where to look.
                writer.WriteStartObject("skipped_first");
                foreach (var (reason, _) in summary.Skipped)
                {
                    if (summary.FirstSkipped.TryGetValue(reason, out var first))
                    {
                        writer.WriteString(reason, first);
                    }
                }
                writer.WriteEndObject();
            }
            WriteUnmatched(writer, summary.Log.Unmatched);
            writer.WriteNumber("sets_added", summary.Outcome.SetsAdded);
            writer.WriteString("layout", summary.Log.Layout);
            writer.WriteBoolean("dry_run", summary.DryRun);
            writer.WriteEndObject();
        });
    }

    /// <summary>The <c>unmatched</c> array shared by import and history: <c>[{name, sets, suggestions}]</c>.</summary>
    internal static void WriteUnmatched(Utf8JsonWriter writer, IReadOnlyList<UnmatchedName> unmatched)
    {
        writer.WriteStartArray("unmatched");
        foreach (var name in unmatched)
        {
            writer.WriteStartObject();
            writer.WriteString("name", name.Name);
            writer.WriteNumber("sets", name.Sets);
            writer.WriteStartArray("suggestions");
            foreach (var suggestion in name.Suggestions)
            {
                writer.WriteStringValue(suggestion);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    internal static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, IsoDate(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    internal static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
