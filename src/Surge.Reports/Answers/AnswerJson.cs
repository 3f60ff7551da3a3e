using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Surge.Reports;

/// <summary>
/// The one serialiser of every typed JSON answer of the command line and the web (docs/formats.md): source-generated,
/// indented by two spaces, no newline at the end. <see cref="Default"/> has the default encoder (so <c>+</c>, <c>&lt;</c>
/// and non-ASCII such as µ are escaped, as <see cref="JsonOutput.WriterOptions"/> escapes them): the simulate, compare,
/// train, exercises, model and trial answers; <see cref="AnswerJson.Relaxed"/> the relaxed one: the validate, history,
/// import, athlete and fit answers, which have always been written so; <see cref="AnswerJson.Compact"/> writes on one line.
/// </summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(SimulateAnswer))]
[JsonSerializable(typeof(CompareAnswer))]
[JsonSerializable(typeof(ExercisesAnswer))]
[JsonSerializable(typeof(TrainAnswer))]
[JsonSerializable(typeof(CompareProgramsAnswer))]
[JsonSerializable(typeof(ModelAnswer))]
[JsonSerializable(typeof(TrialAnswer))]
[JsonSerializable(typeof(TrialPartAnswer))]
[JsonSerializable(typeof(TrialPowerAnswer))]
[JsonSerializable(typeof(TrialRunAnswer))]
[JsonSerializable(typeof(TrialPowerRunAnswer))]
[JsonSerializable(typeof(TrialPowerResultLine))]
[JsonSerializable(typeof(TrialPowerProgressLine))]
[JsonSerializable(typeof(TrialPowerProblemLine))]
[JsonSerializable(typeof(TrialLimitsAnswer))]
[JsonSerializable(typeof(ValidationAnswer))]
[JsonSerializable(typeof(AthleteAnswer))]
[JsonSerializable(typeof(FitAnswer))]
[JsonSerializable(typeof(ImportAnswer))]
[JsonSerializable(typeof(HistoryAnswer))]
[JsonSerializable(typeof(AthletesAnswer))]
[JsonSerializable(typeof(StoredAthleteAnswer))]
public sealed partial class AnswerJsonContext : JsonSerializerContext;

/// <summary>Writes a typed answer to text with <see cref="AnswerJsonContext"/>.</summary>
public static class AnswerJson
{
    /// <summary>
    /// The context for the answers written with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> (validate,
    /// history, import, athlete, fit: µ, +, &lt; unescaped, as they always were; docs/formats.md).
    /// </summary>
    public static AnswerJsonContext Relaxed { get; } = new(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>
    /// The context for the answers written on one line with the default encoder (<c>GET /api/trial/limits</c> and the
    /// lines of a power search streamed as NDJSON, the import, athletes and truncated history answers of the web, as they
    /// always were).
    /// </summary>
    public static AnswerJsonContext Compact { get; } = new(new JsonSerializerOptions());

    /// <summary>The answer's text (UTF-16, as the CLI prints it).</summary>
    public static string Write<T>(T answer, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(answer, typeInfo);

    /// <summary>A number, or null when there is none or it is not finite (NaN, ±∞ have no JSON form).</summary>
    public static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>The values keyed in the order given (docs/formats.md fixes the order: canonical groups, measures, names as written).</summary>
    internal static IReadOnlyDictionary<string, TValue> Keyed<TItem, TValue>(IEnumerable<TItem> items, Func<TItem, string> key, Func<TItem, TValue> value)
    {
        var keyed = new OrderedDictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            keyed.Add(key(item), value(item));
        }
        return keyed;
    }
}
