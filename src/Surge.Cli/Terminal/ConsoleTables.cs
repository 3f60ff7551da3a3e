using Spectre.Console;
using Surge.Catalogue;
using Surge.Reports;
using Surge.Simulation;
using Surge.Uncertainty;

namespace Surge.Cli.Terminal;

/// <summary>The human-readable output: Spectre tables and lines, every number with its unit.</summary>
public static class ConsoleTables
{
    public const string NotWithinRecord = "not within record";

    /// <summary>The <c>surge simulate</c> output: session line, table per measure, "why" block.</summary>
    public static void Simulation(IAnsiConsole console, SimulatedSession session)
    {
        var result = session.Result;
        console.WriteLine(session.Name);
        console.WriteLine("session: " + SessionLine(result.Session));
        console.WriteLine();

        var uncertainty = session.Uncertainty;
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("measure");
        table.AddColumn("unit");
        table.AddColumn(new TableColumn("baseline").RightAligned());
        table.AddColumn(new TableColumn("peak").RightAligned());
        if (uncertainty is not null)
        {
            table.AddColumn(new TableColumn("peak, 90 %").RightAligned());
        }
        table.AddColumn(new TableColumn("change").RightAligned());
        if (uncertainty is not null)
        {
            table.AddColumn(new TableColumn("change, 90 %").RightAligned());
        }
        table.AddColumn(new TableColumn("peak, from the last set").RightAligned());
        table.AddColumn(new TableColumn("back to baseline, from the last set").RightAligned());
        var endMin = result.Session.EndMin;
        foreach (var measure in result.Measures)
        {
            var unit = ConsoleUnits.For(measure.Unit, console);
            var cells = new List<Spectre.Console.Rendering.IRenderable>
            {
                Cell(measure.Measure.Title()),
                Cell(unit),
                Cell(Format.Value(measure.Baseline, unit)),
                Cell(Format.Value(measure.Peak, unit)),
            };
            // With --uncertainty the peak and its change carry the central 90 % of the parameter draws.
            var band = uncertainty?[measure.Measure];
            if (band is not null)
            {
                cells.Add(Cell(Interval(band.Peak, Format.Number) + " " + unit));
            }
            cells.Add(Cell(Format.Change(measure.PeakChangePct)));
            if (band is not null)
            {
                cells.Add(Cell(Interval(band.PeakChangePct, Format.Change, " to ")));
            }
            cells.Add(Cell(Format.MinutesFrom(measure.PeakT - endMin)));
            cells.Add(Cell(measure.BackToBaselineT is { } back ? Format.MinutesFrom(back - endMin) : NotWithinRecord));
            table.AddRow(cells);
        }
        console.Write(table);
        if (uncertainty is not null)
        {
            console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"90 %: the central 90 % of {uncertainty.Draws} parameter sets drawn from the calibrated parameters' posterior (seed {uncertainty.Seed}); other columns: the shipped set (docs/model.md)."));
        }
        console.WriteLine();
        Why(console, result.Diagnostics);
    }

    /// <summary>"low–high" of a band, each end formatted by <paramref name="format"/> (" to " between signed ends).</summary>
    public static string Interval(Band band, Func<double, string> format, string between = "–") => format(band.P05) + between + format(band.P95);

    /// <summary>The <c>surge compare</c> output: one row per measure, one column per file; then a session line per file.</summary>
    public static void Comparison(IAnsiConsole console, IReadOnlyList<SimulatedSession> sessions)
    {
        var labels = Labels(sessions);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("measure");
        foreach (var label in labels)
        {
            table.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
        }
        foreach (var measure in Measures.All)
        {
            var cells = new List<Spectre.Console.Rendering.IRenderable> { Cell(measure.Title() + "\n" + ConsoleUnits.For(measure.Unit(), console)) };
            foreach (var session in sessions)
            {
                var m = session.Result[measure];
                cells.Add(Cell(
                    $"{Format.Change(m.PeakChangePct)}\n" +
                    $"peak {Format.Value(m.Peak, ConsoleUnits.For(m.Unit, console))}\n" +
                    $"at {Format.Minutes(m.PeakT)}"));
            }
            table.AddRow(cells);
        }
        console.Write(table);
        console.WriteLine("change: peak vs. baseline (× N: N-fold); at: time to peak since the first set.");
        console.WriteLine();
        for (var i = 0; i < sessions.Count; i++)
        {
            console.WriteLine($"{labels[i]}: {SessionLine(sessions[i].Result.Session)}");
        }
    }

    /// <summary>The <c>surge exercises</c> table.</summary>
    public static void Exercises(IAnsiConsole console, IReadOnlyList<Exercise> exercises)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("name");
        table.AddColumn("equipment");
        table.AddColumn("primary muscles (activation)");
        table.AddColumn("secondary muscles (activation)");
        table.AddColumn("unilateral");
        table.AddColumn("aliases");
        foreach (var exercise in exercises)
        {
            table.AddRow(
                Cell(exercise.Name),
                Cell(exercise.Equipment.ToString().ToLowerInvariant()),
                Cell(Groups(exercise, exercise.Primary)),
                Cell(Groups(exercise, exercise.Secondary)),
                Cell(exercise.Unilateral ? "yes" : "no"),
                Cell(string.Join(", ", exercise.Aliases)));
        }
        console.Write(table);
        console.WriteLine($"{exercises.Count} exercises; activation: share of the muscle group's mass recruited at maximal effort.");
    }

    /// <summary>"16 sets · duration 52.5 min · active muscle mass 14.2 kg · volume load 9120 kg · start 2026-11-20 17:30".</summary>
    public static string SessionLine(SessionSummary summary) =>
        $"{Format.Integer(summary.Sets)} sets · duration {Format.Minutes(summary.EndMin)} · " +
        $"active muscle mass {Format.Kilograms(summary.ActiveMuscleMassKg)} · volume load {Format.Kilograms(summary.VolumeLoadKg)} · " +
        $"start {Format.Clock(summary.Start)}";

    /// <summary>File names when they are distinct, else the paths as given.</summary>
    private static string[] Labels(IReadOnlyList<SimulatedSession> sessions)
    {
        var names = sessions.Select(s => s.Name).ToArray();
        return names.Distinct(StringComparer.Ordinal).Count() == names.Length ? names : sessions.Select(s => s.File).ToArray();
    }

    private static void Why(IAnsiConsole console, Diagnostics diagnostics)
    {
        console.WriteLine("why:");
        var grid = new Grid();
        grid.AddColumn(new GridColumn().PadLeft(2));
        grid.AddColumn(new GridColumn().RightAligned());
        grid.AddColumn();
        void Row(string what, string value, string note) => grid.AddRow(Cell(what), Cell(value), Cell(note));
        Row("lowest phosphocreatine", Format.Percent(diagnostics.LowestPhosphocreatinePct), "of the resting store (any working muscle)");
        Row("lactate produced", Format.Value(diagnostics.LactateProducedMmol, "mmol"), "by glycolysis over the session");
        Row("plasma volume change", Format.SignedPercent(diagnostics.LowestPlasmaVolumeChangePct), "largest fall (concentrates every serum value)");
        Row("peak sympathetic drive", Format.Plain(diagnostics.PeakSympatheticDrive) + " ×", "reference leg session = 1");
        Row("HPA drive (ACTH)", Format.Plain(diagnostics.PeakHpaDrive) + " ×", "peak, dimensionless");
        Row("damage index", Format.Plain(diagnostics.DamageIndex) + " ×", "reference leg session = 1");
        Row("PV-corrected total T change", Format.SignedPercent(diagnostics.PeakTotalTestosteroneCorrectedChangePct), "peak, with the plasma-volume shift removed");
        console.Write(grid);
    }

    private static string Groups(Exercise exercise, IReadOnlyList<MuscleGroup> groups) =>
        groups.Count == 0 ? "—" : string.Join("\n", groups.Select(g => $"{g.Id()} {Format.Percent(100 * exercise.ActivationOf(g)).Replace(".0 %", " %", StringComparison.Ordinal)}"));

    private static Text Cell(string text) => new(text);
}
