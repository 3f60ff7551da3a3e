using System.Net;
using System.Text;
using Surge.Validation;

namespace Surge.Reports;

/// <summary>
/// The <c>surge validate --report OUT.html</c> page: one self-contained file (inline CSS, figures as PNG data URIs) with the
/// summary, the table of cases and, per study, its citation, subjects, note, conditions and one figure per measure observed.
/// </summary>
public static class ValidationHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 1200px; padding: 0 1em; color: #222; }
        table { border-collapse: collapse; font-size: 0.9em; width: 100%; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; }
        td.num { text-align: right; white-space: nowrap; }
        .pass { color: #176d2c; font-weight: bold; }
        .near { color: #9a6a00; font-weight: bold; }
        .fail { color: #b3261e; font-weight: bold; }
        .summary { font-size: 1.15em; font-weight: bold; }
        figure { margin: 1em 0; }
        figure img { max-width: 100%; border: 1px solid #ddd; }
        .muted { color: #666; }
        """;

    /// <summary>The page's text.</summary>
    public static string Render(ValidationReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<title>Surge validation report</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<h1>Surge validation report</h1>\n")
            .Append("<p class=\"summary\">").Append(E(ValidationText.Summary(report))).Append("</p>\n")
            .Append("<p class=\"muted\">Each case's accepted range is the 95 % interval of the study's mean: mean ± 2 SE (SE = SD/√n); ")
            .Append("on a log scale (growth hormone) exp(ln mean ± 2σ/√n) with σ = √ln(1 + (SD/mean)²). ")
            .Append("Near: outside by less than half the range's width. Orderings pass on the right side by more than 5 % of the other value, fail on the wrong side. ")
            .Append("Where the study's pre-exercise mean is given, the prediction is the model's relative change applied to it.</p>\n");

        html.Append("<h2>Cases</h2>\n<table>\n<thead><tr>")
            .Append("<th>study</th><th>condition</th><th>measure</th><th>when</th><th>observed (mean ± SD)</th><th>predicted</th><th>accepted range</th><th>verdict</th>")
            .Append("</tr></thead>\n<tbody>\n");
        foreach (var graded in report.Cases)
        {
            var row = ValidationText.Row(report, graded);
            html.Append("<tr id=\"").Append(E(graded.Observation.Id)).Append("\">")
                .Append("<td>").Append(E(row.Study)).Append("</td>")
                .Append("<td>").Append(E(row.Condition)).Append("</td>")
                .Append("<td>").Append(E(row.Measure)).Append("</td>")
                .Append("<td>").Append(E(row.When)).Append("</td>")
                .Append("<td class=\"num\">").Append(E(row.Observed)).Append("</td>")
                .Append("<td class=\"num\">").Append(E(row.Predicted)).Append("</td>")
                .Append("<td class=\"num\">").Append(E(row.Range)).Append("</td>")
                .Append("<td class=\"").Append(row.Verdict).Append("\">").Append(E(row.Verdict)).Append("</td>")
                .Append("</tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        foreach (var study in report.Studies)
        {
            AppendStudy(html, report, study);
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes <see cref="Render"/> to <paramref name="path"/> atomically (nothing half-written on error).</summary>
    public static void Write(string path, string option, ValidationReport report)
    {
        var text = Render(report);
        OutputFile.Write(path, option, temporary => File.WriteAllText(temporary, text, new UTF8Encoding(false)));
    }

    private static void AppendStudy(StringBuilder html, ValidationReport report, ValidationStudy study)
    {
        var cases = report.Cases.Where(c => c.Study == study.Name).ToArray();
        html.Append("<section>\n<h2>").Append(E(study.Name)).Append("</h2>\n")
            .Append("<p>").Append(E(study.Citation)).Append("</p>\n")
            .Append("<p><b>Subjects:</b> ").Append(E(study.Subjects)).Append("</p>\n");
        if (study.Note is not null)
        {
            html.Append("<p><b>Note:</b> ").Append(E(study.Note)).Append("</p>\n");
        }
        if (study.Properties.Count > 0)
        {
            html.Append("<p><b>Properties:</b> ").Append(E(string.Join(", ", study.Properties))).Append("</p>\n");
        }
        var passed = cases.Count(c => c.Verdict == Verdict.Pass);
        html.Append("<p>").Append(cases.Length).Append(" cases: ").Append(passed).Append(" pass, ")
            .Append(cases.Count(c => c.Verdict == Verdict.Near)).Append(" near, ")
            .Append(cases.Count(c => c.Verdict == Verdict.Fail)).Append(" fail. Case file: <code>")
            .Append(E(study.File)).Append("</code></p>\n");
        html.Append("<ul>\n");
        foreach (var condition in study.Conditions)
        {
            html.Append("<li><b>").Append(E(condition.Key)).Append("</b>: ").Append(E(condition.Label)).Append("</li>\n");
        }
        html.Append("</ul>\n");

        var order = study.Conditions.Select(c => c.Key).ToArray();
        foreach (var figure in ValidationPlots.Figures(report, study))
        {
            var png = Convert.ToBase64String(ValidationPlots.Png(figure, order));
            html.Append("<figure>\n<img alt=\"").Append(E(figure.Title)).Append("\" src=\"data:image/png;base64,").Append(png).Append("\">\n")
                .Append("<figcaption class=\"muted\">").Append(E(figure.Title))
                .Append(": lines are the model as graded (unit conversion, baseline scaling, plasma-volume correction applied); ")
                .Append(figure.Points.Count > 0
                    ? "points are the study's means with the accepted range as error bars; time is "
                    : "this measure is graded by orderings or differences between conditions only, so there are no observed points; time is ")
                .Append(E(figure.XLabel)).Append(figure.XLabel == ValidationPlots.TimeAxisLabel ? " of each condition" : "").Append(".</figcaption>\n</figure>\n");
        }

        var orderings = cases.Where(c => c.Observation.IsOrdering()).ToArray();
        if (orderings.Length > 0)
        {
            html.Append("<p><b>Orderings:</b></p>\n<ul>\n");
            foreach (var graded in orderings)
            {
                html.Append("<li>").Append(E($"{graded.Observation.Measure.Id()} at {graded.Observation.When.Text}: {ValidationText.Observed(graded)}; predicted {ValidationText.Predicted(graded)}"))
                    .Append(" — <span class=\"").Append(graded.Verdict.Id()).Append("\">").Append(graded.Verdict.Id()).Append("</span></li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
