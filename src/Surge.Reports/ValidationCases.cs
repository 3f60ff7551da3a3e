using Surge.App;
using Surge.Catalogue;
using Surge.Validation;

namespace Surge.Reports;

/// <summary>Finds and reads the validation case files, for <c>surge validate</c> and <c>/api/validation</c>.</summary>
public static class ValidationCases
{
    /// <summary>The cases folder in the repository, relative to its root.</summary>
    public static readonly string RepositoryFolder = Path.Combine("data", "validation");

    /// <summary>The folder next to the program that holds the case files copied at build.</summary>
    public const string ShippedFolder = "validation";

    /// <summary>
    /// The default cases folder: <c>data/validation</c> in <paramref name="currentDirectory"/> or a folder above it, else
    /// in <paramref name="programDirectory"/> or above, else the <c>validation</c> folder shipped next to the program; null if none.
    /// </summary>
    public static string? FindFolder(string currentDirectory, string programDirectory)
    {
        foreach (var start in new[] { currentDirectory, programDirectory })
        {
            for (var folder = new DirectoryInfo(Path.GetFullPath(start)); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, RepositoryFolder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        var shipped = Path.Combine(programDirectory, ShippedFolder);
        return Directory.Exists(shipped) ? shipped : null;
    }

    /// <summary>The folder name of the calibration studies, beside the validation folder.</summary>
    public const string CalibrationFolderName = "calibration";

    /// <summary>
    /// The folders of the whole suite for a default cases folder <paramref name="validationFolder"/> (data/validation or
    /// the shipped copy): the calibration folder beside it (data/calibration) when it exists, then the folder itself.
    /// </summary>
    public static IReadOnlyList<string> SuiteFolders(string validationFolder)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(validationFolder)));
        var calibration = parent is null ? null : Path.Combine(parent, CalibrationFolderName);
        return calibration is not null && Directory.Exists(calibration) ? [calibration, validationFolder] : [validationFolder];
    }

    /// <summary>Reads every case file of <paramref name="folder"/>; fails with every file's located error when any does not load.</summary>
    public static IReadOnlyList<ValidationStudy> Load(string folder, ExerciseCatalogue catalogue, string option = "--cases") =>
        Load([folder], catalogue, option);

    /// <summary>
    /// Reads every case file of every folder of <paramref name="folders"/>; fails with every file's located error when
    /// any does not load, and when two files use one study name.
    /// </summary>
    public static IReadOnlyList<ValidationStudy> Load(IReadOnlyList<string> folders, ExerciseCatalogue catalogue, string option = "--cases")
    {
        var studies = folders.SelectMany(f => ReadFolder(f, catalogue, option)).ToArray();
        var duplicate = studies.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ReportException($"{string.Join(", ", duplicate.Select(s => s.File))}: study: the name '{duplicate.Key}' is used by more than one case file");
        }
        return studies;
    }

    private static ValidationStudy[] ReadFolder(string folder, ExerciseCatalogue catalogue, string option)
    {
        if (!Directory.Exists(folder))
        {
            throw new ReportException($"{option}: the folder '{folder}' does not exist");
        }
        IReadOnlyList<ValidationCaseResult> results;
        try
        {
            results = ValidationFiles.LoadFolder(folder, catalogue);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException($"{option}: cannot read the case files in '{folder}': {e.Message}");
        }
        var errors = results.Where(r => !r.Success).Select(r => r.Error!.ToString()).ToArray();
        if (errors.Length > 0)
        {
            throw new ReportException(string.Join(Environment.NewLine, errors));
        }
        if (results.Count == 0)
        {
            throw new ReportException($"{option}: no case files (*.yaml) in '{folder}'");
        }
        return results.Select(r => r.Study!).ToArray();
    }
}
