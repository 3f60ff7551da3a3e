using System.Text;
using System.Text.Json;
using Spectre.Console;
using Surge.Logs;
using Surge.Storage;

namespace Surge.Reports;

/// <summary>What one import read and stored.</summary>
/// <param name="Log">The export as read.</param>
/// <param name="Outcome">Workouts added and already present (counted, not written, on a dry run).</param>
/// <param name="DryRun">Whether nothing was written.</param>
/// <param name="Skipped">Skipped rows per reason, most first.</param>
public sealed record ImportSummary(WorkoutLog Log, ImportResult Outcome, bool DryRun, IReadOnlyList<KeyValuePair<string, int>> Skipped)
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

    public static ImportSummary Summarise(WorkoutLog log, ImportResult outcome, bool dryRun) => new(
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

    /// <summary>The summary table, then skipped rows and unmatched names.</summary>
    public static void Table(IAnsiConsole console, string file, ImportSummary summary, int mappingsSaved, string? database, string? athlete = null)
    {
        var log = summary.Log;
        console.WriteLine($"{(summary.DryRun ? "dry run (nothing written): " : "imported ")}{file} ({log.Format.ToString().ToLowerInvariant()} export, layout {log.Layout})");
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("");
        table.AddColumn(new TableColumn("").RightAligned());
        table.HideHeaders();
        void Row(string label, string value) => table.AddRow(Markup.Escape(label), Markup.Escape(value));
        Row("workouts", Format.Integer(log.Workouts.Count));
        Row("sets (warm-ups included)", Format.Integer(summary.Sets));
        Row("warm-up sets", Format.Integer(summary.WarmUps));
        Row("date range", summary.First is { } first && summary.Last is { } last ? $"{IsoDate(first)} – {IsoDate(last)}" : "—");
        Row(summary.DryRun ? "workouts new (would be added)" : "workouts added", Format.Integer(summary.Outcome.WorkoutsAdded));
        Row("workouts already present", Format.Integer(summary.Outcome.WorkoutsPresent));
        Row(summary.DryRun ? "sets new" : "sets added", Format.Integer(summary.Outcome.SetsAdded));
        Row("rows skipped", Format.Integer(log.Skipped.Count));
        Row("unmatched exercise names", Format.Integer(log.Unmatched.Count));
        if (athlete is not null)
        {
            Row("athlete", athlete);
        }
        if (database is not null)
        {
            Row(summary.DryRun ? "database (read only)" : "database", database);
        }
        console.Write(table);

        if (summary.Skipped.Count > 0)
        {
            var skipped = new Table().Border(TableBorder.Rounded);
            skipped.AddColumn("skipped rows: reason");
            skipped.AddColumn(new TableColumn("rows").RightAligned());
            if (summary.FirstSkipped.Count > 0)
            {
                skipped.AddColumn("first");
            }
            foreach (var (reason, count) in summary.Skipped)
            {
                if (summary.FirstSkipped.Count > 0)
                {
                    skipped.AddRow(Markup.Escape(reason), Format.Integer(count), Markup.Escape(summary.FirstSkipped.GetValueOrDefault(reason, "")));
                }
                else
                {
                    skipped.AddRow(Markup.Escape(reason), Format.Integer(count));
                }
            }
            console.Write(skipped);
        }
        if (log.Unmatched.Count > 0)
        {
            var unmatched = new Table().Border(TableBorder.Rounded);
            unmatched.AddColumn("unmatched exercise name");
            unmatched.AddColumn(new TableColumn("sets").RightAligned());
            unmatched.AddColumn("closest catalogue exercises");
            foreach (var name in log.Unmatched.OrderByDescending(u => u.Sets).ThenBy(u => u.Name, StringComparer.Ordinal))
            {
                unmatched.AddRow(Markup.Escape(name.Name), Format.Integer(name.Sets), Markup.Escape(string.Join(", ", name.Suggestions)));
            }
            console.Write(unmatched);
            console.WriteLine("Unmatched exercises are stored but left out of the analysis; map them with --map MAPPING.yaml (docs/import.md).");
        }
        if (mappingsSaved > 0)
        {
            console.WriteLine(summary.DryRun
                ? $"{mappingsSaved} mapping(s) applied (not saved: dry run)."
                : $"{mappingsSaved} mapping(s) saved for later imports.");
        }
    }
}
