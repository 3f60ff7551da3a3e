using Surge.Catalogue;
using Surge.Files;

namespace Surge.App;

/// <summary>
/// Reads session, program and trial files from the disk and parses them with the core's readers
/// (<see cref="SessionFile.Parse"/>, <see cref="ProgramFile.Parse"/>, <see cref="TrialFile.Parse"/>). A missing,
/// unreadable, too large or binary file gives an <see cref="InputError"/> naming the path (line null where unknown),
/// as a parse error does; nothing here throws for bad input.
/// </summary>
public static class InputFiles
{
    /// <summary>What a session file should be, in messages about a file that cannot be read.</summary>
    public const string SessionExpected = "a session file (.yaml or .json)";

    /// <summary>What a program file should be, in messages about a file that cannot be read.</summary>
    public const string ProgramExpected = "a program file (.yaml or .json)";

    /// <summary>What a trial file should be, in messages about a file that cannot be read.</summary>
    public const string TrialExpected = "a trial file (.yaml or .json)";

    /// <summary>
    /// Reads the session file at <paramref name="path"/> (UTF-8, at most <see cref="SessionFile.MaximumSize"/> bytes)
    /// and parses it as <see cref="SessionFile.Parse"/> does, with <paramref name="defaultDate"/> for a time-only or
    /// missing <c>start</c> (null: today).
    /// </summary>
    public static SessionFileResult LoadSession(string path, ExerciseCatalogue catalogue, DateOnly? defaultDate = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        path ??= "";
        var (text, error) = TextFiles.Read(path, SessionFile.MaximumSize, SessionExpected);
        return error is not null ? SessionFileResult.Fail(error) : SessionFile.Parse(text!, path, catalogue, defaultDate);
    }

    /// <summary>
    /// Reads the program file at <paramref name="path"/> (UTF-8, at most <see cref="ProgramFile.MaximumSize"/> bytes)
    /// and parses it as <see cref="ProgramFile.Parse"/> does.
    /// </summary>
    public static ProgramFileResult LoadProgram(string path, ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        path ??= "";
        var (text, error) = TextFiles.Read(path, ProgramFile.MaximumSize, ProgramExpected);
        return error is not null ? ProgramFileResult.Fail(error) : ProgramFile.Parse(text!, path, catalogue);
    }

    /// <summary>
    /// Reads the trial file at <paramref name="path"/> and parses it as <see cref="ParseTrial"/> does: arms given as
    /// files are read relative to it.
    /// </summary>
    public static TrialFileResult LoadTrial(string path, ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        path ??= "";
        var (text, error) = TextFiles.Read(path, SessionFile.MaximumSize, TrialExpected);
        return error is not null ? TrialFileResult.Fail(error) : ParseTrial(text!, path, catalogue);
    }

    /// <summary>
    /// Parses a trial from <paramref name="text"/> as <see cref="TrialFile.Parse"/> does, reading the arms given as
    /// files from the disk, relative to <paramref name="fileName"/>.
    /// </summary>
    public static TrialFileResult ParseTrial(string text, string fileName, ExerciseCatalogue catalogue) =>
        TrialFile.Parse(text, fileName, catalogue, DiskTextSource.Instance);

    /// <summary>
    /// Reads every file of <paramref name="paths"/> with <paramref name="load"/>, all before any is used: the results,
    /// or the first file's error when any cannot be read (<paramref name="expected"/> names what the files should be,
    /// for a result that failed without saying why).
    /// </summary>
    public static (IReadOnlyList<T>? Results, InputError? Error) LoadAll<T>(IReadOnlyList<string> paths, Func<string, T> load, string expected)
        where T : IFileResult
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(load);
        var parsed = paths.Select(load).ToArray();
        for (var i = 0; i < parsed.Length; i++)
        {
            if (!parsed[i].Success)
            {
                return (null, parsed[i].FirstError ?? new InputError(paths[i], null, null, "", $"could not be read as {expected}"));
            }
        }
        return (parsed, null);
    }
}
