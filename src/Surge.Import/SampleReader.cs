using System.Globalization;
using CsvHelper;
using Surge.Files;
using Surge.Fitting;
using Surge.Quantities;
using Surge.Simulation;

namespace Surge.Import;

/// <summary>The outcome of reading a samples file: the samples, or the first error (file, line, field).</summary>
public sealed record SampleFileResult(IReadOnlyList<MeasuredSample>? Samples, InputError? Error);

/// <summary>
/// Reads a person's measured samples in the layout <c>surge simulate --csv</c> writes, <c>t_min,measure,value,unit</c>
/// (formats.md, "Fitting to a person"): columns by header name, any order, separator detected; one sample a line.
/// Units per measure as in the session format: testosterone nmol/L or ng/dL; free testosterone pmol/L or pg/mL; growth
/// hormone ug/L (µg/L, ng/mL); cortisol nmol/L or ug/dL; lactate mmol/L or mg/dL. Values are converted to the model's
/// output units. Errors name the line and the field; nothing throws for bad input.
/// </summary>
public static class SampleReader
{
    /// <summary>Largest samples file read (Surge.App's InputFiles.LoadSamples), bytes.</summary>
    public const int MaximumSize = 1 << 20;

    private static readonly string[] _columns = ["t_min", "measure", "value", "unit"];

    /// <summary>Reads samples from <paramref name="text"/>; <paramref name="fileName"/> names the file in messages.</summary>
    public static SampleFileResult Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        SampleFileResult Fail(int? line, string field, string message) => new(null, new InputError(fileName, line, null, field, message));
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(1, "", "expected a header t_min,measure,value,unit, found an empty file");
        }
        try
        {
            using var csv = CsvReader.FromText(text, new CsvReaderOptions { TrackLineNumbers = true });
            var headers = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToArray();
            var index = new int[_columns.Length];
            for (var c = 0; c < _columns.Length; c++)
            {
                index[c] = Array.IndexOf(headers, _columns[c]);
                if (index[c] < 0)
                {
                    return Fail(1, _columns[c], $"the header has no column '{_columns[c]}'; expected t_min,measure,value,unit (as surge simulate --csv writes)");
                }
            }
            var samples = new List<MeasuredSample>();
            while (csv.Read())
            {
                var line = (int)Math.Min(int.MaxValue, csv.LineNumber);
                if (csv.FieldCount < headers.Length)
                {
                    if (csv.FieldCount == 1 && string.IsNullOrWhiteSpace(csv.GetString(0)))
                    {
                        continue;
                    }
                    return Fail(line, "", $"{csv.FieldCount} fields where the header has {headers.Length}");
                }
                var timeText = csv.GetString(index[0])?.Trim() ?? "";
                if (!double.TryParse(timeText, NumberStyles.Float, CultureInfo.InvariantCulture, out var time) || !double.IsFinite(time))
                {
                    return Fail(line, "t_min", $"expected minutes since the first set as a number, got {Quote(timeText)}");
                }
                if (time < 0)
                {
                    return Fail(line, "t_min", $"must be 0 or more (minutes since the first set), got {Quote(timeText)}");
                }
                var measureText = csv.GetString(index[1])?.Trim().ToLowerInvariant() ?? "";
                var measure = Measures.All.Cast<Measure?>().FirstOrDefault(m => m!.Value.Id() == measureText);
                if (measure is null)
                {
                    return Fail(line, "measure", $"unknown measure {Quote(measureText)}; expected one of {string.Join(", ", Measures.All.Select(m => m.Id()))}");
                }
                var valueText = csv.GetString(index[2])?.Trim() ?? "";
                if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
                {
                    return Fail(line, "value", $"expected a number, got {Quote(valueText)}");
                }
                if (value < 0)
                {
                    return Fail(line, "value", $"a concentration cannot be negative, got {Quote(valueText)}");
                }
                var unitText = csv.GetString(index[3])?.Trim() ?? "";
                if (Factor(measure.Value, unitText) is not { } factor)
                {
                    return Fail(line, "unit", $"unknown unit {Quote(unitText)} for {measure.Value.Id()}; expected {string.Join(" or ", Units(measure.Value))}");
                }
                samples.Add(new MeasuredSample(line, time, measure.Value, value * factor));
            }
            return samples.Count == 0 ? Fail(2, "", "no samples: expected one line per sample after the header") : new SampleFileResult(samples, null);
        }
        catch (CsvFormatException e)
        {
            return Fail(e.RecordNumber > 0 ? (int)Math.Min(int.MaxValue, e.RecordNumber) : null, "", $"not readable CSV: {e.Message}");
        }
    }

    private static string Quote(string text) => "'" + (text.Length > 40 ? text[..40] + "…" : text) + "'";

    private static string[] Units(Measure measure) => measure switch
    {
        Measure.TotalTestosterone => ["nmol/L", "ng/dL"],
        Measure.FreeTestosterone => ["pmol/L", "pg/mL"],
        Measure.GrowthHormone => ["ug/L", "ng/mL"],
        Measure.Cortisol => ["nmol/L", "ug/dL"],
        _ => ["mmol/L", "mg/dL"],
    };

    /// <summary>The factor from <paramref name="unit"/> to the measure's output unit, or null when the unit is not accepted.</summary>
    internal static double? Factor(Measure measure, string unit)
    {
        var u = string.Concat(unit.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant().Replace('µ', 'u').Replace('μ', 'u');
        return (measure, u) switch
        {
            (Measure.TotalTestosterone, "nmol/l" or "") => 1.0,
            (Measure.TotalTestosterone, "ng/dl") => 1.0 / QuantityParser.TestosteroneNgPerDlPerNmolPerL,
            // Free testosterone: 1 pg/mL = 1/288.4 nmol/L … = 3.467 pmol/L (molar mass 288.4 g/mol).
            (Measure.FreeTestosterone, "pmol/l" or "") => 1.0,
            (Measure.FreeTestosterone, "pg/ml") => 1000.0 / 288.4,
            (Measure.GrowthHormone, "ug/l" or "ng/ml" or "") => 1.0,
            // Cortisol: molar mass 362.46 g/mol, 1 ug/dL = 27.59 nmol/L.
            (Measure.Cortisol, "nmol/l" or "") => 1.0,
            (Measure.Cortisol, "ug/dl") => 27.59,
            // Lactate: molar mass 90.08 g/mol, 1 mg/dL = 0.111 mmol/L.
            (Measure.Lactate, "mmol/l" or "") => 1.0,
            (Measure.Lactate, "mg/dl") => 1.0 / 9.008,
            _ => null,
        };
    }
}
