using Surge.Catalogue;
using Surge.Files;
using Surge.Import;
using Surge.Logs;

namespace Surge.App;

/// <summary>
/// Reads session, program, trial, workout-log and samples files from the disk and parses them with the core's and the
/// importers' readers (<see cref="SessionFile.Parse"/>, <see cref="ProgramFile.Parse"/>, <see cref="TrialFile.Parse"/>,
/// <see cref="WorkoutLogReader.Read(byte[], string, LogReadOptions, CancellationToken)"/>, <see cref="SampleReader.Parse"/>). A missing,
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
        return error is not null ? SessionFileResult.Fail(error) : ParseSession(text!, path, catalogue, defaultDate);
    }

    /// <summary>
    /// Parses a session from <paramref name="text"/> as <see cref="SessionFile.Parse"/> does, with
    /// <paramref name="defaultDate"/> for a time-only or missing <c>start</c> (null: <see cref="Today"/>).
    /// </summary>
    public static SessionFileResult ParseSession(string text, string fileName, ExerciseCatalogue catalogue, DateOnly? defaultDate = null) =>
        SessionFile.Parse(text, fileName, catalogue, defaultDate ?? Today);

    /// <summary>Today's date on this machine's clock: the date of a session whose file gives only a time or no start (the core reads no clock).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Today);

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
    /// Reads the Strong or Hevy export at <paramref name="path"/> (at most <see cref="WorkoutLogReader.MaxFileBytes"/>;
    /// a FIFO or device is refused before it is opened) and parses it as <see cref="WorkoutLogReader"/> does.
    /// </summary>
    public static WorkoutLogResult LoadLog(string path, LogReadOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        WorkoutLogResult Fail(string message) => new(null, new InputError(path, null, null, "", message));
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail("the file does not exist");
            }
            // Checked before opening: a FIFO would block the read and a device such as /dev/zero never ends.
            if (FileIdentity.NotRegularReason(path) is { } notRegular)
            {
                return Fail(notRegular + "; expected a CSV export");
            }
            if (info.Length > WorkoutLogReader.MaxFileBytes)
            {
                return Fail($"the file is {info.Length / (1024.0 * 1024.0):0.#} MB; exports up to {WorkoutLogReader.MaxFileBytes / (1024 * 1024)} MB are read");
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Fail("the file cannot be read: " + e.Message);
        }
        return WorkoutLogReader.Read(bytes, path, options, cancellation);
    }

    /// <summary>Reads the samples CSV at <paramref name="path"/> (at most <see cref="SampleReader.MaximumSize"/> bytes) and parses it as <see cref="SampleReader.Parse"/> does.</summary>
    public static SampleFileResult LoadSamples(string path)
    {
        path ??= "";
        var (text, error) = TextFiles.Read(path, SampleReader.MaximumSize, "a samples CSV (t_min,measure,value,unit)");
        return error is not null ? new SampleFileResult(null, error) : SampleReader.Parse(text!, path);
    }

    /// <summary>
    /// Whether the file at <paramref name="path"/> holds a program or a session (<see cref="DocumentKinds.Of"/>);
    /// <see cref="InputKind.Unknown"/> when it cannot be read (missing, not a regular file, too large), so that the
    /// session reader's message says why.
    /// </summary>
    public static InputKind KindOf(string path)
    {
        var (text, error) = TextFiles.Read(path ?? "", SessionFile.MaximumSize, SessionExpected);
        return error is null ? DocumentKinds.Of(text!) : InputKind.Unknown;
    }

    /// <summary>
    /// Reads the mapping file at <paramref name="path"/> (<c>surge import --map</c>; at most
    /// <see cref="SessionFile.MaximumSize"/> bytes) and parses it as <see cref="MappingFile.Parse"/> does.
    /// </summary>
    public static MappingFileResult LoadMappings(string path, ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        path ??= "";
        var (text, error) = TextFiles.Read(path, SessionFile.MaximumSize, MappingFile.Expected);
        return error is not null ? new MappingFileResult(null, error) : MappingFile.Parse(text!, path, catalogue);
    }

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
