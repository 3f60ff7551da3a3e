using System.Text;

namespace Surge.Files;

/// <summary>Reads an input file as UTF-8 text, refusing missing, too large and binary files with a located error.</summary>
/// <remarks>
/// The parsers of the core take text; the application layer (Surge.App: <c>InputFiles</c>, <c>DiskTextSource</c>) reads
/// the files. <see cref="Read"/> and <see cref="FileIdentity"/> stay in the core only while Surge.Reports, which does not
/// reference Surge.App, checks outputs and loads validation folders (<see cref="Validation.ValidationCaseFile.LoadFolder"/>)
/// through them; they move to Surge.App with those callers.
/// </remarks>
public static class TextFile
{
    /// <summary>
    /// The message for a document over its limit: "the file is too large (N bytes): at most 5 MB is accepted", the limit
    /// written from <paramref name="maximumSize"/> (whole MB where it is one, else bytes), so no message restates it.
    /// </summary>
    public static string TooLarge(string what, long size, string sizeUnit, int maximumSize)
    {
        const int megabyte = 1024 * 1024;
        var limit = maximumSize % megabyte == 0 ? $"{maximumSize / megabyte} MB" : $"{maximumSize} bytes";
        return $"the {what} is too large ({size} {sizeUnit}): at most {limit} is accepted";
    }

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
                return (null, Error(TooLarge("file", info.Length, "bytes", maximumSize)));
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return (null, Error("cannot read the file: " + exception.Message));
        }
        if (bytes.Length > maximumSize)
        {
            return (null, Error(TooLarge("file", bytes.Length, "bytes", maximumSize)));
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
