namespace Surge.Web;

/// <summary>
/// Splits <c>{"sessions": [ {...}, ... ], "names": ["Legs", ...]}</c> (names optional: the legends and each answer's
/// <c>file</c>; default <c>sessions[i]</c>) into one text per session. Each text is the whole body with everything
/// outside that session blanked (newlines kept), so the session reader's line and column point into the body.
/// </summary>
public static class CompareRequest
{
    /// <summary>Longest name of a compared session, characters.</summary>
    public const int MaximumNameLength = 80;

    /// <summary>The keys the body accepts (the schema is <see cref="CompareRequestDocument"/>).</summary>
    public static readonly IReadOnlyList<string> Fields = ["sessions", "names"];

    /// <summary>The session documents and their names (null when not given), or the problem to answer with.</summary>
    public static (IReadOnlyList<string>? Documents, IReadOnlyList<string>? Names, IResult? Problem) Split(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var ranges = new List<(long Start, long End)>();
        List<string>? names = null;
        var found = false;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return (null, null, Invalid("", "the body must be an object {\"sessions\": [...]}"));
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                if (name is null || !Fields.Contains(name))
                {
                    return (null, null, Invalid(name ?? "", "unknown key; the body is {\"sessions\": [...], \"names\": [...]}"));
                }
                if (name == "names")
                {
                    if (reader.TokenType != JsonTokenType.StartArray)
                    {
                        return (null, null, Invalid("names", "must be an array of strings, one per session"));
                    }
                    names = [];
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var label = reader.TokenType == JsonTokenType.String ? reader.GetString()?.Trim() : null;
                        if (string.IsNullOrEmpty(label) || label.Length > MaximumNameLength)
                        {
                            return (null, null, Invalid($"names[{names.Count}]", $"expected a name of 1–{MaximumNameLength} characters"));
                        }
                        names.Add(label);
                    }
                    continue;
                }
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return (null, null, Invalid("sessions", "must be an array of session documents"));
                }
                found = true;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    var start = reader.TokenStartIndex;
                    reader.Skip();
                    ranges.Add((start, reader.BytesConsumed));
                }
            }
            while (reader.Read())
            {
            }
        }
        catch (JsonException e)
        {
            return (null, null, Problems.Create(StatusCodes.Status400BadRequest, Problems.InvalidInput,
                $"request.json:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not valid JSON: {e.Message}",
                new Dictionary<string, object?> { ["field"] = "", ["line"] = e.LineNumber + 1, ["column"] = e.BytePositionInLine + 1 }));
        }
        if (!found)
        {
            return (null, null, Problems.Field("sessions", "is required: an array of session documents"));
        }
        if (names is not null && names.Count != ranges.Count)
        {
            return (null, null, Problems.Field("names", $"expected one name per session: {ranges.Count} sessions, {names.Count} names"));
        }
        return (ranges.Select(r => Blank(bytes, r.Start, r.End)).ToArray(), names, null);
    }

    private static string Blank(byte[] bytes, long start, long end)
    {
        var copy = new byte[end];
        for (var i = 0L; i < start; i++)
        {
            copy[i] = bytes[i] is (byte)'\n' or (byte)'\r' ? bytes[i] : (byte)' ';
        }
        Array.Copy(bytes, start, copy, start, end - start);
        return Encoding.UTF8.GetString(copy);
    }

    private static IResult Invalid(string field, string message) =>
        Problems.Field(field, message);
}
