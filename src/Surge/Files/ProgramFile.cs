// TEMPORARY stand-in: replaced by the program reader
using System.Globalization;
using Surge.Catalogue;
using Surge.Training;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Surge.Files;

/// <summary>The result of reading a program file: a <see cref="TrainingProgram"/> and warnings, or one error.</summary>
public sealed record ProgramFileResult(TrainingProgram? Program, InputError? Error, IReadOnlyList<InputWarning> Warnings)
{
    public bool Success => Program is not null;
}

/// <summary>TEMPORARY stand-in for the program reader: each day is read as a session file.</summary>
public static class ProgramFile
{
    private static readonly string[] _days = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];

    public static ProgramFileResult Parse(string text, string fileName, ExerciseCatalogue catalogue)
    {
        ProgramFileResult Fail(string field, string message) => new(null, new InputError(fileName, null, null, field, message), []);
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return Fail("", "expected a program (athlete, nutrition, weeks + week or blocks)");
            }
            var athleteNode = Child(root, "athlete");
            var warnings = new List<InputWarning>();
            var athleteSession = ReadDay(athleteNode, new YamlMappingNode(), fileName, catalogue, warnings, "");
            if (athleteSession.Error is not null)
            {
                return new ProgramFileResult(null, athleteSession.Error, []);
            }
            var blocks = new List<ProgramBlock>();
            var blockNodes = Child(root, "blocks") is YamlSequenceNode list
                ? list.Children.ToList()
                : [root];
            for (var b = 0; b < blockNodes.Count; b++)
            {
                var field = Child(root, "blocks") is null ? "" : $"blocks[{b}].";
                if (blockNodes[b] is not YamlMappingNode block
                    || Child(block, "weeks") is not YamlScalarNode weeksNode
                    || !int.TryParse(weeksNode.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weeks)
                    || weeks < 1)
                {
                    return Fail(field + "weeks", "expected a whole number of weeks, at least 1");
                }
                var days = new List<TrainingDay>();
                if (Child(block, "week") is YamlMappingNode week)
                {
                    foreach (var (key, value) in week.Children)
                    {
                        var name = ((YamlScalarNode)key).Value ?? "";
                        var index = Array.IndexOf(_days, name.ToLowerInvariant());
                        if (index < 0 || value is not YamlMappingNode dayNode)
                        {
                            return Fail(field + "week." + name, "expected a day mon … sun with a session");
                        }
                        var session = ReadDay(athleteNode, dayNode, fileName, catalogue, warnings, field + "week." + name);
                        if (session.Error is not null)
                        {
                            return new ProgramFileResult(null, session.Error, []);
                        }
                        days.Add(new TrainingDay((DayOfWeek)index, TimeOnly.FromDateTime(session.Session!.Start), session.Session.Bouts));
                    }
                }
                blocks.Add(new ProgramBlock(weeks, days.OrderBy(d => ((int)d.Day + 6) % 7).ToArray()));
            }
            return new ProgramFileResult(new TrainingProgram(athleteSession.Session!.Athlete, Nutrition.Default, blocks, null), null, warnings);
        }
        catch (YamlException e)
        {
            return new ProgramFileResult(null, new InputError(fileName, (int)e.Start.Line, (int)e.Start.Column, "", e.Message), []);
        }
    }

    public static ProgramFileResult Load(string path, ExerciseCatalogue catalogue)
    {
        if (!File.Exists(path))
        {
            return new ProgramFileResult(null, new InputError(path, null, null, "", "file not found"), []);
        }
        return Parse(File.ReadAllText(path), path, catalogue);
    }

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static (Session? Session, InputError? Error) ReadDay(YamlNode? athlete, YamlMappingNode day, string fileName, ExerciseCatalogue catalogue, List<InputWarning> warnings, string field)
    {
        var document = new YamlMappingNode();
        if (athlete is not null)
        {
            document.Add("athlete", athlete);
        }
        foreach (var (key, value) in day.Children)
        {
            document.Add(key, value);
        }
        if (Child(document, "exercises") is null)
        {
            document.Add("exercises", new YamlSequenceNode());
        }
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(document)).Save(writer, assignAnchors: false);
        var result = SessionFile.Parse(writer.ToString(), fileName, catalogue);
        if (result.Error is { } error)
        {
            return (null, error with { Field = field.Length == 0 ? error.Field : field + (error.Field.Length > 0 ? "." + error.Field : ""), Line = null, Column = null });
        }
        warnings.AddRange(result.Warnings);
        return (result.Session, null);
    }
}
