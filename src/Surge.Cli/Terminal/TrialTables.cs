using System.Globalization;
using Spectre.Console;
using Surge.Trials;

namespace Surge.Cli.Terminal;

/// <summary>The <c>surge trial</c> tables: the paper-like tables of a run and the power table.</summary>
public static class TrialTables
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    /// <summary>Two tables like a paper's: per arm mean ± SD (n) of each outcome; per contrast the difference [95 % CI], p and g.</summary>
    public static void Tables(IAnsiConsole console, TrialResult result)
    {
        var arms = new Table().Title(Markup.Escape($"{(result.Design == TrialDesign.Parallel ? "Parallel" : "Within-subject")} trial, n = {result.N}{(result.Design == TrialDesign.Parallel ? " per arm" : "")}, seed {result.Seed}, variability {(result.Variability == TrialVariability.Population ? "population" : "none")}"));
        arms.AddColumn("outcome (% change)");
        foreach (var arm in result.Arms)
        {
            arms.AddColumn(new TableColumn(Markup.Escape(arm.Arm)).RightAligned());
        }
        for (var o = 0; o < result.OutcomeKeys.Count; o++)
        {
            var row = new List<string> { Markup.Escape(result.OutcomeKeys[o]) };
            foreach (var arm in result.Arms)
            {
                var s = arm.Outcomes[o];
                row.Add($"{s.Mean.ToString("0.0", _invariant)} ± {s.Sd.ToString("0.0", _invariant)} ({s.N.ToString(_invariant)})");
            }
            arms.AddRow(row.ToArray());
        }
        console.Write(arms);
        if (result.Contrasts.Count == 0)
        {
            Correlations(console, result);
            return;
        }
        var contrasts = new Table().Title(result.Design == TrialDesign.Parallel ? "Contrasts (Welch's t)" : "Contrasts (paired t)");
        contrasts.AddColumn("a − b");
        contrasts.AddColumn("outcome");
        contrasts.AddColumn(new TableColumn("difference [[95 % CI]], % points").RightAligned());
        contrasts.AddColumn(new TableColumn("p").RightAligned());
        contrasts.AddColumn(new TableColumn("Hedges' g").RightAligned());
        foreach (var c in result.Contrasts)
        {
            contrasts.AddRow(
                Markup.Escape($"{c.A} − {c.B}"),
                Markup.Escape(c.Outcome),
                Markup.Escape($"{Signed(c.Difference)} [{Signed(c.CiLow)}, {Signed(c.CiHigh)}]"),
                Markup.Escape(c.P is { } p ? (p < 0.001 ? "< 0.001" : p.ToString("0.000", _invariant)) : "n/a"),
                c.HedgesG is { } g ? g.ToString("0.00", _invariant) : "n/a");
        }
        console.Write(contrasts);
        Correlations(console, result);
    }

    // Pearson's r across subjects between each arm's outcomes; only where subjects differ and there are two outcomes.
    private static void Correlations(IAnsiConsole console, TrialResult result)
    {
        if (result.Correlations.All(c => c.R is null))
        {
            return;
        }
        if (result.Correlations.Count > 30)
        {
            console.MarkupLine(Markup.Escape($"{result.Correlations.Count} correlations across subjects (Pearson r): see --json."));
            return;
        }
        var table = new Table().Title(Markup.Escape($"Correlations across subjects (Pearson r, n = {result.N.ToString(_invariant)} per arm)"));
        table.AddColumn("arm");
        table.AddColumn("outcome a");
        table.AddColumn("outcome b");
        table.AddColumn(new TableColumn("r").RightAligned());
        foreach (var c in result.Correlations)
        {
            table.AddRow(Markup.Escape(c.Arm), Markup.Escape(c.A), Markup.Escape(c.B), c.R is { } r ? r.ToString("0.00", _invariant) : "n/a");
        }
        console.Write(table);
    }

    /// <summary>The power table: per contrast the n that reached the target and the power seen there.</summary>
    public static void PowerTable(IAnsiConsole console, Trial trial, double target, int replicates, IReadOnlyList<PowerResult> results)
    {
        var table = new Table().Title(Markup.Escape(string.Create(_invariant,
            $"Subjects needed for {target * 100:0} % power at p < 0.05 ({replicates} simulated trials per n, {trial.DesignId}{(trial.Design == TrialDesign.Parallel ? ", n per arm" : "")})")));
        table.AddColumn("a − b");
        table.AddColumn("outcome");
        table.AddColumn(new TableColumn("n").RightAligned());
        table.AddColumn(new TableColumn("power at n").RightAligned());
        foreach (var r in results)
        {
            table.AddRow(
                Markup.Escape($"{r.A} − {r.B}"),
                Markup.Escape(r.Outcome),
                r.N is { } n ? n.ToString(_invariant) : Markup.Escape($"> {r.LargestNTried.ToString(_invariant)}"),
                (r.Power * 100).ToString("0", _invariant) + " %");
        }
        console.Write(table);
    }

    private static string Signed(double value) => value.ToString("+0.0;-0.0;0.0", _invariant);
}
