using Surge.Catalogue;
using Surge.Files;
using Surge.Validation;

namespace Surge.App;

/// <summary>
/// Reads validation case files (data/validation/*.yaml; format in docs/validation.md) from the disk and parses them
/// with the core's <see cref="ValidationCaseFile.Parse"/>.
/// </summary>
public static class ValidationFiles
{
    /// <summary>Reads every *.yaml file of <paramref name="folder"/> in name order.</summary>
    public static IReadOnlyList<ValidationCaseResult> LoadFolder(string folder, ExerciseCatalogue catalogue)
    {
        var set = ValidationStudy.SetOfFolder(folder);
        return Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal).Select(path => Load(path, catalogue))
            .Select(r => r.Study is { } study ? r with { Study = study with { Set = set } } : r).ToArray();
    }

    /// <summary>
    /// Reads the case file at <paramref name="path"/> (UTF-8, at most <see cref="SessionFile.MaximumSize"/> bytes, a
    /// regular file: never a device or FIFO); errors name the file by its name alone.
    /// </summary>
    public static ValidationCaseResult Load(string path, ExerciseCatalogue catalogue)
    {
        var fileName = Path.GetFileName(path);
        var (text, error) = TextFiles.Read(path, SessionFile.MaximumSize, "a validation case file (.yaml)");
        return error is not null ? new ValidationCaseResult(null, error with { File = fileName }) : ValidationCaseFile.Parse(text!, fileName, catalogue);
    }
}
