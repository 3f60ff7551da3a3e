using Surge.Catalogue;
using Surge.Simulation;
using Surge.Validation;

namespace Surge.App;

/// <summary>
/// The validate use case, for <c>surge validate</c>, <c>/api/validation</c> and the calibration tool: finds and reads the
/// case files (every file valid before any is graded), selects studies, grades them and reads the leave-one-study-out
/// figures beside them.
/// </summary>
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
            throw new InputException($"{string.Join(", ", duplicate.Select(s => s.File))}: study: the name '{duplicate.Key}' is used by more than one case file");
        }
        return studies;
    }

    private static ValidationStudy[] ReadFolder(string folder, ExerciseCatalogue catalogue, string option)
    {
        if (!Directory.Exists(folder))
        {
            throw new InputException($"{option}: the folder '{folder}' does not exist");
        }
        IReadOnlyList<ValidationCaseResult> results;
        try
        {
            results = ValidationFiles.LoadFolder(folder, catalogue);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{option}: cannot read the case files in '{folder}': {e.Message}");
        }
        var errors = results.Where(r => !r.Success).Select(r => r.Error!.ToString()).ToArray();
        if (errors.Length > 0)
        {
            throw new InputException(string.Join(Environment.NewLine, errors));
        }
        if (results.Count == 0)
        {
            throw new InputException($"{option}: no case files (*.yaml) in '{folder}'");
        }
        return results.Select(r => r.Study!).ToArray();
    }

    /// <summary>
    /// Where the cases are: <paramref name="casesFolder"/> alone when given, else the default folder
    /// (<see cref="FindFolder"/>) and the calibration folder beside it; the folder the outputs' other files are found
    /// beside, the folders to read, and every case file (outputs must not overwrite one).
    /// </summary>
    /// <exception cref="InputException">No cases folder was given and none is found.</exception>
    public static ValidationSuite Locate(string? casesFolder, string currentDirectory, string programDirectory)
    {
        var folder = casesFolder ?? FindFolder(currentDirectory, programDirectory)
            ?? throw new InputException(
                $"cannot find the validation cases: no {RepositoryFolder} folder above the current folder or the program, " +
                $"and no '{ShippedFolder}' folder next to the program; give --cases DIR");
        // The default suite is both piles (data/calibration and data/validation); --cases DIR reads that folder alone.
        var folders = casesFolder is null ? SuiteFolders(folder) : [folder];
        var files = folders.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*.yaml")).ToArray();
        return new ValidationSuite(folder, folders, files, casesFolder is null ? "cases folder" : "--cases");
    }

    /// <summary>Reads every case file of <paramref name="suite"/> (see <see cref="Load(IReadOnlyList{string}, ExerciseCatalogue, string)"/>).</summary>
    public static IReadOnlyList<ValidationStudy> Load(ValidationSuite suite, ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(suite);
        return Load(suite.Folders, catalogue, suite.Option);
    }

    /// <summary>Reads the whole default suite and grades it with <paramref name="simulator"/> (what /api/validation answers).</summary>
    public static ValidationReport GradeDefaultSuite(string currentDirectory, string programDirectory, ExerciseCatalogue catalogue, SessionSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var suite = Locate(null, currentDirectory, programDirectory);
        return ValidationGrader.Grade(Load(suite, catalogue), simulator);
    }

    /// <summary>The studies whose name or file name contains <paramref name="filter"/> (case-insensitive); all when null.</summary>
    /// <exception cref="InputException">No study matches (the message suggests the nearest file name and lists every study, one a line, under its pile).</exception>
    public static IReadOnlyList<ValidationStudy> Select(IReadOnlyList<ValidationStudy> studies, string? filter)
    {
        ArgumentNullException.ThrowIfNull(studies);
        if (filter is null)
        {
            return studies;
        }
        var selected = studies.Where(s => s.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)
                                          || s.File.Contains(filter, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (selected.Length > 0)
        {
            return selected;
        }
        // A misspelt file name ("kramer1995") gets the nearest one; the list follows, pile by pile.
        var stems = studies.Select(s => Path.GetFileNameWithoutExtension(s.File).ToLowerInvariant()).Distinct();
        var hint = Surge.Files.SessionReader.DidYouMean(filter.Trim().ToLowerInvariant(), stems);
        var list = new System.Text.StringBuilder();
        foreach (var pile in new[] { ValidationSet.Calibration, ValidationSet.Validation })
        {
            var inPile = studies.Where(s => s.Set == pile).ToArray();
            if (inPile.Length == 0)
            {
                continue;
            }
            list.Append(Environment.NewLine).Append(pile == ValidationSet.Calibration
                ? $"  calibration ({inPile.Length} {(inPile.Length == 1 ? "study" : "studies")}, fitted):"
                : $"  validation ({inPile.Length} {(inPile.Length == 1 ? "study" : "studies")}, held back from fitting):");
            foreach (var s in inPile)
            {
                list.Append(Environment.NewLine).Append($"    {s.Name} ({s.File})");
            }
        }
        throw new InputException($"--study: no study matches '{filter}'{hint}; the studies are:" + list);
    }

    /// <summary>The leave-one-study-out figures' file, beside the cases' folders.</summary>
    public const string CrossValidationFile = "cross-validation.json";

    /// <summary>
    /// The leave-one-study-out figures beside the cases (data/cross-validation.json, written by tools/Surge.Calibrate),
    /// or null when there are none (the page then leaves the section out).
    /// </summary>
    /// <exception cref="InputException">The file is there but is not such figures.</exception>
    public static CrossValidationSummary? ReadCrossValidation(string validationFolder)
    {
        ArgumentNullException.ThrowIfNull(validationFolder);
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
            throw new InputException(e.Message);
        }
    }
}

/// <summary>Where a validation run's cases are (<see cref="ValidationCases.Locate"/>).</summary>
/// <param name="Folder">The cases folder given, or the default one (data/validation or the shipped copy).</param>
/// <param name="Folders">The folders read: the calibration folder beside the default one, then it; or the given folder alone.</param>
/// <param name="Files">Every case file of those folders.</param>
/// <param name="Option">How messages name the folder ("--cases" or "cases folder").</param>
public sealed record ValidationSuite(string Folder, IReadOnlyList<string> Folders, IReadOnlyList<string> Files, string Option);
