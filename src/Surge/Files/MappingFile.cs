using Surge.Catalogue;
using Surge.Yaml;

namespace Surge.Files;

/// <summary>The outcome of reading a mapping file: the mappings (app name → canonical catalogue name), or the first error.</summary>
public sealed record MappingFileResult(IReadOnlyDictionary<string, string>? Mappings, InputError? Error) : IFileResult
{
    /// <inheritdoc/>
    public InputError? FirstError => Error;

    /// <inheritdoc/>
    public bool Success => Mappings is not null;
}

/// <summary>
/// Reads a mapping file <c>mappings: {"App name": "catalogue exercise", …}</c> (docs/formats.md, "surge import"): every
/// value must name a catalogue exercise, stored as its canonical name; names are compared without case. Errors name
/// file:line:column; nothing throws for bad input.
/// </summary>
public static class MappingFile
{
    /// <summary>What a mapping file should be, in messages.</summary>
    public const string Expected = "a mapping file (.yaml)";

    private const string EntryExpected = "expected \"name in the app\": \"catalogue exercise\"";

    /// <summary>Reads the mappings of <paramref name="text"/>; <paramref name="fileName"/> names the file in messages.</summary>
    public static MappingFileResult Parse(string text, string fileName, ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalogue);
        MappingFileResult Fail(int? line, int? column, string field, string message) => new(null, new InputError(fileName, line, column, field, message));
        MappingFileResult At(YamlTreeNode node, string field, string message) => Fail(node.Line, node.Column, field, message);

        YamlTreeNode? document;
        try
        {
            document = YamlTree.Read(text);
        }
        catch (YamlTreeException e)
        {
            return Fail(e.Line, e.Column, e.Field, e.Message);
        }
        if (document is not YamlTreeMapping root)
        {
            return Fail(1, 1, "", "expected an object with 'mappings'");
        }
        var mappings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var found = false;
        foreach (var (key, value) in root.Entries)
        {
            if (key.Value != "mappings")
            {
                return At(key, key.Value, "unknown key; expected 'mappings'");
            }
            found = true;
            if (value is YamlTreeScalar { IsNull: true })
            {
                continue;
            }
            if (value is not YamlTreeMapping entries)
            {
                return At(value, "mappings", "expected an object of \"name in the app\": \"catalogue exercise\"");
            }
            foreach (var (name, target) in entries.Entries)
            {
                if (name.Value.Length == 0 || target is not YamlTreeScalar { Value.Length: > 0, IsNull: false } to)
                {
                    return At(name, "mappings", EntryExpected);
                }
                if ((ExerciseCatalogue.NameLengthProblem(name.Value) ?? ExerciseCatalogue.NameLengthProblem(to.Value)) is { } tooLong)
                {
                    var (node, which) = ExerciseCatalogue.NameLengthProblem(name.Value) is null ? ((YamlTreeNode)to, "exercise") : (name, "name in the app");
                    return At(node, "mappings", $"the {which} is {tooLong}");
                }
                if (catalogue.Find(to.Value) is not { } exercise)
                {
                    return At(to, $"mappings.{name.Value}",
                        $"'{to.Value}' is not a catalogue exercise; closest: {string.Join(", ", catalogue.Suggest(to.Value))} (see 'surge exercises')");
                }
                if (!mappings.TryAdd(name.Value, exercise.Name))
                {
                    return At(name, $"mappings.{name.Value}", "mapped twice");
                }
            }
        }
        return found ? new MappingFileResult(mappings, null) : Fail(1, 1, "", "expected an object with 'mappings'");
    }
}
