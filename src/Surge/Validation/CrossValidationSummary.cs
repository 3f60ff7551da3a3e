using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Surge.Physiology;

namespace Surge.Validation;

/// <summary>One row of the leave-one-study-out figures: a measure's or a study's RMS of standardised residuals.</summary>
/// <param name="Name">The measure's id (<c>growth_hormone</c>, …), the study's name, or <c>all</c>.</param>
/// <param name="Studies">Calibration studies with numeric cases in the row.</param>
/// <param name="Numeric">Numeric cases (orderings have no residual).</param>
/// <param name="InSample">RMS z of the fit on every calibration study; NaN when the row has no numeric case (null in the file).</param>
/// <param name="LeftOut">RMS z of each study predicted by the fit made without it; NaN when none (null in the file).</param>
public sealed record CrossValidationRow(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("studies")] int Studies,
    [property: JsonPropertyName("numeric")] int Numeric,
    [property: JsonPropertyName("in_sample"), JsonConverter(typeof(RmsConverter))] double InSample,
    [property: JsonPropertyName("left_out"), JsonConverter(typeof(RmsConverter))] double LeftOut);

/// <summary>
/// The leave-one-study-out figures (docs/cross-validation.md) as data: <c>tools/Surge.Calibrate --leave-one-study-out</c>
/// writes them to <c>data/cross-validation.json</c> beside the page, and <c>surge validate --markdown</c> puts them
/// in docs/validation.md.
/// </summary>
/// <param name="Fingerprint">The parameter set the fits started from (<see cref="ModelParameters.Fingerprint"/>).</param>
/// <param name="Refitted">The parameters refitted in each fit.</param>
/// <param name="ByMeasure">Per measure, then the row <c>all</c>.</param>
/// <param name="ByStudy">Per calibration study, worst left-out fit first.</param>
public sealed record CrossValidationSummary(
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("refitted")] IReadOnlyList<string> Refitted,
    [property: JsonPropertyName("by_measure")] IReadOnlyList<CrossValidationRow> ByMeasure,
    [property: JsonPropertyName("by_study")] IReadOnlyList<CrossValidationRow> ByStudy)
{
    /// <summary>The figures as indented JSON (LF line ends, a final newline; RMS rounded to 4 decimals, NaN as null).</summary>
    public string ToJson() =>
        JsonSerializer.Serialize(this, CrossValidationJsonContext.Default.CrossValidationSummary).ReplaceLineEndings("\n") + "\n";

    /// <summary>Reads <see cref="ToJson"/>'s text; every field is required.</summary>
    /// <exception cref="InvalidDataException">The text is not such a summary; the message names <paramref name="sourceName"/> and what is wrong.</exception>
    public static CrossValidationSummary Parse(string json, string sourceName)
    {
        try
        {
            return JsonSerializer.Deserialize(json, CrossValidationJsonContext.Default.CrossValidationSummary)
                ?? throw new JsonException("the file holds null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture,
                $"{sourceName}: not the leave-one-study-out figures that tools/Surge.Calibrate writes ({e.Message})"), e);
        }
    }
}

/// <summary>An RMS of standardised residuals in the file: rounded to 4 decimals, null where there is none (NaN).</summary>
internal sealed class RmsConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(Math.Round(value, 4));
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    // Null is a value here (no residual), not an absent number.
    public override bool HandleNull => true;
}

/// <summary>The source-generated (de)serialiser of <see cref="CrossValidationSummary"/>.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, RespectRequiredConstructorParameters = true, RespectNullableAnnotations = true)]
[JsonSerializable(typeof(CrossValidationSummary))]
internal sealed partial class CrossValidationJsonContext : JsonSerializerContext;
