using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Surge.Validation;

namespace Surge.Reports;

/// <summary>The <c>surge validate --json</c> object (formats.md): <c>cases</c>, <c>passed</c>, <c>near</c>, <c>failed</c>.</summary>
public static class ValidationJson
{
    private static readonly JsonWriterOptions _options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The object. Per case the formats.md fields (<c>spread</c> is the SD the range was made from, in <c>unit</c>;
    /// <c>low</c>/<c>high</c> null when open; numbers not rounded), then extra fields: <c>file</c>, <c>condition</c>,
    /// <c>condition_label</c>, <c>comparison</c>, <c>other</c>, <c>spread_reported</c>, <c>spread_kind</c>, <c>scale</c>,
    /// <c>baseline</c>, <c>corrected</c>, <c>note</c>, <c>citation</c>.
    /// </summary>
    public static string Write(ValidationReport report)
    {
        return JsonText.Write(_options, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("cases");
            foreach (var graded in report.Cases)
            {
                WriteCase(writer, report, graded);
            }
            writer.WriteEndArray();
            writer.WriteNumber("passed", report.Passed);
            writer.WriteNumber("near", report.Near);
            writer.WriteNumber("failed", report.Failed);
            writer.WriteNumber("total", report.Cases.Count);
            writer.WriteNumber("studies", report.Studies.Count);
            writer.WriteString("summary", ValidationText.Summary(report));
            // The two piles apart: what the parameters were fitted to and what was held back, each with the root mean
            // square of its numeric cases' standardised residuals, overall and per measure.
            writer.WriteStartObject("sets");
            foreach (var set in new[] { ValidationSet.Calibration, ValidationSet.Validation })
            {
                var cases = report.CasesOf(set);
                var tally = ValidationTally.Of(cases);
                writer.WriteStartObject(ValidationText.SetId(set));
                writer.WriteNumber("studies", tally.Studies);
                writer.WriteNumber("total", tally.Total);
                writer.WriteNumber("numeric", tally.Numeric);
                writer.WriteNumber("passed", tally.Passed);
                writer.WriteNumber("near", tally.Near);
                writer.WriteNumber("failed", tally.Failed);
                JsonText.NumberOrNull(writer, "rms_standardised_residual", tally.RootMeanSquareResidual);
                writer.WriteStartObject("rms_standardised_residual_by_measure");
                foreach (var group in cases.Where(c => double.IsFinite(c.StandardisedResidual)).GroupBy(c => c.Observation.Measure.Id()).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    JsonText.NumberOrNull(writer, group.Key, ValidationReport.RootMeanSquareResidual(group));
                }
                writer.WriteEndObject();
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    private static void WriteCase(Utf8JsonWriter writer, ValidationReport report, GradedObservation graded)
    {
        var o = graded.Observation;
        var study = report.Studies.First(s => s.Name == graded.Study);
        writer.WriteStartObject();
        writer.WriteString("id", o.Id);
        writer.WriteString("study", graded.Study);
        writer.WriteString("measure", o.Measure.Id());
        writer.WriteString("when", o.When.Text);
        writer.WriteString("unit", ValidationText.Unit(o));
        JsonText.NumberOrNull(writer, "observed", o.Observed);
        JsonText.NumberOrNull(writer, "spread", graded.SpreadSd);
        writer.WriteNumber("n", o.N);
        JsonText.NumberOrNull(writer, "low", graded.Low);
        JsonText.NumberOrNull(writer, "high", graded.High);
        JsonText.NumberOrNull(writer, "predicted", graded.Predicted);
        writer.WriteString("verdict", graded.Verdict.Id());
        writer.WriteString("set", ValidationText.SetId(graded.Set));
        JsonText.NumberOrNull(writer, "standardised_residual", graded.StandardisedResidual);

        writer.WriteString("file", study.File);
        writer.WriteString("condition", o.Condition);
        writer.WriteString("condition_label", ValidationText.ConditionLabel(study, o.Condition));
        writer.WriteString("comparison", o.Comparison.Id());
        writer.WriteString("other", o.Other);
        JsonText.NumberOrNull(writer, "spread_reported", o.Spread);
        writer.WriteString("spread_kind", o.SpreadKind == SpreadKind.StandardError ? "se" : "sd");
        writer.WriteString("scale", o.LogScale ? "log" : "linear");
        JsonText.NumberOrNull(writer, "baseline", o.Baseline);
        writer.WriteBoolean("corrected", o.Corrected);
        writer.WriteString("note", o.Note);
        writer.WriteString("citation", study.Citation);
        writer.WriteEndObject();
    }
}
