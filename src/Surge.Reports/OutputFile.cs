using Surge.Files;

namespace Surge.Reports;

/// <summary>Output files written whole or not at all: a temporary file in the same folder, then a move.</summary>
public static class OutputFile
{
    /// <summary>
    /// Fails with a clear message unless a file can be created at <paramref name="path"/> and it is none of
    /// <paramref name="inputs"/> (the same file by identity: a hard link, a symbolic link or another spelling of an
    /// input is refused too; see <see cref="FileIdentity"/>). Call it before any input is read or output written.
    /// </summary>
    public static void CheckWritable(string path, string option, IEnumerable<string> inputs)
    {
        CheckWritable(path, option);
        if (FileIdentity.FindSameFile(path, inputs) is { } input)
        {
            var same = string.Equals(input, path, StringComparison.Ordinal) ? "" : $" ('{input}')";
            throw new ReportException($"{option}: '{path}' is an input file{same}; it would be overwritten: choose another output path");
        }
    }

    /// <summary>Fails with a clear message unless a file can be created at <paramref name="path"/> (checked before any output is written).</summary>
    public static void CheckWritable(string path, string option)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ReportException($"{option}: expected an output file path");
        }
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new ReportException($"{option}: cannot write '{path}': {e.Message}");
        }
        if (Directory.Exists(full))
        {
            throw new ReportException($"{option}: cannot write '{path}': it is a folder");
        }
        if (IsDeviceOrFifo(full))
        {
            return;
        }
        var target = ResolvedTarget(full);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new ReportException($"{option}: cannot write '{path}': the folder '{folder}' does not exist");
        }
        var probe = TemporaryPath(target);
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
    /// Calls <paramref name="write"/> with a temporary path next to <paramref name="path"/>, then moves it into place;
    /// a symbolic link stays a link (its final target is replaced), and a device or FIFO (e.g. <c>/dev/stdout</c>)
    /// is written into directly. Every failure, a full disk included, is one <see cref="ReportException"/>.
    /// </summary>
    public static void Write(string path, string option, Action<string> write)
    {
        var full = Path.GetFullPath(path);
        string? temporary = null;
        try
        {
            if (IsDeviceOrFifo(full))
            {
                write(full);
                return;
            }
            var target = ResolvedTarget(full);
            temporary = TemporaryPath(target);
            write(temporary);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException($"{option}: cannot write '{path}': {e.Message}");
        }
        finally
        {
            if (temporary is not null && File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Whether <paramref name="full"/> (links followed) is a device or FIFO, written into in place (e.g. <c>/dev/stdout</c>).</summary>
    private static bool IsDeviceOrFifo(string full) =>
        FileIdentity.KindOf(full) is FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Fifo;

    /// <summary>The file a symbolic link at <paramref name="full"/> finally points to (itself when it is no link, or a broken one).</summary>
    private static string ResolvedTarget(string full)
    {
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static string TemporaryPath(string full) =>
        Path.Combine(
            Path.GetDirectoryName(full)!,
            $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.tmp{Path.GetExtension(full)}");
}
