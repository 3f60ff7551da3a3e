// TEMPORARY stand-in: replaced by the input layer
using System.Globalization;
using System.Text.RegularExpressions;
using Surge.Catalogue;
using Surge.Quantities;
using Surge.Training;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Surge.Files;

/// <summary>An error in an input file: where and what.</summary>
public sealed record InputError(string File, int? Line, int? Column, string? Field, string Message)
{
    /// <summary>"file:line:col: field: message" (parts that are unknown are left out).</summary>
    public override string ToString()
    {
        var where = File;
        if (Line is { } line)
        {
            where += ":" + line.ToString(CultureInfo.InvariantCulture);
            if (Column is { } column)
            {
                where += ":" + column.ToString(CultureInfo.InvariantCulture);
            }
        }
        return Field is null ? $"{where}: {Message}" : $"{where}: {Field}: {Message}";
    }
}

/// <summary>The outcome of reading a session file.</summary>
public sealed record SessionParseResult(Session? Session, InputError? Error, IReadOnlyList<string> Warnings)
{
    public bool Succeeded => Session is not null;
}

/// <summary>Reads session files (minimal stand-in: enough for the shipped examples).</summary>
public static partial class SessionFile
{
    /// <summary>Reads and parses the file at <paramref name="path"/>.</summary>
    public static SessionParseResult Load(string path, ExerciseCatalogue catalogue)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var reason = e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : "cannot read the file: " + e.Message;
            return new SessionParseResult(null, new InputError(path, null, null, null, reason), []);
        }
        return Parse(text, path, catalogue, DateOnly.FromDateTime(File.GetLastWriteTime(path)));
    }

    /// <summary>Parses session YAML/JSON text.</summary>
    public static SessionParseResult Parse(string text, string fileName, ExerciseCatalogue catalogue, DateOnly? defaultDate = null)
    {
        try
        {
            var yaml = new YamlStream();
            yaml.Load(new StringReader(text));
            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            {
                return Fail(fileName, null, null, "expected a mapping with `exercises`");
            }
            var athlete = Athlete.Default;
            if (Child(root, "athlete") is YamlMappingNode a)
            {
                var sex = Scalar(a, "sex") == "female" ? Sex.Female : Sex.Male;
                athlete = Athlete.Create(sex);
                if (Scalar(a, "age") is { } age)
                {
                    athlete = athlete with { AgeYears = Number(age) };
                }
                if (Scalar(a, "body_mass") is { } mass)
                {
                    athlete = athlete with { BodyMassKg = Number(mass) };
                }
            }
            var date = defaultDate ?? new DateOnly(2026, 1, 1);
            var start = date.ToDateTime(Session.DefaultStartTime);
            if (Scalar(root, "start") is { } s)
            {
                start = DateTime.Parse(s, CultureInfo.InvariantCulture);
            }
            var recordUntil = Scalar(root, "record_until") is { } r ? Span(r, "min") : Session.DefaultRecordUntil;
            var bouts = new List<Bout>();
            if (Child(root, "exercises") is YamlSequenceNode list)
            {
                for (var i = 0; i < list.Children.Count; i++)
                {
                    var b = (YamlMappingNode)list.Children[i];
                    var name = Scalar(b, "exercise") ?? "";
                    var exercise = catalogue.Find(name) ?? Placeholder(name);
                    var sets = new List<SetPrescription>();
                    if (Child(b, "sets") is YamlSequenceNode setList)
                    {
                        for (var j = 0; j < setList.Children.Count; j++)
                        {
                            var set = Set((YamlMappingNode)setList.Children[j], b, fileName, $"exercises[{i}].sets[{j}]", out var error);
                            if (error is not null)
                            {
                                return new SessionParseResult(null, error, []);
                            }
                            sets.Add(set!);
                        }
                    }
                    else
                    {
                        var count = (int)Number(Scalar(b, "sets") ?? "1");
                        var set = Set(b, b, fileName, $"exercises[{i}]", out var error);
                        if (error is not null)
                        {
                            return new SessionParseResult(null, error, []);
                        }
                        sets.AddRange(Enumerable.Repeat(set!, count));
                    }
                    var side = Scalar(b, "side") switch { "left" => Side.Left, "right" => Side.Right, _ => Side.Both };
                    var oneRm = Scalar(b, "one_rm") is { } o ? Number(o) : (double?)null;
                    bouts.Add(new Bout(exercise, name, side, oneRm, sets, null));
                }
            }
            return new SessionParseResult(new Session(athlete, start, recordUntil, bouts), null, []);
        }
        catch (YamlException e)
        {
            return Fail(fileName, (int)e.Start.Line, (int)e.Start.Column, e.Message);
        }
    }

    private static SetPrescription? Set(YamlMappingNode set, YamlMappingNode bout, string fileName, string field, out InputError? error)
    {
        error = null;
        string? Get(string key) => Scalar(set, key) ?? Scalar(bout, key);
        var repsNode = Child(set, "reps") ?? Child(bout, "reps");
        var repsText = Get("reps") ?? "1";
        if (!int.TryParse(repsText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var reps) || reps < 1)
        {
            error = new InputError(fileName, (int?)repsNode?.Start.Line, (int?)repsNode?.Start.Column, field + ".reps", $"expected a whole number ≥ 1, got {repsText}");
            return null;
        }
        var loadText = (Get("load") ?? "70 %1RM").Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        var load = loadText.EndsWith("%1rm", StringComparison.Ordinal) ? Quantities.Load.PercentOfOneRm(Number(loadText[..^4]))
            : loadText.EndsWith("rm", StringComparison.Ordinal) ? Quantities.Load.RepetitionMaximum((int)Number(loadText[..^2]))
            : Quantities.Load.Absolute(Mass.FromKilograms(Number(loadText)));
        var rest = Get("rest") is { } r ? Span(r, "s") : TimeSpan.FromSeconds(90);
        var effort = Get("to_failure") == "true" ? Effort.Failure : Get("rir") is { } rir ? new Effort(Number(rir)) : Effort.Estimated;
        return new SetPrescription(reps, load, rest, effort, null);
    }

    private static Exercise Placeholder(string name) =>
        new(name, Equipment.Machine, [], [], new double[MuscleGroups.Count], false, false, 0.0, 1.0, []);

    private static SessionParseResult Fail(string file, int? line, int? column, string message) =>
        new(null, new InputError(file, line, column, null, message), []);

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static double Number(string text) =>
        double.Parse(NumberPart().Match(text).Value, CultureInfo.InvariantCulture);

    private static TimeSpan Span(string text, string defaultUnit)
    {
        var unit = text.Trim().TrimStart("-+.0123456789".ToCharArray()).Trim();
        var value = Number(text);
        return (unit.Length == 0 ? defaultUnit : unit) switch
        {
            "min" => TimeSpan.FromMinutes(value),
            "h" => TimeSpan.FromHours(value),
            _ => TimeSpan.FromSeconds(value),
        };
    }

    [GeneratedRegex(@"[-+]?[0-9]*\.?[0-9]+")]
    private static partial Regex NumberPart();
}
