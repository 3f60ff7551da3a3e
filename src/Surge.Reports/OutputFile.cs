using Surge.App;

namespace Surge.Reports;

/// <summary>
/// The one place every command-line output file goes through (<c>--csv</c>, <c>--plot</c>, <c>--report</c>,
/// <c>--markdown</c>, and the same-file check of <c>--db</c>): outputs are regular files, written whole or not at
/// all (a temporary file in the same folder, then a rename), never onto an input.
/// </summary>
/// <remarks>
/// An output path is refused (a <see cref="ReportException"/> naming the option and the path, exit code 2) when it
/// is a symbolic link (replacing it would silently turn the link into a file, following it would write somewhere the
/// path does not say), a FIFO, a device or a socket (a rename would replace the special file; writing into it is not
/// writing a file), a folder, or the same file as an input (by identity: a hard link or another spelling of the input
/// is refused too; see <see cref="FileIdentity"/>).
/// </remarks>
public static class OutputFile
{
    /// <summary>
    /// Fails with a clear message unless a regular file can be created or replaced at <paramref name="path"/> and it is
    /// none of <paramref name="inputs"/> (see the remarks). Call it before any input is read or output written.
    /// </summary>
    public static void CheckWritable(string path, string option, IEnumerable<string> inputs)
    {
        CheckNotAnInput(path, option, inputs);
        CheckWritable(path, option);
    }

    /// <summary>
    /// Fails with a clear message when <paramref name="output"/> is the same file as one of <paramref name="inputs"/>
    /// (by identity); <paramref name="what"/> says what writing would do (default: overwrite it).
    /// </summary>
    public static void CheckNotAnInput(string output, string option, IEnumerable<string> inputs, string what = "it would be overwritten: choose another output path")
    {
        if (FileIdentity.FindSameFile(output, inputs) is { } input)
        {
            var same = string.Equals(input, output, StringComparison.Ordinal) ? "" : $" ('{input}')";
            throw new ReportException($"{option}: '{output}' is an input file{same}; {what}");
        }
    }

    /// <summary>Fails with a clear message unless a regular file can be created or replaced at <paramref name="path"/> (checked before any output is written).</summary>
    public static void CheckWritable(string path, string option)
    {
        var full = FullPath(path, option);
        CheckKind(full, path, option);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new ReportException($"{option}: cannot write '{path}': the folder '{folder}' does not exist");
        }
        var probe = TemporaryPath(full);
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException($"{option}: cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>
    /// Calls <paramref name="write"/> with a temporary path next to <paramref name="path"/>, then renames it into place
    /// (an existing file keeps its permissions). The target's kind is checked again first (see the remarks). Every
    /// failure, a full disk included, is one <see cref="ReportException"/>, and leaves the target as it was and no
    /// temporary file behind.
    /// </summary>
    public static void Write(string path, string option, Action<string> write)
    {
        var full = FullPath(path, option);
        string? temporary = null;
        try
        {
            CheckKind(full, path, option);
            temporary = TemporaryPath(full);
            write(temporary);
            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException($"{option}: cannot write '{path}': {e.Message}");
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary))
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Nothing more to do: the failure that brought us here is reported.
                }
            }
        }
    }

    private static string FullPath(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ReportException($"{option}: expected an output file path");
        }
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ReportException($"{option}: cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>Fails unless <paramref name="full"/> is missing or a regular file that is not a symbolic link.</summary>
    private static void CheckKind(string full, string path, string option)
    {
        string? linkTarget;
        try
        {
            linkTarget = new FileInfo(full).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            linkTarget = null;
        }
        if (linkTarget is not null)
        {
            throw new ReportException(
                $"{option}: cannot write '{path}': it is a symbolic link (to '{linkTarget}'); outputs are written only to regular files, never through or over a link: give the link's target or another path");
        }
        var reason = FileIdentity.KindOf(full) switch
        {
            FileKind.Directory => "it is a folder",
            FileKind.Fifo => "it is a FIFO (named pipe), not a regular file",
            FileKind.CharacterDevice => "it is a character device, not a regular file",
            FileKind.BlockDevice => "it is a block device, not a regular file",
            FileKind.Socket => "it is a socket, not a regular file",
            _ => null,
        };
        if (reason is not null)
        {
            throw new ReportException($"{option}: cannot write '{path}': {reason}; outputs are written only to regular files");
        }
    }

    private static string TemporaryPath(string full) =>
        Path.Combine(
            Path.GetDirectoryName(full)!,
            $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.tmp{Path.GetExtension(full)}");
}
