using System.Text;
using Surge.Files;
using Surge.Training;

namespace Surge.Tests.Support;

/// <summary>Builds session-file text line by line, so a test reads like the file it checks.</summary>
public sealed class SessionYaml
{
    private readonly List<string> _lines = [];

    /// <summary>The usual valid session: an athlete, a start, and two exercises (one with a list of sets).</summary>
    public static SessionYaml Valid() => new SessionYaml()
        .Line("athlete:")
        .Line("  sex: male")
        .Line("  age: 30")
        .Line("  body_mass: 85 kg")
        .Line("  body_fat: 14 %")
        .Line("  training_status: trained")
        .Line("  resting_testosterone: 18 nmol/L")
        .Line("start: 2026-11-20T17:30")
        .Line("record_until: 120 min")
        .Line("exercises:")
        .Exercise("back squat", sets: 4, reps: 10, load: "75 %1RM", rest: "90 s")
        .Line("    rir: 2")
        .Line("    tempo: 3-0-1-0")
        .Line("  - exercise: dumbbell curl")
        .Line("    side: left")
        .Line("    one_rm: 20 kg")
        .Line("    rest: 60 s")
        .Line("    sets:")
        .Line("      - {reps: 12, load: 12 kg, rir: 3}")
        .Line("      - {reps: 10, load: 14 kg, to_failure: true, rest: 2 min}");

    /// <summary>Only an <c>exercises:</c> header, ready for <see cref="Exercise"/>.</summary>
    public static SessionYaml Exercises() => new SessionYaml().Line("exercises:");

    /// <summary>Appends one raw line.</summary>
    public SessionYaml Line(string line)
    {
        _lines.Add(line);
        return this;
    }

    /// <summary>Appends an exercise entry in block style (one line per field, starting at "  - exercise:").</summary>
    public SessionYaml Exercise(string name, int sets = 3, int reps = 10, string load = "10RM", string? rest = "90 s")
    {
        Line($"  - exercise: {name}");
        Line($"    sets: {sets}");
        Line($"    reps: {reps}");
        Line($"    load: {load}");
        if (rest is not null)
        {
            Line($"    rest: {rest}");
        }
        return this;
    }

    /// <summary>The lines so far.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>The text, one line per entry, ending with a newline.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var line in _lines)
        {
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Parses the text as <c>session.yaml</c> with the test catalogue and 2026-11-20 as the default date.</summary>
    public SessionFileResult Parse(string fileName = "session.yaml") => Parse(ToString(), fileName);

    /// <summary>Parses <paramref name="text"/> as <paramref name="fileName"/> with the test catalogue.</summary>
    public static SessionFileResult Parse(string text, string fileName = "session.yaml") =>
        SessionFile.Parse(text, fileName, TestCatalogue.Instance, new DateOnly(2026, 11, 20));

    /// <summary>Parses and asserts success.</summary>
    public static Session ParseValid(string text, string fileName = "session.yaml")
    {
        var result = Parse(text, fileName);
        Assert.True(result.Success, result.Error?.ToString());
        return result.Session!;
    }

    /// <summary>Parses and asserts failure.</summary>
    public static InputError ParseError(string text, string fileName = "session.yaml")
    {
        var result = Parse(text, fileName);
        Assert.False(result.Success, "expected an error for:\n" + text);
        Assert.Null(result.Session);
        return result.Error!;
    }
}
