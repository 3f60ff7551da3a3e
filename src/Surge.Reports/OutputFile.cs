namespace Surge.Reports;

/// <summary>Output files written whole or not at all: a temporary file in the same folder, then a move.</summary>
public static class OutputFile
{
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

    /// <summary>Calls <paramref name="write"/> with a temporary path next to <paramref name="path"/>, then moves it into place.</summary>
    public static void Write(string path, string option, Action<string> write)
    {
        var full = Path.GetFullPath(path);
        var temporary = TemporaryPath(full);
        try
        {
            write(temporary);
            File.Move(temporary, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ReportException($"{option}: cannot write '{path}': {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string TemporaryPath(string full) =>
        Path.Combine(
            Path.GetDirectoryName(full)!,
            $".{Path.GetFileNameWithoutExtension(full)}.{Guid.NewGuid():N}.tmp{Path.GetExtension(full)}");
}
