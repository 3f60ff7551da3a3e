using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Surge.Files;
using Surge.Tests.Support;

namespace Surge.Tests.Files;

/// <summary>Random and mutated input never crashes the reader: it gives a session or one located error.</summary>
public sealed class SessionFilePropertyTests
{
    private static readonly string[] _garbage =
    [
        "\0", "\t", "{", "}", "[", "]", ":", "- ", "&a ", "*a", "!!binary ", "'", "\"", "\uFFFD", "\uD800", "---\n", "...\n",
        "? ", "%YAML 1.2\n", "\\", "#", "|", ">", "@", "`", "1e999", "-", "NaN", "  ", "\n", "\r", "reps: 5\n", "exercise: x\n",
    ];

    private static bool IsCleanResult(SessionFileResult result)
    {
        if (result.Success)
        {
            return result.Session is not null && result.Error is null;
        }
        return result.Session is null
            && result.Error is { } error
            && !string.IsNullOrWhiteSpace(error.Message)
            && error.File == "fuzz.yaml"
            && (error.Line is null || error.Line >= 1)
            && (error.Column is null || error.Column >= 1);
    }

    private static SessionFileResult Parse(string text) =>
        SessionFile.Parse(text, "fuzz.yaml", TestCatalogue.Instance, new DateOnly(2026, 11, 20));

    [Fact]
    public void Parse_RandomStrings_ReturnsSessionOrError() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => IsCleanResult(Parse(text ?? "")))
            .QuickCheckThrowOnFailure();

    [Property(MaxTest = 200)]
    public bool Parse_RandomStringAfterValidPrefix_ReturnsSessionOrError(NonNull<string> tail) =>
        IsCleanResult(Parse(SessionYaml.Valid() + tail.Get));

    [Property(MaxTest = 500)]
    public bool Parse_MutatedValidSession_ReturnsSessionOrError(int seed, PositiveInt mutations) =>
        IsCleanResult(Parse(Mutate(SessionYaml.Valid().ToString(), seed, 1 + mutations.Get % 6)));

    [Property(MaxTest = 300)]
    public bool Parse_MutatedValidJson_ReturnsSessionOrError(int seed, PositiveInt mutations)
    {
        const string json = """
            {"athlete": {"sex": "female", "body_mass": "60 kg"}, "start": "17:30",
             "exercises": [{"exercise": "leg press", "sets": 3, "reps": 10, "load": "10RM", "rest": 90},
                           {"exercise": "dumbbell curl", "side": "right", "sets": [{"reps": 8, "load": "10 kg", "rpe": 8}]}]}
            """;
        Assert.True(Parse(json).Success);
        return IsCleanResult(Parse(Mutate(json, seed, 1 + mutations.Get % 6)));
    }

    [Fact]
    public void Parse_EveryLineDeletedOrDuplicated_ReturnsSessionOrError()
    {
        var lines = SessionYaml.Valid().Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var deleted = string.Join('\n', lines.Where((_, j) => j != i));
            var duplicated = string.Join('\n', lines.SelectMany((l, j) => j == i ? new[] { l, l } : [l]));
            Assert.True(IsCleanResult(Parse(deleted)), deleted);
            Assert.True(IsCleanResult(Parse(duplicated)), duplicated);
            Assert.True(IsCleanResult(Parse(string.Join('\n', lines.Take(i)))));
        }
    }

    /// <summary>Applies <paramref name="count"/> random edits: delete, duplicate or truncate lines, swap or insert characters.</summary>
    internal static string Mutate(string text, int seed, int count)
    {
        var random = new Random(seed);
        for (var n = 0; n < count; n++)
        {
            var lines = text.Split('\n').ToList();
            var line = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0:
                    lines.RemoveAt(line);
                    text = string.Join('\n', lines);
                    break;
                case 1:
                    lines.Insert(line, lines[line]);
                    text = string.Join('\n', lines);
                    break;
                case 2:
                    text = text[..random.Next(text.Length + 1)];
                    break;
                case 3 when text.Length >= 2:
                    var at = random.Next(text.Length - 1);
                    text = string.Concat(text.AsSpan(0, at), text[at + 1].ToString(), text[at].ToString(), text.AsSpan(at + 2));
                    break;
                case 4:
                    text = text.Insert(random.Next(text.Length + 1), _garbage[random.Next(_garbage.Length)]);
                    break;
                case 5:
                    text = text.Insert(random.Next(text.Length + 1), ((char)random.Next(0, 0x3000)).ToString());
                    break;
                default:
                    lines[line] = lines[line][..random.Next(lines[line].Length + 1)];
                    text = string.Join('\n', lines);
                    break;
            }
        }
        return text;
    }
}
