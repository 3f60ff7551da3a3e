using System.Text;
using Surge.Files;

namespace Surge.App;

/// <summary>Reads an input file as UTF-8 text, refusing missing, too large and binary files with a located error.</summary>
/// <remarks>
/// The one reader of input text files: <see cref="InputFiles"/>, <see cref="DiskTextSource"/>,
/// <see cref="ValidationFiles"/> and the adapters (Surge.Import, the command line) read through it; the core only
/// parses the text. Messages about a file over its limit come from the core's <see cref="TextFile.TooLarge"/>.
/// </remarks>
public static class TextFiles
{
    /// <summary>
    /// The text of the file at <paramref name="path"/>, or an error; <paramref name="expected"/> names what the file
    /// should be (e.g. "a program file (.yaml or .json)").
    /// </summary>
    public static (string? Text, InputError? Error) Read(string path, int maximumSize, string expected)
    {
        InputError Error(string message) => new(path, null, null, "", message);
        byte[] bytes;
        try
        {
            if (Directory.Exists(path))
            {
                return (null, Error($"is a directory, expected {expected}"));
            }
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, Error("file not found"));
            }
            // Checked before opening: a FIFO would block the read and a device such as /dev/zero never ends.
            if (FileIdentity.NotRegularReason(path) is { } notRegular)
            {
                return (null, Error($"{notRegular}; expected {expected}"));
            }
            if (info.Length > maximumSize)
            {
                return (null, Error(TextFile.TooLarge("file", info.Length, "bytes", maximumSize)));
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return (null, Error("cannot read the file: " + exception.Message));
        }
        if (bytes.Length > maximumSize)
        {
            return (null, Error(TextFile.TooLarge("file", bytes.Length, "bytes", maximumSize)));
        }
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            return (null, new InputError(path, line, column, "", "the file is binary (it contains a NUL byte), expected a YAML or JSON text file"));
        }
        try
        {
            return (new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes), null);
        }
        catch (DecoderFallbackException exception)
        {
            var (line, column) = exception.Index >= 0 && exception.Index < bytes.Length ? Position(bytes, exception.Index) : ((int?)null, (int?)null);
            return (null, new InputError(path, line, column, "", "the file is not valid UTF-8 text (a binary file?), expected a YAML or JSON text file"));
        }
    }

    private static (int? Line, int? Column) Position(byte[] bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }
        return (line, index - lineStart + 1);
    }
}
