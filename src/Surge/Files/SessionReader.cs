using System.Globalization;
using F23.StringSimilarity;
using Surge.Catalogue;
using Surge.Quantities;
using Surge.Training;
using Surge.Yaml;

namespace Surge.Files;

/// <summary>The work behind <see cref="SessionFile.Parse"/>: one instance per document.</summary>
internal sealed partial class SessionReader(string file, ExerciseCatalogue catalogue, DateOnly defaultDate)
{
    internal static readonly string[] TopFields = ["athlete", "start", "record_until", "transition", "exercises"];
    internal static readonly string[] AthleteFields = ["sex", "age", "body_mass", "body_fat", "training_status", "resting_testosterone"];
    internal static readonly string[] SetFields = ["reps", "load", "rest", "rir", "rpe", "to_failure", "tempo"];
    internal static readonly string[] BoutFields = ["exercise", "side", "sets", "one_rm", "transition", .. SetFields];

    private static readonly string[] _dateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFFF",
    ];

    internal static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];

    private static readonly Levenshtein _levenshtein = new();

    private readonly List<InputWarning> _warnings = [];
    private int _totalSets;
    private string _setScope = "the session";

    public SessionFileResult Read(string text)
    {
        try
        {
            return SessionFileResult.Ok(ReadSession(text), _warnings);
        }
        catch (InputErrorException exception)
        {
            return SessionFileResult.Fail(exception.Error);
        }
        catch (YamlTreeException exception)
        {
            return SessionFileResult.Fail(new InputError(file, exception.Line, exception.Column, exception.Field, exception.Message));
        }
    }

    private Session ReadSession(string text)
    {
        var root = ReadDocument(text);
        if (root is null)
        {
            throw Error(null, "", "the file is empty: expected a session (athlete, start, record_until, exercises)");
        }
        var top = Mapping(root, "", "a session object (athlete, start, record_until, exercises)")!;
        return ReadSession(top);
    }

    /// <summary>
    /// The document's root node (null when empty), after dropping a byte-order mark, refusing binary text and, for JSON
    /// (extension <c>.json</c> or a first character <c>{</c> or <c>[</c>), reading tabs as spaces. Throws
    /// <see cref="InputErrorException"/> or <see cref="YamlTreeException"/>.
    /// </summary>
    internal YamlTreeNode? ReadDocument(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        CheckText(text);
        var trimmed = text.TrimStart();
        var isJson = file.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith('{') || trimmed.StartsWith('[');
        if (isJson)
        {
            // YAML forbids tabs where JSON allows them as white space; outside strings (where JSON escapes them) they are
            // plain separators, so a space keeps every line and column.
            text = text.Replace('\t', ' ');
        }
        return YamlTree.Read(text);
    }

    /// <summary>Warnings collected so far, in document order.</summary>
    internal IReadOnlyList<InputWarning> Warnings => _warnings;

    /// <summary>
    /// Starts a new count of sets (each at most <see cref="Session.MaximumSets"/>) for <paramref name="scope"/>, as named
    /// in the message when the count is exceeded (e.g. "the day"); a session counts as "the session".
    /// </summary>
    internal void StartSetCount(string scope)
    {
        _totalSets = 0;
        _setScope = scope;
    }

    /// <summary>
    /// Reads a session from a mapping that is part of a larger document (a validation case's condition); error and
    /// warning fields are prefixed with <paramref name="fieldPrefix"/> (e.g. <c>conditions.h60.session.</c>).
    /// </summary>
    internal SessionFileResult ReadNode(YamlTreeMapping top, string fieldPrefix)
    {
        try
        {
            var session = ReadSession(top);
            return SessionFileResult.Ok(session, _warnings.Select(w => w with { Field = fieldPrefix + w.Field }).ToArray());
        }
        catch (InputErrorException exception)
        {
            return SessionFileResult.Fail(exception.Error with { Field = fieldPrefix + exception.Error.Field });
        }
        catch (YamlTreeException exception)
        {
            return SessionFileResult.Fail(new InputError(file, exception.Line, exception.Column, fieldPrefix + exception.Field, exception.Message));
        }
    }

    private Session ReadSession(YamlTreeMapping top)
    {
        CheckFields(top, "", TopFields, "the session");

        var athlete = ReadAthlete(Value(top, "athlete"));

        var start = ReadStart(top.Find("start"));

        var recordUntil = Session.DefaultRecordUntil;
        if (top.Find("record_until") is { } recordEntry)
        {
            recordUntil = Span(recordEntry.Value, "record_until", TimeSpanUnit.Minutes);
            if (recordUntil > Session.MaximumRecordUntil)
            {
                throw Error(recordEntry.Value, "record_until", $"must be at most 48 h, got {Describe(recordEntry.Value)}");
            }
        }

        TimeSpan? transition = null;
        if (top.Find("transition") is { } transitionEntry)
        {
            transition = Rest(transitionEntry.Value, "transition");
        }

        var bouts = new List<Bout>();
        var exercisesNode = Value(top, "exercises");
        if (exercisesNode is not null)
        {
            var list = exercisesNode as YamlTreeSequence
                ?? throw Error(exercisesNode, "exercises", $"expected a list of exercises, got {exercisesNode.Describe()}");
            for (var index = 0; index < list.Items.Count; index++)
            {
                bouts.Add(ReadBout(list.Items[index], $"exercises[{index}]", transition));
            }
        }
        return new Session(athlete, start, recordUntil, bouts);
    }

    private void CheckText(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || c == '\uFFFD' || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))))
            {
                var line = 1;
                var lineStart = 0;
                for (var j = 0; j < i; j++)
                {
                    if (text[j] == '\n')
                    {
                        line++;
                        lineStart = j + 1;
                    }
                }
                var what = c == '\0' ? "the file is binary (it contains a NUL character)" : "the file is not valid UTF-8 text (a binary file?)";
                throw new InputErrorException(new InputError(file, line, i - lineStart + 1, "", what + ", expected a YAML or JSON text file"));
            }
            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }
    }

    internal Athlete ReadAthlete(YamlTreeNode? node)
    {
        var map = Mapping(node, "athlete", "an athlete object (sex, age, body_mass, body_fat, training_status, resting_testosterone)");
        if (map is null)
        {
            return Athlete.Default;
        }
        CheckFields(map, "athlete", AthleteFields, "athlete");
        var sex = Sex.Male;
        if (map.Find("sex") is { } sexEntry)
        {
            sex = Choice(sexEntry.Value, "athlete.sex", ["male", "female"]) == "male" ? Sex.Male : Sex.Female;
        }
        var athlete = Athlete.Create(sex);
        if (map.Find("age") is { } ageEntry)
        {
            var age = Number(ageEntry.Value, "athlete.age", "an age in years", ["y", "yr", "yrs", "year", "years"]);
            if (age < AthleteSettings.MinimumAgeYears || age > AthleteSettings.MaximumAgeYears)
            {
                throw Error(ageEntry.Value, "athlete.age", $"must be between 15 and 100 years, got {Describe(ageEntry.Value)}");
            }
            athlete = athlete with { AgeYears = age };
        }
        if (map.Find("body_mass") is { } massEntry)
        {
            var mass = Quantity(massEntry.Value, "athlete.body_mass", QuantityParser.ParseMass).Kilograms;
            if (mass < AthleteSettings.MinimumBodyMassKg || mass > AthleteSettings.MaximumBodyMassKg)
            {
                throw Error(massEntry.Value, "athlete.body_mass", $"must be between 30 and 250 kg, got {Describe(massEntry.Value)}");
            }
            athlete = athlete with { BodyMassKg = mass };
        }
        if (map.Find("body_fat") is { } fatEntry)
        {
            var fat = Quantity(fatEntry.Value, "athlete.body_fat", QuantityParser.ParseBodyFatFraction);
            if (fat < AthleteSettings.MinimumBodyFatFraction || fat > AthleteSettings.MaximumBodyFatFraction)
            {
                throw Error(fatEntry.Value, "athlete.body_fat", $"must be between 3 and 60 %, got {Describe(fatEntry.Value)}");
            }
            athlete = athlete with { BodyFatFraction = fat };
        }
        if (map.Find("training_status") is { } statusEntry)
        {
            var status = Choice(statusEntry.Value, "athlete.training_status", ["untrained", "trained", "elite"]);
            athlete = athlete with
            {
                TrainingStatus = status switch
                {
                    "untrained" => TrainingStatus.Untrained,
                    "elite" => TrainingStatus.Elite,
                    _ => TrainingStatus.Trained,
                },
            };
        }
        if (map.Find("resting_testosterone") is { } testosteroneEntry)
        {
            athlete = athlete with
            {
                MorningTestosteroneNmolPerL = Quantity(testosteroneEntry.Value, "athlete.resting_testosterone", QuantityParser.ParseTestosteroneNmolPerL),
            };
        }
        return athlete;
    }

    private DateTime ReadStart(KeyValuePair<YamlTreeScalar, YamlTreeNode>? entry)
    {
        if (entry is null)
        {
            return defaultDate.ToDateTime(Session.DefaultStartTime);
        }
        var node = entry.Value.Value;
        var text = Scalar(node, "start", "a local date and time like 2026-11-20T17:30 or a time like 17:30").Value.Trim();
        if (DateTime.TryParseExact(text, _dateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            return dateTime;
        }
        if (TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return defaultDate.ToDateTime(time);
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToDateTime(Session.DefaultStartTime);
        }
        throw Error(node, "start", $"expected a local date and time like 2026-11-20T17:30 (no time zone) or a time like 17:30, got {Describe(node)}");
    }

    internal Bout ReadBout(YamlTreeNode node, string path, TimeSpan? sessionTransition)
    {
        var map = node as YamlTreeMapping
            ?? throw Error(node, path, $"expected an exercise object (exercise, sets, reps, load, rest, …), got {node.Describe()}");
        CheckFields(map, path, BoutFields, "an exercise");

        var nameNode = Required(map, "exercise", path, "the exercise's name from the catalogue");
        var name = Scalar(nameNode, path + ".exercise", "the exercise's name from the catalogue").Value.Trim();
        if (ExerciseCatalogue.NameLengthProblem(name) is { } tooLong)
        {
            throw Error(nameNode, path + ".exercise", $"the exercise name {QuantityParser.Quote(name)} is {tooLong}");
        }
        var exercise = catalogue.Find(name);
        if (exercise is null)
        {
            var suggestions = catalogue.Suggest(name, 3);
            var hint = suggestions.Count == 0 ? "" : "; closest: " + string.Join(", ", suggestions.Select(s => "'" + s + "'"));
            throw Error(nameNode, path + ".exercise",
                $"unknown exercise {QuantityParser.Quote(name)}{hint} (see `surge exercises --search`)");
        }

        var side = Side.Both;
        if (map.Find("side") is { } sideEntry)
        {
            side = Choice(sideEntry.Value, path + ".side", ["both", "left", "right"]) switch
            {
                "left" => Side.Left,
                "right" => Side.Right,
                _ => Side.Both,
            };
            if (side != Side.Both && !exercise.Unilateral)
            {
                throw Error(sideEntry.Value, path + ".side",
                    $"'{exercise.Name}' cannot be done one side at a time, so side must be both (got {Describe(sideEntry.Value)})");
            }
        }

        double? oneRmKg = null;
        if (map.Find("one_rm") is { } oneRmEntry)
        {
            var oneRm = Quantity(oneRmEntry.Value, path + ".one_rm", QuantityParser.ParseLoad);
            if (oneRm.Kind != LoadKind.Absolute)
            {
                throw Error(oneRmEntry.Value, path + ".one_rm", $"must be an absolute mass in kg or lb (e.g. 100 kg), got {Describe(oneRmEntry.Value)}");
            }
            if (oneRm.Value <= 0)
            {
                throw Error(oneRmEntry.Value, path + ".one_rm", $"must be more than 0 kg, got {Describe(oneRmEntry.Value)}");
            }
            oneRmKg = oneRm.Value;
        }

        TimeSpan? transition = sessionTransition;
        if (map.Find("transition") is { } transitionEntry)
        {
            transition = Rest(transitionEntry.Value, path + ".transition");
        }

        var boutSet = ReadSetFields(map, path);
        var setsNode = Required(map, "sets", path, "a number of sets or a list of sets");
        var sets = new List<SetPrescription>();
        if (setsNode is YamlTreeSequence setList)
        {
            if (setList.Items.Count == 0)
            {
                throw Error(setsNode, path + ".sets", "expected at least one set, got an empty list");
            }
            for (var index = 0; index < setList.Items.Count; index++)
            {
                var setPath = $"{path}.sets[{index}]";
                var setNode = setList.Items[index];
                var setMap = setNode as YamlTreeMapping
                    ?? throw Error(setNode, setPath, $"expected a set object (reps, load, rest, rir, rpe, to_failure, tempo), got {setNode.Describe()}");
                CheckFields(setMap, setPath, SetFields, "a set");
                CountSets(setNode, setPath, 1);
                var own = ReadSetFields(setMap, setPath);
                sets.Add(Complete(own.Over(boutSet), setMap, setPath, path));
            }
        }
        else
        {
            var count = Integer(setsNode, path + ".sets", "a whole number of sets (or a list of sets)");
            if (count < 1)
            {
                throw Error(setsNode, path + ".sets", $"must be at least 1, got {Describe(setsNode)}");
            }
            CountSets(setsNode, path + ".sets", count);
            var set = Complete(boutSet, map, path, path);
            sets.AddRange(Enumerable.Repeat(set, (int)count));
        }
        return new Bout(exercise, name, side, oneRmKg, sets, transition);
    }

    private void CountSets(YamlTreeNode node, string path, long count)
    {
        if (_totalSets + count > Session.MaximumSets)
        {
            throw Error(node, path,
                $"{_setScope} would have {_totalSets + count} sets in total: at most {Session.MaximumSets} are accepted");
        }
        _totalSets += (int)count;
    }
}
