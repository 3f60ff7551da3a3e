namespace Surge.Files;

/// <summary>
/// Where a parser gets the text of a file that a document names (a trial's arm files, relative to the trial file):
/// the application layer supplies it, so the core parses text and reads no file itself.
/// </summary>
public interface ITextSource
{
    /// <summary>
    /// The text of the file at <paramref name="path"/> (at most <paramref name="maximumSize"/> bytes), or an error
    /// whose message says why it cannot be read; <paramref name="expected"/> names what the file should be (e.g. "a
    /// program file (.yaml or .json)").
    /// </summary>
    (string? Text, InputError? Error) Read(string path, int maximumSize, string expected);
}
