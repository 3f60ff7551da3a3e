using Spectre.Console;
using Surge.Validation;

namespace Surge.Reports;

/// <summary>The <c>surge validate</c> console output: one row per graded case, then the summary line.</summary>
public static class ValidationTable
{
    /// <summary>Writes the table (verdicts coloured on a terminal) and <see cref="ValidationText.Summary"/>.</summary>
    public static void Write(IAnsiConsole console, ValidationReport report)
    {
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("study");
        table.AddColumn("condition");
        table.AddColumn(new TableColumn("measure").NoWrap());
        table.AddColumn(new TableColumn("when").NoWrap());
        table.AddColumn(new TableColumn("observed (mean ± SD)").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("predicted (ordering: A − B)").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("accepted range").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("verdict").NoWrap());
        string? previousStudy = null;
        foreach (var graded in report.Cases)
        {
            var row = ValidationText.Row(report, graded);
            // The study's name on its first row only, so that studies read as blocks.
            var study = row.Study == previousStudy ? "" : row.Study;
            previousStudy = row.Study;
            table.AddRow(
                new Text(study),
                new Text(row.Condition),
                new Text(row.Measure),
                new Text(row.When),
                new Text(row.Observed),
                new Text(row.Predicted),
                new Text(row.Range),
                new Markup($"[{Colour(graded.Verdict)}]{row.Verdict}[/]"));
        }
        console.Write(table);
        console.WriteLine("range: the 95 % interval of the study's mean, mean ± 2 SE (SE = SD/√n; on a log scale for GH); " +
                          "near: outside by less than half the range's width; orderings pass on the right side by more than 5 %, fail on the wrong side.");
        console.WriteLine(ValidationText.Summary(report));
    }

    private static string Colour(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "green",
        Verdict.Near => "yellow",
        _ => "red",
    };
}
