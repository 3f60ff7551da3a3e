using System.Globalization;
using System.Text;

namespace Surge.Files;

/// <summary>
/// Why an input file could not be read: where (file, 1-based line and column when known, field path such as
/// <c>exercises[2].sets[1].reps</c> with 0-based indexes) and what was expected.
/// </summary>
/// <param name="File">The file name as given by the caller.</param>
/// <param name="Line">1-based line; null when unknown (e.g. a missing file).</param>
/// <param name="Column">1-based column; null when unknown.</param>
/// <param name="Field">Path of the field in the document; empty for the whole document.</param>
/// <param name="Message">What is wrong and what was expected, with the value given.</param>
public sealed record InputError(string File, int? Line, int? Column, string Field, string Message)
{
    /// <summary>Renders <c>file:line:col: field: message</c>, leaving out the parts that are unknown.</summary>
    public override string ToString() => InputMessageFormat.Render(File, Line, Column, Field, Message);
}

/// <summary>Something in an input file that was accepted but deserves attention; placed like an <see cref="InputError"/>.</summary>
/// <param name="File">The file name as given by the caller.</param>
/// <param name="Line">1-based line; null when unknown.</param>
/// <param name="Column">1-based column; null when unknown.</param>
/// <param name="Field">Path of the field in the document.</param>
/// <param name="Message">What was noticed.</param>
public sealed record InputWarning(string File, int? Line, int? Column, string Field, string Message)
{
    /// <summary>Renders <c>file:line:col: field: message</c>, leaving out the parts that are unknown.</summary>
    public override string ToString() => InputMessageFormat.Render(File, Line, Column, Field, Message);
}

internal static class InputMessageFormat
{
    public static string Render(string file, int? line, int? column, string field, string message)
    {
        var text = new StringBuilder(file);
        if (line is not null)
        {
            text.Append(':').Append(line.Value.ToString(CultureInfo.InvariantCulture));
            if (column is not null)
            {
                text.Append(':').Append(column.Value.ToString(CultureInfo.InvariantCulture));
            }
        }
        text.Append(": ");
        if (field.Length > 0)
        {
            text.Append(field).Append(": ");
        }
        return text.Append(message).ToString();
    }
}

/// <summary>The result of reading a session file: a <see cref="Training.Session"/> and warnings, or one error.</summary>
public sealed record SessionFileResult : IFileResult
{
    private SessionFileResult(Training.Session? session, IReadOnlyList<InputWarning> warnings, InputError? error)
    {
        Session = session;
        Warnings = warnings;
        Error = error;
    }

    /// <summary>The session; null when <see cref="Error"/> is set.</summary>
    public Training.Session? Session { get; }

    /// <summary>Warnings about accepted input, in document order (empty on error).</summary>
    public IReadOnlyList<InputWarning> Warnings { get; }

    /// <summary>The first error found; null on success.</summary>
    public InputError? Error { get; }

    /// <summary>Whether a session was read.</summary>
    public bool Success => Error is null;

    /// <inheritdoc/>
    InputError? IFileResult.FirstError => Error;

    internal static SessionFileResult Ok(Training.Session session, IReadOnlyList<InputWarning> warnings) => new(session, warnings, null);

    /// <summary>A session file that could not be read (e.g. by the application layer, before parsing): <paramref name="error"/> alone.</summary>
    public static SessionFileResult Fail(InputError error) => new(null, [], error);
}

/// <summary>Carries an <see cref="InputError"/> out of the depths of a reader; never escapes the public API.</summary>
internal sealed class InputErrorException(InputError error) : Exception(error.ToString())
{
    public InputError Error { get; } = error;
}
