using Surge.Yaml;

namespace Surge.Files;

/// <summary>What kind of document a text holds, judged by its top-level keys.</summary>
public enum InputKind
{
    /// <summary>Not YAML/JSON or not an object: left to the session reader's messages.</summary>
    Unknown,

    /// <summary>An object without a program's keys.</summary>
    Session,

    /// <summary>An object with a top-level <c>weeks</c>, <c>week</c> or <c>blocks</c>.</summary>
    Program,
}

/// <summary>Tells programs from sessions (<c>surge compare</c> takes either), read with the same tree as the readers.</summary>
public static class DocumentKinds
{
    /// <summary>Top-level keys that make a document a program (docs/formats.md, "Program file").</summary>
    public static IReadOnlyList<string> ProgramKeys { get; } = ["weeks", "week", "blocks"];

    /// <summary>
    /// Whether <paramref name="text"/> is a program (a top-level <c>weeks</c>, <c>week</c> or <c>blocks</c>), a session
    /// (any other object) or cannot be told (not YAML/JSON, empty, not an object).
    /// </summary>
    public static InputKind Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            return YamlTree.Read(text) is YamlTreeMapping root
                ? root.Entries.Any(e => ProgramKeys.Contains(e.Key.Value.Trim(), StringComparer.OrdinalIgnoreCase)) ? InputKind.Program : InputKind.Session
                : InputKind.Unknown;
        }
        catch (YamlTreeException)
        {
            return InputKind.Unknown;
        }
    }
}
