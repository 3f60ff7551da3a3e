using Spectre.Console;
using Surge.Reports;

namespace Surge.Cli.Terminal;

/// <summary>The <c>surge import</c> summary table (the JSON is <see cref="HistoryImportOutput"/>).</summary>
public static class ImportTables
{
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
        Row("date range", summary.First is { } first && summary.Last is { } last ? $"{HistoryImportOutput.IsoDate(first)} – {HistoryImportOutput.IsoDate(last)}" : "—");
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
