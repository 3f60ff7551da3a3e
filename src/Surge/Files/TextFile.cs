namespace Surge.Files;

/// <summary>The messages the parsers share about input text (the core reads no file).</summary>
/// <remarks>
/// The parsers of the core take text; the application layer (Surge.App: <c>TextFiles</c>, <c>InputFiles</c>,
/// <c>DiskTextSource</c>, <c>ValidationFiles</c>, <c>FileIdentity</c>) reads the files and uses these messages too.
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
}
