using System.CommandLine;
using Surge.Catalogue;
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
        var folder = casesFolder ?? FindCasesFolder(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            ?? throw new CliException(
                $"cannot find the validation cases: no {RepositoryCasesFolder} folder above the current folder or the program, " +
                $"and no '{ShippedCasesFolder}' folder next to the program; give --cases DIR");
        // The default suite is both piles (data/calibration and data/validation); --cases DIR reads that folder alone.
        var folders = casesFolder is null ? ValidationCases.SuiteFolders(folder) : [folder];
        var inputs = folders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*.yaml")).ToArray();
        if (reportPath is not null)
        {
            OutputFile.CheckWritable(reportPath, "--report", inputs);
        }
        if (markdownPath is not null)
        {
            OutputFile.CheckWritable(markdownPath, "--markdown", inputs);
        }
        var studies = Select(ValidationCases.Load(folders, context.Catalogue, casesFolder is null ? "cases folder" : "--cases"), studyFilter);

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
            ValidationMarkdown.Write(markdownPath, "--markdown", report, ReadCrossValidation(folder), context.Simulator.Parameters.Fingerprint);
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

    /// <summary>The studies whose name or file name contains <paramref name="filter"/> (case-insensitive); all when null.</summary>
    public static IReadOnlyList<ValidationStudy> Select(IReadOnlyList<ValidationStudy> studies, string? filter)
    {
        if (filter is null)
        {
            return studies;
        }
        var selected = studies.Where(s => s.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)
                                          || s.File.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToArray();
        return selected.Length > 0
            ? selected
            : throw new CliException($"--study: no study matches '{filter}'; the studies are: {string.Join("; ", studies.Select(s => $"{s.Name} ({s.File})"))}");
    }

    /// <summary>
    /// The leave-one-study-out figures beside the cases (data/cross-validation.json, written by tools/Surge.Calibrate),
    /// or null when there are none (the page then leaves the section out).
    /// </summary>
    /// <exception cref="CliException">The file is there but is not such figures (exit 2).</exception>
    private static CrossValidationSummary? ReadCrossValidation(string validationFolder)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(validationFolder)));
        var path = parent is null ? null : Path.Combine(parent, CrossValidationFile);
        if (path is null || !File.Exists(path))
        {
            return null;
        }
        try
        {
            return CrossValidationSummary.Parse(File.ReadAllText(path), path);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>The leave-one-study-out figures' file, beside the cases' folders.</summary>
    public const string CrossValidationFile = "cross-validation.json";
}
