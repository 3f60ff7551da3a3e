using System.CommandLine;
using Surge.App;
using Surge.Cli.Terminal;
using Surge.Reports;
using Surge.Validation;

namespace Surge.Cli.Commands;

/// <summary>
/// <c>surge validate [--cases DIR] [--json] [--study NAME] [--report OUT.html] [--markdown OUT.md]</c>: grades every
/// validation case against the model; exit 1 if any case fails, 2 if a case file cannot be read.
/// </summary>
public static class ValidateCommand
{
    /// <summary>Exit code when at least one case fails (formats.md).</summary>
    public const int FailedCheck = 1;

    /// <summary>The cases folder in the repository, relative to its root.</summary>
    public static readonly string RepositoryCasesFolder = ValidationCases.RepositoryFolder;

    /// <summary>The folder next to the program that holds the case files copied at build.</summary>
    public const string ShippedCasesFolder = ValidationCases.ShippedFolder;

    public static Command Create(CliContext context)
    {
        var cases = new Option<string?>("--cases") { Description = "The folder of case files (*.yaml); default: data/calibration and data/validation above the current folder or the program, else the cases shipped with it.", HelpName = "DIR" };
        var json = new Option<bool>("--json") { Description = "Write {\"cases\": [...], \"passed\", \"near\", \"failed\"} to stdout (formats.md)." };
        var study = new Option<string?>("--study") { Description = "Only studies whose name or file name contains this text (case-insensitive).", HelpName = "NAME" };
        var report = new Option<string?>("--report") { Description = "Write a self-contained HTML report with the table and a figure per study and measure.", HelpName = "OUT.html" };
        var markdown = new Option<string?>("--markdown") { Description = "Write the Markdown page (docs/validation.md).", HelpName = "OUT.md" };
        var command = new Command("validate", "Grade the model against the published studies in the validation cases; exit 1 if any case fails.")
        {
            cases, json, study, report, markdown,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetValue(cases),
            parseResult.GetValue(json),
            parseResult.GetValue(study),
            parseResult.GetValue(report),
            parseResult.GetValue(markdown)));
        return command;
    }

    private static int Run(CliContext context, string? casesFolder, bool json, string? studyFilter, string? reportPath, string? markdownPath)
    {
        var suite = ValidationCases.Locate(casesFolder, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
        if (reportPath is not null)
        {
            OutputFile.CheckWritable(reportPath, "--report", suite.Files);
        }
        if (markdownPath is not null)
        {
            OutputFile.CheckWritable(markdownPath, "--markdown", suite.Files);
        }
        var studies = ValidationCases.Select(ValidationCases.Load(suite, context.Catalogue), studyFilter);

        var report = ValidationGrader.Grade(studies, context.Simulator);
        foreach (var ((study, condition), result) in report.Simulations)
        {
            foreach (var warning in result.Warnings)
            {
                context.Warn($"{study}, condition {condition}: {warning}");
            }
        }
        if (reportPath is not null)
        {
            ValidationHtml.Write(reportPath, "--report", report);
        }
        if (markdownPath is not null)
        {
            ValidationMarkdown.Write(markdownPath, "--markdown", report, ValidationCases.ReadCrossValidation(suite.Folder), context.Simulator.Parameters.Fingerprint);
        }
        if (json)
        {
            context.Out.WriteLine(ValidationJson.Write(report));
        }
        else
        {
            ValidationTable.Write(context.CreateConsole(), report);
        }
        return report.Failed > 0 ? FailedCheck : ExitCodes.Success;
    }

    /// <summary>The default cases folder (see <see cref="ValidationCases.FindFolder"/>).</summary>
    public static string? FindCasesFolder(string currentDirectory, string programDirectory) =>
        ValidationCases.FindFolder(currentDirectory, programDirectory);

    /// <summary>The leave-one-study-out figures' file, beside the cases' folders.</summary>
    public const string CrossValidationFile = ValidationCases.CrossValidationFile;
}
