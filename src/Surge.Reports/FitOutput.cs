using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Surge.Fitting;
using Surge.Simulation;

namespace Surge.Reports;

/// <summary>The output of <c>surge fit</c> (formats.md, "Fitting to a person").</summary>
public static class FitOutput
{
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// <c>{ "parameters": [ { "name", "value", "se", "unit", "identifiable", "note" } ], "observations", "residual_sd": {…},
    /// "stopped", "iterations" }</c>; value and se are null when the samples cannot determine them.
    /// </summary>
    public static string Json(PersonFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return JsonText.Write(_options, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("parameters");
            foreach (var p in fit.Parameters)
            {
                writer.WriteStartObject();
                writer.WriteString("name", p.Name);
                JsonText.NumberOrNull(writer, "value", p.Value);
                JsonText.NumberOrNull(writer, "se", p.StandardError);
                writer.WriteString("unit", p.Unit);
                writer.WriteBoolean("identifiable", p.Identifiable);
                if (p.Note is { } note)
                {
                    writer.WriteString("note", note);
                }
                else
                {
                    writer.WriteNull("note");
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteNumber("observations", fit.Observations);
            writer.WriteStartObject("residual_sd");
            foreach (var (measure, sd) in fit.ResidualSd)
            {
                writer.WriteNumber(measure.Id(), sd);
            }
            writer.WriteEndObject();
            if (fit.ReasonForExit is { } reason)
            {
                writer.WriteString("stopped", reason);
            }
            else
            {
                writer.WriteNull("stopped");
            }
            writer.WriteNumber("iterations", fit.Iterations);
            writer.WriteEndObject();
        });
    }


    /// <summary>The table: parameter, value ± SE with unit, note; then the residual SD of each measure sampled.</summary>
    public static void Table(IAnsiConsole console, PersonFit fit)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(fit);
        var table = new Table().Border(TableBorder.Rounded);
        table.Title = new TableTitle($"fit to {fit.Observations} sample(s)");
        table.AddColumn("parameter");
        table.AddColumn(new TableColumn("value").RightAligned());
        table.AddColumn(new TableColumn("std. error").RightAligned());
        table.AddColumn("unit");
        table.AddColumn("note");
        foreach (var p in fit.Parameters)
        {
            table.AddRow(
                Markup.Escape(p.Name),
                Markup.Escape(p.Value is { } v ? Text(v) : "not determined"),
                Markup.Escape(p.StandardError is { } se ? Text(se) : "—"),
                Markup.Escape(p.Unit),
                Markup.Escape(p.Note ?? ""));
        }
        console.Write(table);
        foreach (var (measure, sd) in fit.ResidualSd)
        {
            console.WriteLine($"residual SD of {measure.Id()}: {Text(sd)} {measure.Unit()}");
        }
        if (fit.ReasonForExit is { } reason)
        {
            console.WriteLine($"Levenberg–Marquardt stopped: {reason} after {fit.Iterations} iteration(s).");
        }
    }

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
