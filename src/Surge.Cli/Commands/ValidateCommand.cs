using System.CommandLine;
using Surge.Catalogue;
using Surge.Cli.Output;
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
    public static readonly string RepositoryCasesFolder = Path.Combine("data", "validation");

    /// <summary>The folder next to the program that holds the case files copied at build.</summary>
    public const string ShippedCasesFolder = "validation";

    public static Command Create(CliContext context)
    {
        var cases = new Option<string?>("--cases") { Description = "The folder of case files (*.yaml); default: data/validation above the current folder or the program, else the cases shipped with it.", HelpName = "DIR" };
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
        if (reportPath is not null)
        {
            OutputFile.CheckWritable(reportPath, "--report");
        }
        if (markdownPath is not null)
        {
            OutputFile.CheckWritable(markdownPath, "--markdown");
        }
        var folder = casesFolder ?? FindCasesFolder(Directory.GetCurrentDirectory(), AppContext.BaseDirectory)
            ?? throw new CliException(
                $"cannot find the validation cases: no {RepositoryCasesFolder} folder above the current folder or the program, " +
                $"and no '{ShippedCasesFolder}' folder next to the program; give --cases DIR");
        var studies = Select(Load(folder, context.Catalogue, casesFolder is null ? "cases folder" : "--cases"), studyFilter);

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
            ValidationMarkdown.Write(markdownPath, "--markdown", report);
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

    /// <summary>
    /// The default cases folder: <c>data/validation</c> in <paramref name="currentDirectory"/> or a folder above it, else
    /// in <paramref name="programDirectory"/> or above, else the <c>validation</c> folder shipped next to the program; null if none.
    /// </summary>
    public static string? FindCasesFolder(string currentDirectory, string programDirectory)
    {
        foreach (var start in new[] { currentDirectory, programDirectory })
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, RepositoryCasesFolder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        var shipped = Path.Combine(programDirectory, ShippedCasesFolder);
        return Directory.Exists(shipped) ? shipped : null;
    }

    /// <summary>Reads every case file of <paramref name="folder"/>; fails with every file's located error when any does not load.</summary>
    public static IReadOnlyList<ValidationStudy> Load(string folder, ExerciseCatalogue catalogue, string option = "--cases")
    {
        if (!Directory.Exists(folder))
        {
            throw new CliException($"{option}: the folder '{folder}' does not exist");
        }
        IReadOnlyList<ValidationCaseResult> results;
        try
        {
            results = ValidationCaseFile.LoadFolder(folder, catalogue);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{option}: cannot read the case files in '{folder}': {e.Message}");
        }
        var errors = results.Where(r => !r.Success).Select(r => r.Error!.ToString()).ToArray();
        if (errors.Length > 0)
        {
            throw new CliException(string.Join(Environment.NewLine, errors));
        }
        if (results.Count == 0)
        {
            throw new CliException($"{option}: no case files (*.yaml) in '{folder}'");
        }
        var studies = results.Select(r => r.Study!).ToArray();
        var duplicate = studies.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new CliException($"{string.Join(", ", duplicate.Select(s => s.File))}: study: the name '{duplicate.Key}' is used by more than one case file");
        }
        return studies;
    }

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
}
