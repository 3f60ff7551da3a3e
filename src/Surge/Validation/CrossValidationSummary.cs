using System.Globalization;
using System.Text;
using System.Text.Json;
using Surge.Physiology;

namespace Surge.Validation;

/// <summary>One row of the leave-one-study-out figures: a measure's or a study's RMS of standardised residuals.</summary>
/// <param name="Name">The measure's id (<c>growth_hormone</c>, …), the study's name, or <c>all</c>.</param>
/// <param name="Studies">Calibration studies with numeric cases in the row.</param>
/// <param name="Numeric">Numeric cases (orderings have no residual).</param>
/// <param name="InSample">RMS z of the fit on every calibration study; NaN when the row has no numeric case.</param>
/// <param name="LeftOut">RMS z of each study predicted by the fit made without it; NaN when none.</param>
public sealed record CrossValidationRow(string Name, int Studies, int Numeric, double InSample, double LeftOut);

/// <summary>
/// The leave-one-study-out figures (docs/cross-validation.md) as data: <c>tools/Surge.Calibrate --leave-one-study-out</c>
/// writes them to <c>data/cross-validation.json</c> beside the page, and <c>surge validate --markdown</c> puts them
/// in docs/validation.md.
/// </summary>
/// <param name="Fingerprint">The parameter set the fits started from (<see cref="ModelParameters.Fingerprint"/>).</param>
/// <param name="Refitted">The parameters refitted in each fit.</param>
/// <param name="ByMeasure">Per measure, then the row <c>all</c>.</param>
/// <param name="ByStudy">Per calibration study, worst left-out fit first.</param>
public sealed record CrossValidationSummary(string Fingerprint, IReadOnlyList<string> Refitted, IReadOnlyList<CrossValidationRow> ByMeasure,
    IReadOnlyList<CrossValidationRow> ByStudy)
{
    /// <summary>The figures as indented JSON (LF line ends; NaN written as null).</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("fingerprint", Fingerprint);
            writer.WriteStartArray("refitted");
            foreach (var name in Refitted)
            {
                writer.WriteStringValue(name);
            }
            writer.WriteEndArray();
            WriteRows(writer, "by_measure", ByMeasure);
            WriteRows(writer, "by_study", ByStudy);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).ReplaceLineEndings("\n") + "\n";
    }

    private static void WriteRows(Utf8JsonWriter writer, string name, IReadOnlyList<CrossValidationRow> rows)
    {
        writer.WriteStartArray(name);
        foreach (var row in rows)
        {
            writer.WriteStartObject();
            writer.WriteString("name", row.Name);
            writer.WriteNumber("studies", row.Studies);
            writer.WriteNumber("numeric", row.Numeric);
            WriteNumberOrNull(writer, "in_sample", row.InSample);
            WriteNumberOrNull(writer, "left_out", row.LeftOut);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, Math.Round(value, 4));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    /// <summary>Reads <see cref="ToJson"/>'s text.</summary>
    /// <exception cref="InvalidDataException">The text is not such a summary; the message names <paramref name="sourceName"/> and what is wrong.</exception>
    public static CrossValidationSummary Parse(string json, string sourceName)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return new CrossValidationSummary(
                root.GetProperty("fingerprint").GetString() ?? throw new InvalidDataException($"{sourceName}: fingerprint: expected a string"),
                root.GetProperty("refitted").EnumerateArray().Select(e => e.GetString() ?? "").ToArray(),
                Rows(root.GetProperty("by_measure")),
                Rows(root.GetProperty("by_study")));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{sourceName}: not the leave-one-study-out figures that tools/Surge.Calibrate writes ({e.Message})"), e);
        }
    }

    private static CrossValidationRow[] Rows(JsonElement rows) => rows.EnumerateArray().Select(r => new CrossValidationRow(
        r.GetProperty("name").GetString() ?? "",
        r.GetProperty("studies").GetInt32(),
        r.GetProperty("numeric").GetInt32(),
        NumberOrNaN(r.GetProperty("in_sample")),
        NumberOrNaN(r.GetProperty("left_out")))).ToArray();

    private static double NumberOrNaN(JsonElement e) => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble();
}
