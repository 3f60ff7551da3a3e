using Surge.Fitting;
using Surge.Simulation;

namespace Surge.Reports;

/// <summary>The output of <c>surge fit</c> (formats.md, "Fitting to a person").</summary>
public static class FitOutput
{
    /// <summary>
    /// <c>{ "parameters": [ { "name", "value", "se", "unit", "identifiable", "note" } ], "observations", "residual_sd": {…},
    /// "stopped", "iterations" }</c>; value and se are null when the samples cannot determine them.
    /// </summary>
    public static string Json(PersonFit fit) => AnswerJson.Write(Answer(fit), AnswerJson.Relaxed.FitAnswer);

    /// <summary>
    /// The fit to a log: as for samples, with <c>residual_sd</c> per lift (catalogue name) in kg, and
    /// <c>"residual_sd_unit": "kg"</c>, <c>"lifts"</c> and <c>"span_days"</c> added.
    /// </summary>
    public static string Json(LogFit fit) => AnswerJson.Write(Answer(fit), AnswerJson.Relaxed.FitAnswer);

    /// <summary>The fit to samples as its typed answer.</summary>
    public static FitAnswer Answer(PersonFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new FitAnswer(Parameters(fit.Parameters), fit.Observations, AnswerJson.Keyed(fit.ResidualSd, r => r.Key.Id(), r => r.Value),
            null, fit.ReasonForExit, fit.Iterations, null, null);
    }

    /// <summary>The fit to a log as its typed answer.</summary>
    public static FitAnswer Answer(LogFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return new FitAnswer(Parameters(fit.Parameters), fit.Observations, AnswerJson.Keyed(fit.ResidualSdKg, r => r.Key, r => r.Value),
            "kg", fit.ReasonForExit, fit.Iterations, fit.Lifts, fit.SpanDays);
    }

    private static FitParameterAnswer[] Parameters(IReadOnlyList<FittedParameter> parameters) =>
        parameters.Select(p => new FitParameterAnswer(p.Name, AnswerJson.Finite(p.Value), AnswerJson.Finite(p.StandardError), p.Unit, p.Identifiable, p.Note)).ToArray();
}
