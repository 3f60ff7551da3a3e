using System.Globalization;
using System.Text;
using System.Text.Json;
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
        return Json(fit.Parameters, fit.Observations, fit.ResidualSd.Select(r => (r.Key.Id(), r.Value)), null, fit.ReasonForExit, fit.Iterations, null);
    }

    /// <summary>
    /// The fit to a log: as for samples, with <c>residual_sd</c> per lift (catalogue name) in kg, and
    /// <c>"residual_sd_unit": "kg"</c>, <c>"lifts"</c> and <c>"span_days"</c> added.
    /// </summary>
    public static string Json(LogFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return Json(fit.Parameters, fit.Observations, fit.ResidualSdKg.Select(r => (r.Key, r.Value)), "kg", fit.ReasonForExit, fit.Iterations,
            writer =>
            {
                writer.WriteNumber("lifts", fit.Lifts);
                writer.WriteNumber("span_days", fit.SpanDays);
            });
    }

    private static string Json(IReadOnlyList<FittedParameter> parameters, int observations, IEnumerable<(string Key, double Sd)> residualSd,
        string? residualUnit, string? reasonForExit, int iterations, Action<Utf8JsonWriter>? extra)
    {
        return JsonText.Write(_options, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("parameters");
            foreach (var p in parameters)
            {
                writer.WriteStartObject();
                writer.WriteString("name", p.Name);
                JsonText.NumberOrNull(writer, "value", p.Value);
                JsonText.NumberOrNull(writer, "se", p.StandardError);
                writer.WriteString("unit", p.Unit);
                writer.WriteBoolean("identifiable", p.Identifiable);
                StringOrNull(writer, "note", p.Note);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteNumber("observations", observations);
            writer.WriteStartObject("residual_sd");
            foreach (var (key, sd) in residualSd)
            {
                writer.WriteNumber(key, sd);
            }
            writer.WriteEndObject();
            if (residualUnit is not null)
            {
                writer.WriteString("residual_sd_unit", residualUnit);
            }
            StringOrNull(writer, "stopped", reasonForExit);
            writer.WriteNumber("iterations", iterations);
            extra?.Invoke(writer);
            writer.WriteEndObject();
        });
    }

    private static void StringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
