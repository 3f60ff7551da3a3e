using Spectre.Console;
using Surge.Reports;
using Surge.Validation;

namespace Surge.Cli.Terminal;

/// <summary>The <c>surge validate</c> console output: one row per graded case, then the summary line.</summary>
public static class ValidationTable
{
    /// <summary>Console width (characters) below which the cases are listed study by study instead of tabulated.</summary>
    public const int TableMinimumWidth = 200;

    /// <summary>
    /// Writes the table (verdicts coloured on a terminal) and <see cref="ValidationText.Summary"/>. Narrower than
    /// <see cref="TableMinimumWidth"/>, the same fields are listed under each study and condition, so that no column is
    /// squeezed to nothing.
    /// </summary>
    public static void Write(IAnsiConsole console, ValidationReport report)
    {
        if (console.Profile.Width < TableMinimumWidth)
        {
            WriteList(console, report);
        }
        else
        {
            WriteTable(console, report);
        }
        console.WriteLine("range: the 95 % interval of the study's mean, mean ± 2 SE (SE = SD/√n; on a log scale for GH); " +
                          "near: outside by less than half the range's width; orderings pass on the right side by more than 5 %, fail on the wrong side.");
        console.WriteLine(ValidationText.Summary(report));
    }

    private static void WriteList(IAnsiConsole console, ValidationReport report)
    {
        string? previousStudy = null, previousCondition = null;
        foreach (var graded in report.Cases)
        {
            var row = ValidationText.Row(report, graded);
            if (row.Study != previousStudy)
            {
                console.Write(new Markup($"[bold]{Markup.Escape(row.Study)}[/]"));
                console.WriteLine();
                previousStudy = row.Study;
                previousCondition = null;
            }
            if (row.Condition != previousCondition)
            {
                console.Write(new Text("  " + row.Condition));
                console.WriteLine();
                previousCondition = row.Condition;
            }
            console.Write(new Markup(
                $"    {Markup.Escape(row.Measure)} {Markup.Escape(row.When)}: observed {Markup.Escape(ConsoleUnits.InText(row.Observed, console))}; " +
                $"predicted {Markup.Escape(ConsoleUnits.InText(row.Predicted, console))}; " +
                $"range {Markup.Escape(ConsoleUnits.InText(row.Range, console))}: [{Colour(graded.Verdict)}]{row.Verdict}[/]"));
            console.WriteLine();
        }
    }

    private static void WriteTable(IAnsiConsole console, ValidationReport report)
    {
        var table = new Table().Border(TableBorder.Rounded);
        // Fixed widths (they wrap): left to share the width, these two columns would be squeezed to nothing by the
        // numeric ones, which never wrap.
        table.AddColumn(new TableColumn("study").Width(16));
        table.AddColumn(new TableColumn("condition").Width(24));
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
                new Text(ConsoleUnits.InText(row.Observed, console)),
                new Text(ConsoleUnits.InText(row.Predicted, console)),
                new Text(ConsoleUnits.InText(row.Range, console)),
                new Markup($"[{Colour(graded.Verdict)}]{row.Verdict}[/]"));
        }
        console.Write(table);
    }

    private static string Colour(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "green",
        Verdict.Near => "yellow",
        _ => "red",
    };
}
