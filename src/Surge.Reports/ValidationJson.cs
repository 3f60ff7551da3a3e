using Surge.Validation;

namespace Surge.Reports;

/// <summary>The <c>surge validate --json</c> object (formats.md): <c>cases</c>, <c>passed</c>, <c>near</c>, <c>failed</c>.</summary>
public static class ValidationJson
{
    /// <summary>
    /// The object. Per case the formats.md fields (<c>spread</c> is the SD the range was made from, in <c>unit</c>;
    /// <c>low</c>/<c>high</c> null when open; numbers not rounded), then extra fields: <c>file</c>, <c>condition</c>,
    /// <c>condition_label</c>, <c>comparison</c>, <c>other</c>, <c>spread_reported</c>, <c>spread_kind</c>, <c>scale</c>,
    /// <c>baseline</c>, <c>corrected</c>, <c>note</c>, <c>citation</c>.
    /// </summary>
    public static string Write(ValidationReport report) => AnswerJson.Write(Answer(report), AnswerJson.Relaxed.ValidationAnswer);

    /// <summary>The object as its typed answer.</summary>
    public static ValidationAnswer Answer(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        // The two piles apart: what the parameters were fitted to and what was held back, each with the root mean
        // square of its numeric cases' standardised residuals, overall and per measure.
        var sets = AnswerJson.Keyed(new[] { ValidationSet.Calibration, ValidationSet.Validation }, ValidationText.SetId, set =>
        {
            var cases = report.CasesOf(set);
            var tally = ValidationTally.Of(cases);
            var byMeasure = cases.Where(c => double.IsFinite(c.StandardisedResidual)).GroupBy(c => c.Observation.Measure.Id()).OrderBy(g => g.Key, StringComparer.Ordinal);
            return new ValidationSetAnswer(tally.Studies, tally.Total, tally.Numeric, tally.Passed, tally.Near, tally.Failed,
                AnswerJson.Finite(tally.RootMeanSquareResidual),
                AnswerJson.Keyed(byMeasure, group => group.Key, group => AnswerJson.Finite(ValidationReport.RootMeanSquareResidual(group))));
        });
        return new ValidationAnswer(report.Cases.Select(graded => Case(report, graded)).ToArray(), report.Passed, report.Near, report.Failed,
            report.Cases.Count, report.Studies.Count, ValidationText.Summary(report), sets);
    }

    private static ValidationCaseAnswer Case(ValidationReport report, GradedObservation graded)
    {
        var o = graded.Observation;
        var study = report.Studies.First(s => s.Name == graded.Study);
        return new ValidationCaseAnswer(
            o.Id,
            graded.Study,
            o.Measure.Id(),
            o.When.Text,
            ValidationText.Unit(o),
            AnswerJson.Finite(o.Observed),
            AnswerJson.Finite(graded.SpreadSd),
            o.N,
            AnswerJson.Finite(graded.Low),
            AnswerJson.Finite(graded.High),
            AnswerJson.Finite(graded.Predicted),
            graded.Verdict.Id(),
            ValidationText.SetId(graded.Set),
            AnswerJson.Finite(graded.StandardisedResidual),
            study.File,
            o.Condition,
            ValidationText.ConditionLabel(study, o.Condition),
            o.Comparison.Id(),
            o.Other,
            AnswerJson.Finite(o.Spread),
            o.SpreadKind == SpreadKind.StandardError ? "se" : "sd",
            o.LogScale ? "log" : "linear",
            AnswerJson.Finite(o.Baseline),
            o.Corrected,
            o.Note,
            study.Citation);
    }
}
