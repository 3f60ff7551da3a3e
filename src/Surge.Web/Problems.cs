namespace Surge.Web;

/// <summary>RFC 9457 problem details (<c>application/problem+json</c>) for bad input.</summary>
public static class Problems
{
    /// <summary>Title of every 400 caused by the document's content.</summary>
    public const string InvalidInput = "Invalid input";

    /// <summary>A problem with a status, a title and a detail.</summary>
    public static IResult Create(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    /// <summary>A 400 from the input layer: <c>detail</c> is the error's text, with <c>field</c>, <c>line</c>, <c>column</c>.</summary>
    public static IResult FromInputError(InputError error, string fieldPrefix = "")
    {
        var field = fieldPrefix.Length == 0 ? error.Field
            : error.Field.Length == 0 ? fieldPrefix
            : $"{fieldPrefix}.{error.Field}";
        var located = error with { Field = field };
        return Create(StatusCodes.Status400BadRequest, InvalidInput, located.ToString(), new Dictionary<string, object?>
        {
            ["field"] = field,
            ["line"] = error.Line,
            ["column"] = error.Column,
        });
    }

    /// <summary>A 400 about a field with no place in the text (limits checked after reading).</summary>
    public static IResult Field(string field, string message) =>
        Create(StatusCodes.Status400BadRequest, InvalidInput, field.Length == 0 ? message : $"{field}: {message}", new Dictionary<string, object?>
        {
            ["field"] = field,
            ["line"] = null,
            ["column"] = null,
        });
}
