using System.Globalization;
using Spectre.Console;
using Surge.Fitting;
using Surge.Simulation;

namespace Surge.Cli.Terminal;

/// <summary>The <c>surge fit</c> tables (the JSON is <see cref="Reports.FitOutput"/>).</summary>
public static class FitTables
{
    /// <summary>The table: parameter, value ± SE with unit, note; then the residual SD of each measure sampled.</summary>
    public static void Table(IAnsiConsole console, PersonFit fit)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(fit);
        ParameterTable(console, $"fit to {fit.Observations} sample(s)", fit.Parameters);
        foreach (var (measure, sd) in fit.ResidualSd)
        {
            console.WriteLine($"residual SD of {measure.Id()}: {Text(sd)} {ConsoleUnits.For(measure.Unit(), console)}");
        }
        Stopped(console, fit.ReasonForExit, fit.Iterations);
    }

    /// <summary>The table of a fit to a log; then the residual SD of each lift's e1RM, kg.</summary>
    public static void Table(IAnsiConsole console, LogFit fit)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(fit);
        ParameterTable(console, $"fit to {fit.Observations} e1RM(s) of {fit.Lifts} lift(s) over {fit.SpanDays} days (1 = the population's average)", fit.Parameters);
        foreach (var (lift, sd) in fit.ResidualSdKg)
        {
            console.WriteLine($"residual SD of the {lift} e1RM: {Text(sd)} kg");
        }
        Stopped(console, fit.ReasonForExit, fit.Iterations);
    }

    private static void ParameterTable(IAnsiConsole console, string title, IReadOnlyList<FittedParameter> parameters)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle(Markup.Escape(title));
        table.AddColumn("parameter");
        table.AddColumn(new TableColumn("value").RightAligned());
        table.AddColumn(new TableColumn("std. error").RightAligned());
        table.AddColumn("unit");
        table.AddColumn("note");
        foreach (var p in parameters)
        {
            table.AddRow(
                Markup.Escape(p.Name),
                Markup.Escape(p.Value is { } v ? Text(v) : "not determined"),
                Markup.Escape(p.StandardError is { } se ? Text(se) : "—"),
                Markup.Escape(ConsoleUnits.For(p.Unit, console)),
                Markup.Escape(p.Note ?? ""));
        }
        console.Write(table);
    }

    private static void Stopped(IAnsiConsole console, string? reasonForExit, int iterations)
    {
        if (reasonForExit is { } reason)
        {
            console.WriteLine($"Levenberg–Marquardt stopped: {reason} after {iterations} iteration(s).");
        }
    }

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
