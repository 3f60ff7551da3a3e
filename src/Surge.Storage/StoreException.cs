namespace Surge.Storage;

/// <summary>
/// The store could not be opened or written: bad connection string, unreachable server, unwritable path, failed import.
/// The message is one line, fit for the CLI to print before exiting with code 2.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException(string message)
        : base(OneLine(message))
    {
    }

    public StoreException(string message, Exception innerException)
        : base(OneLine(message), innerException)
    {
    }

    internal static string OneLine(string text) =>
        string.Join(' ', text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
