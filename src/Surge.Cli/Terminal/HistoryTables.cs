using System.Globalization;
using Spectre.Console;
using Surge.Catalogue;
using Surge.History;
using Surge.Reports;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Cli.Terminal;

/// <summary>The human-readable output of <c>surge history</c>: sessions, weekly hard sets with bands, projection.</summary>
public static class HistoryTables
{
    public static void Write(IAnsiConsole console, HistoryReport report, int sessionsShown, int weeksShown, DateOnly? from, DateOnly? to,
        string athleteName = "default", AthleteSettings? profile = null, long? athleteNumber = null)
    {
        console.WriteLine(AthleteOutput.Line(athleteName, profile ?? AthleteSettings.None, athleteNumber));
        if (report.Workouts == 0)
        {
            var range = from is null && to is null ? "" : $" between {(from is { } f ? HistoryImportOutput.IsoDate(f) : "the start")} and {(to is { } t ? HistoryImportOutput.IsoDate(t) : "today")}";
            console.WriteLine($"No workouts in the database{range}. Import an export first: surge import FILE --format strong|hevy (docs/import.md).");
            return;
        }
        console.WriteLine($"{report.Workouts} workouts, {report.Sets} sets ({report.WarmUps} warm-up), {HistoryImportOutput.IsoDate(report.First!.Value)} – {HistoryImportOutput.IsoDate(report.Last!.Value)}");
        console.WriteLine();

        var shown = report.Sessions.Skip(Math.Max(0, report.Sessions.Count - sessionsShown)).ToList();
        var sessions = new Table().Border(TableBorder.Rounded);
        sessions.Title = new TableTitle(shown.Count < report.Sessions.Count ? $"last {shown.Count} of {report.Sessions.Count} sessions (--all for every one)" : "sessions");
        sessions.AddColumn("date");
        sessions.AddColumn("title");
        sessions.AddColumn(new TableColumn("sets").RightAligned());
        sessions.AddColumn(new TableColumn("total T peak").RightAligned());
        sessions.AddColumn(new TableColumn("GH peak").RightAligned());
        sessions.AddColumn(new TableColumn("lactate peak").RightAligned());
        foreach (var session in shown)
        {
            sessions.AddRow(
                Markup.Escape(Format.Clock(session.Start)),
                Markup.Escape(session.Title),
                Markup.Escape(session.SimulatedSets == session.Sets ? Format.Integer(session.Sets) : $"{session.Sets} ({session.SimulatedSets} matched)"),
                Markup.Escape(Format.SignedPercent(session.TotalTestosteronePeakChangePct)),
                Markup.Escape(Format.Value(session.GrowthHormonePeakUgPerL, ConsoleUnits.For(Measure.GrowthHormone.Unit(), console))),
                Markup.Escape(Format.Value(session.LactatePeakMmolPerL, Measure.Lactate.Unit())));
        }
        console.Write(sessions);
        console.WriteLine("Predicted serum responses to each logged workout (matched exercises; warm-ups included); T: % from before the first set.");
        console.WriteLine();

        var weeks = report.Weeks.Skip(Math.Max(0, report.Weeks.Count - weeksShown)).ToList();
        var trained = MuscleGroups.All.Where(g => report.Weeks.Any(w => w.HardSets[g] > 0)).ToList();
        var volume = new Table().Border(TableBorder.Rounded);
        volume.Title = new TableTitle($"hard sets per week (weeks from Monday; last {weeks.Count})");
        volume.AddColumn("muscle group");
        foreach (var week in weeks)
        {
            volume.AddColumn(new TableColumn(week.WeekStart.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)).RightAligned());
        }
        volume.AddColumn(new TableColumn("mean").RightAligned());
        volume.AddColumn("band");
        foreach (var group in trained)
        {
            var mean = weeks.Average(w => w.HardSets[group]);
            volume.AddRow([
                Markup.Escape(group.Id()),
                .. weeks.Select(w => Markup.Escape(Sets(w.HardSets[group]))),
                Markup.Escape(Sets(mean)),
                Markup.Escape(VolumeBands.Of(mean).Label()),
            ]);
        }
        console.Write(volume);
        var untrained = MuscleGroups.All.Count - trained.Count;
        if (untrained > 0)
        {
            console.WriteLine($"other groups ({untrained}): no hard sets");
        }
        console.WriteLine("Hard sets: working sets (not warm-ups), 1 per primary and 0.5 per secondary muscle group; bands: under 10, 10–20, over 20 sets a week.");
        console.WriteLine();

        var projection = report.Projection;
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"projection: the next {projection.Weeks} weeks if training continues as in the weeks from {HistoryImportOutput.IsoDate(projection.BasisWeeks[0])}");
        table.AddColumn("muscle group");
        table.AddColumn(new TableColumn("hard sets per week").RightAligned());
        table.AddColumn("band");
        table.AddColumn(new TableColumn($"size change after {projection.Weeks} weeks").RightAligned());
        foreach (var group in MuscleGroups.All.Where(g => projection.HardSetsPerWeek[g] > 0 || Math.Abs(projection.SizeChangePct[g]) >= 0.05))
        {
            table.AddRow(
                Markup.Escape(group.Id()),
                Markup.Escape(Sets(projection.HardSetsPerWeek[group])),
                Markup.Escape(VolumeBands.Of(projection.HardSetsPerWeek[group]).Label()),
                Markup.Escape(Format.SignedPercent(projection.SizeChangePct[group])));
        }
        console.Write(table);
        console.WriteLine("Size change: mean of both sides, % from today; groups not listed: no training and no change.");
        if (projection.OneRmChangePct.Count > 0)
        {
            var responsiveness = report.StrengthResponsiveness is { } f
                ? $"strength responsiveness {f.ToString("0.###", CultureInfo.InvariantCulture)}, fitted to the log (surge fit --db --store)"
                : "strength responsiveness 1, the population's average";
            var changes = string.Join(", ", projection.OneRmChangePct.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {Format.SignedPercent(c.Value)}"));
            console.WriteLine($"1RM change after {projection.Weeks} weeks ({responsiveness}): {changes}");
        }

        if (report.FitnessFatigue.Days.Count > 0)
        {
            console.WriteLine();
            console.WriteLine(FitnessFatigueLine(report.FitnessFatigue));
        }

        if (report.Readiness is { At: { } at, Muscles.Count: > 0 } readiness)
        {
            console.WriteLine();
            var ready = new Table().Border(TableBorder.Rounded);
            ready.Title = new TableTitle($"readiness at {Format.Clock(at)}");
            ready.AddColumn("muscle group");
            ready.AddColumn(new TableColumn("recovered").RightAligned());
            foreach (var muscle in readiness.Muscles)
            {
                ready.AddRow(Markup.Escape(muscle.Group.Id()), Markup.Escape(Format.Percent(muscle.RecoveredPct)));
            }
            console.Write(ready);
            console.WriteLine("A day after the last workout. Recovered: how much of the micro-damage deficit the model tracks has resolved (100 % = fully recovered; docs/model.md, \"Readiness\").");
        }

        if (report.Unmatched.Count > 0)
        {
            console.WriteLine();
            console.WriteLine($"{report.Unmatched.Count} exercise name(s) match no catalogue exercise and are left out: " +
                string.Join("; ", report.Unmatched.Take(5).Select(u => $"{u.Name} ({u.Sets} sets; closest: {string.Join(", ", u.Suggestions)})")) +
                (report.Unmatched.Count > 5 ? "; …" : "") + ". Map them with surge import … --map MAPPING.yaml.");
        }
    }

    private static string Sets(double sets) => sets.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// "Fitness–fatigue on 2026-11-24: fitness 4.1 hard sets/day, fatigue 6.3 hard sets/day, form -2.2 hard sets/day
    /// (…)": the last day of the series, the day after the last workout.
    /// </summary>
    public static string FitnessFatigueLine(HistoryFitnessFatigue series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var today = series.Days[^1];
        string Value(double x) => x.ToString("0.0", CultureInfo.InvariantCulture) + " " + HistoryFitnessFatigue.Unit;
        return $"Fitness–fatigue on {HistoryImportOutput.IsoDate(today.Date)} (the day after the last workout): fitness {Value(today.Fitness)}, "
            + $"fatigue {Value(today.Fatigue)}, form {Value(today.Form)} (42- and 7-day means of the daily hard sets; docs/model.md, \"Fitness and fatigue\").";
    }
}
