using System.Globalization;
using Surge.Catalogue;
using Surge.Files;
using Surge.Yaml;

namespace Surge.Validation;

/// <summary>The result of reading a validation case file: a study or one located error.</summary>
public sealed record ValidationCaseResult(ValidationStudy? Study, InputError? Error)
{
    public bool Success => Study is not null;
}

/// <summary>
/// Reads a validation case file's text (data/validation/*.yaml; format in docs/validation.md). Sessions use the
/// session-file schema; errors carry file, line, column and field, as for session files. The application layer
/// (<c>Surge.App.ValidationFiles</c>) reads the files and folders from the disk.
/// </summary>
public static partial class ValidationCaseFile
{
    private static readonly string[] _topFields = ["study", "citation", "subjects", "properties", "athlete", "note", "conditions", "observations"];
    private static readonly string[] _conditionFields = ["label", "session", "program", "trial"];
    private static readonly string[] _observationFields =
        ["id", "condition", "measure", "when", "unit", "observed", "spread", "spread_kind", "n", "baseline", "scale", "corrected", "compare", "other", "note",
         "group", "side", "exercise", "statistic", "arm", "with"];

    /// <summary>Units accepted per measure and their factor to the model's unit (nmol/L, pmol/L, µg/L, nmol/L, mmol/L, %).</summary>
    private static readonly Dictionary<ObservedMeasure, Dictionary<string, double>> _units = new()
    {
        [ObservedMeasure.TotalTestosterone] = new(StringComparer.OrdinalIgnoreCase) { ["nmol/L"] = 1.0, ["ng/mL"] = 3.467, ["ng/dL"] = 1.0 / 28.84 },
        [ObservedMeasure.FreeTestosterone] = new(StringComparer.OrdinalIgnoreCase) { ["pmol/L"] = 1.0, ["pg/mL"] = 3.467, ["ng/dL"] = 34.67 },
        [ObservedMeasure.GrowthHormone] = new(StringComparer.OrdinalIgnoreCase) { ["ug/L"] = 1.0, ["ng/mL"] = 1.0 },
        [ObservedMeasure.Cortisol] = new(StringComparer.OrdinalIgnoreCase) { ["nmol/L"] = 1.0, ["ug/dL"] = 27.59 },
        [ObservedMeasure.Lactate] = new(StringComparer.OrdinalIgnoreCase) { ["mmol/L"] = 1.0 },
        [ObservedMeasure.PlasmaVolume] = new(StringComparer.OrdinalIgnoreCase) { ["%"] = 1.0 },
        [ObservedMeasure.MuscleSize] = new(StringComparer.OrdinalIgnoreCase) { ["%"] = 1.0 },
        [ObservedMeasure.OneRm] = new(StringComparer.OrdinalIgnoreCase) { ["%"] = 1.0, ["kg"] = 1.0 },
        [ObservedMeasure.FatFreeMass] = new(StringComparer.OrdinalIgnoreCase) { ["kg"] = 1.0 },
        [ObservedMeasure.RestingTestosterone] = new(StringComparer.OrdinalIgnoreCase) { ["%"] = 1.0 },
    };

    /// <summary>The measure's id as written in case files and outputs.</summary>
    public static string Id(this ObservedMeasure measure) => measure switch
    {
        ObservedMeasure.PlasmaVolume => "plasma_volume",
        ObservedMeasure.MuscleSize => "muscle_size",
        ObservedMeasure.OneRm => "one_rm",
        ObservedMeasure.FatFreeMass => "fat_free_mass",
        ObservedMeasure.RestingTestosterone => "resting_testosterone",
        _ => Simulation.Measures.Id((Simulation.Measure)(int)measure),
    };

    /// <summary>Factor from <paramref name="unit"/> to the model's unit for <paramref name="measure"/>.</summary>
    public static double ToModelUnit(ObservedMeasure measure, string unit) => _units[measure][unit];

    /// <summary>Reads one case file's text.</summary>
    public static ValidationCaseResult Parse(string text, string fileName, ExerciseCatalogue catalogue)
    {
        try
        {
            return new ValidationCaseResult(Read(text, fileName, catalogue), null);
        }
        catch (InputErrorException e)
        {
            return new ValidationCaseResult(null, e.Error);
        }
        catch (YamlTreeException e)
        {
            return new ValidationCaseResult(null, new InputError(fileName, e.Line, e.Column, e.Field, e.Message));
        }
    }

    private static ValidationStudy Read(string text, string file, ExerciseCatalogue catalogue)
    {
        var root = YamlTree.Read(text) as YamlTreeMapping
            ?? throw Fail(file, null, "", "expected a case object (study, citation, subjects, conditions, observations)");
        CheckFields(file, root, "", _topFields);
        var study = Text(file, root, "study", "");
        var citation = Text(file, root, "citation", "");
        var subjects = Text(file, root, "subjects", "");
        var note = OptionalText(file, root, "note", "");
        var properties = root.Find("properties")?.Value is YamlTreeSequence props
            ? props.Items.Select((p, i) => (p as YamlTreeScalar)?.Value ?? throw Fail(file, p, $"properties[{i}]", "expected a property id like P4")).ToArray()
            : [];
        var athlete = root.Find("athlete")?.Value;

        var conditionsNode = root.Find("conditions")?.Value as YamlTreeMapping
            ?? throw Fail(file, root, "conditions", "expected a mapping of condition keys to {label, session}");
        var conditions = new List<StudyCondition>();
        foreach (var (keyNode, node) in conditionsNode.Entries)
        {
            var path = $"conditions.{keyNode.Value}";
            var condition = node as YamlTreeMapping ?? throw Fail(file, node, path, "expected {label, session}");
            CheckFields(file, condition, path, _conditionFields);
            var label = Text(file, condition, "label", path);
            if (condition.Find("trial") is { } trialEntry)
            {
                conditions.Add(new StudyCondition(keyNode.Value, label, null, null, ReadTrial(file, trialEntry.Value, path + ".trial", catalogue)));
                continue;
            }
            var isProgram = condition.Find("program") is not null;
            if (isProgram == (condition.Find("session") is not null))
            {
                throw Fail(file, condition, path, "give one of a session (acute studies), a program (long-term studies) or a trial (the spread of responses)");
            }
            var kind = isProgram ? "program" : "session";
            var body = condition.Find(kind)?.Value as YamlTreeMapping
                ?? throw Fail(file, condition, path + "." + kind, isProgram ? "expected a program object (weeks and week, or blocks, …)" : "expected a session object (start, exercises, …)");
            if (athlete is not null && body.Find("athlete") is null)
            {
                var entries = body.Entries.ToList();
                entries.Insert(0, new KeyValuePair<YamlTreeScalar, YamlTreeNode>(root.Find("athlete")!.Value.Key, athlete));
                body = body.With(entries);
            }
            if (isProgram)
            {
                var program = new ProgramReader(file, catalogue).ReadNode(body, path + ".program.");
                if (!program.Success)
                {
                    throw new InputErrorException(program.Error!);
                }
                conditions.Add(new StudyCondition(keyNode.Value, label, null, program.Program));
                continue;
            }
            var reader = new SessionReader(file, catalogue, new DateOnly(2026, 1, 5));
            var session = reader.ReadNode(body, path + ".session.");
            if (!session.Success)
            {
                throw new InputErrorException(session.Error!);
            }
            conditions.Add(new StudyCondition(keyNode.Value, label, session.Session!));
        }

        var observationsNode = root.Find("observations")?.Value as YamlTreeSequence
            ?? throw Fail(file, root, "observations", "expected a list of observations");
        var observations = new List<Observation>();
        for (var i = 0; i < observationsNode.Items.Count; i++)
        {
            observations.Add(ReadObservation(file, observationsNode.Items[i], $"observations[{i}]", conditions));
        }
        var duplicate = observations.GroupBy(o => o.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Fail(file, observationsNode, "observations", $"the id '{duplicate.Key}' is used twice");
        }
        return new ValidationStudy(file, study, citation, subjects, properties, conditions, observations, note);
    }

    private static Observation ReadObservation(string file, YamlTreeNode node, string path, IReadOnlyList<StudyCondition> conditions)
    {
        var map = node as YamlTreeMapping ?? throw Fail(file, node, path, "expected an observation object");
        CheckFields(file, map, path, _observationFields);
        var id = Text(file, map, "id", path);
        var condition = Text(file, map, "condition", path);
        if (conditions.All(c => c.Key != condition))
        {
            throw Fail(file, map.Find("condition")!.Value.Value, path + ".condition",
                $"unknown condition '{condition}'; the study has: {string.Join(", ", conditions.Select(c => c.Key))}");
        }
        var measureText = Text(file, map, "measure", path);
        var measure = Enum.GetValues<ObservedMeasure>().Cast<ObservedMeasure?>().FirstOrDefault(m => m!.Value.Id() == measureText)
            ?? throw Fail(file, map.Find("measure")!.Value.Value, path + ".measure",
                $"unknown measure '{measureText}'; expected one of {string.Join(", ", Enum.GetValues<ObservedMeasure>().Select(m => m.Id()))}");
        var studyCondition = conditions.First(c => c.Key == condition);
        if (studyCondition.IsTrial)
        {
            return ReadTrialObservation(file, map, path, id, studyCondition, measure);
        }
        if ((map.Find("statistic") ?? map.Find("with")) is { } statisticEntry)
        {
            throw Fail(file, statisticEntry.Key, path + ".statistic", "statistic, arm and with are for trial conditions only");
        }
        if (measure >= ObservedMeasure.MuscleSize != studyCondition.IsProgram)
        {
            throw Fail(file, map.Find("measure")!.Value.Value, path + ".measure", studyCondition.IsProgram
                ? $"condition '{condition}' is a program: measure one of muscle_size, one_rm, fat_free_mass, resting_testosterone"
                : $"condition '{condition}' is a session: '{measureText}' needs a program condition");
        }
        var when = studyCondition.Program is { } programOfCondition
            ? ReadWeek(file, map, path, programOfCondition.Weeks)
            : ReadTime(file, map, path, studyCondition.Session!.Bouts.Count);
        var compareText = OptionalText(file, map, "compare", path) ?? "value";
        var comparison = compareText switch
        {
            "value" => Comparison.Value,
            "change_pct" => Comparison.ChangePercent,
            "greater_than" => Comparison.GreaterThan,
            "less_than" => Comparison.LessThan,
            "difference" => Comparison.Difference,
            _ => throw Fail(file, map.Find("compare")!.Value.Value, path + ".compare", $"expected value, change_pct, greater_than, less_than or difference, got '{compareText}'"),
        };
        var unit = Text(file, map, "unit", path);
        var expectedUnits = comparison == Comparison.ChangePercent ? ["%"] : _units[measure].Keys.ToArray();
        if (!expectedUnits.Contains(unit, StringComparer.OrdinalIgnoreCase))
        {
            throw Fail(file, map.Find("unit")!.Value.Value, path + ".unit", $"expected one of {string.Join(", ", expectedUnits)} for {measure.Id()}{(comparison == Comparison.ChangePercent ? " changes" : "")}, got '{unit}'");
        }
        var ordering = comparison is Comparison.GreaterThan or Comparison.LessThan;
        var observed = OptionalNumber(file, map, "observed", path) ?? (ordering ? double.NaN : throw Fail(file, map, path + ".observed", "missing the observed mean"));
        var spread = OptionalNumber(file, map, "spread", path);
        if (!ordering && spread is not > 0)
        {
            throw Fail(file, map.Find("spread")?.Value ?? map, path + ".spread", "expected the study's spread (a positive SD or SE): every range comes from it");
        }
        var spreadKindText = OptionalText(file, map, "spread_kind", path) ?? "sd";
        var spreadKind = spreadKindText switch
        {
            "sd" => SpreadKind.StandardDeviation,
            "se" => SpreadKind.StandardError,
            _ => throw Fail(file, map.Find("spread_kind")!.Value.Value, path + ".spread_kind", $"expected sd or se, got '{spreadKindText}'"),
        };
        var n = (int)(OptionalNumber(file, map, "n", path) ?? throw Fail(file, map, path + ".n", "missing the number of subjects n"));
        if (n < 1)
        {
            throw Fail(file, map.Find("n")!.Value.Value, path + ".n", "must be at least 1");
        }
        var other = OptionalText(file, map, "other", path);
        if ((ordering || comparison == Comparison.Difference) && (other is null || conditions.All(c => c.Key != other)))
        {
            throw Fail(file, map, path + ".other", $"an ordering or a difference needs 'other': one of {string.Join(", ", conditions.Select(c => c.Key))}");
        }
        if (other is not null && conditions.First(c => c.Key == other).IsTrial)
        {
            throw Fail(file, map.Find("other")!.Value.Value, path + ".other", $"condition '{other}' is a trial: compare its arms within the trial, not with other conditions");
        }
        var scaleText = OptionalText(file, map, "scale", path) ?? "linear";
        if (scaleText is not ("linear" or "log"))
        {
            throw Fail(file, map.Find("scale")!.Value.Value, path + ".scale", $"expected linear or log, got '{scaleText}'");
        }
        var corrected = (OptionalText(file, map, "corrected", path) ?? "false") switch
        {
            "true" => true,
            "false" => false,
            var other2 => throw Fail(file, map.Find("corrected")!.Value.Value, path + ".corrected", $"expected true or false, got '{other2}'"),
        };
        string? group = null, side = null, exercise = null;
        if (measure == ObservedMeasure.MuscleSize)
        {
            group = Text(file, map, "group", path);
            if (MuscleGroups.FromId(group) is null)
            {
                throw Fail(file, map.Find("group")!.Value.Value, path + ".group", $"unknown muscle group '{group}'; expected one of {string.Join(", ", MuscleGroups.AllIds)}");
            }
            side = OptionalText(file, map, "side", path) ?? "mean";
            if (side is not ("mean" or "left" or "right"))
            {
                throw Fail(file, map.Find("side")!.Value.Value, path + ".side", $"expected mean, left or right, got '{side}'");
            }
        }
        if (measure == ObservedMeasure.OneRm)
        {
            exercise = Text(file, map, "exercise", path);
            foreach (var key in other is null ? [condition] : new[] { condition, other })
            {
                var program = conditions.First(c => c.Key == key).Program;
                if (program is null || !program.Blocks.SelectMany(b => b.Days).SelectMany(d => d.Bouts).Any(b => b.NameAsWritten == exercise))
                {
                    throw Fail(file, map.Find("exercise")!.Value.Value, path + ".exercise", $"the program of condition '{key}' has no exercise written '{exercise}'");
                }
            }
        }
        return new Observation(id, condition, measure, when, unit, observed, spread, spreadKind, n,
            OptionalNumber(file, map, "baseline", path), scaleText == "log", corrected, comparison, other, OptionalText(file, map, "note", path),
            group, side, exercise);
    }

    private static ObservationTime ReadWeek(string file, YamlTreeMapping map, string path, int weeks)
    {
        var text = (OptionalText(file, map, "when", path) ?? "end").Replace(" ", "", StringComparison.Ordinal);
        if (text == "end")
        {
            return new ObservationTime("week", weeks, 0, text);
        }
        if (text.StartsWith("week", StringComparison.Ordinal) && int.TryParse(text[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var week) && week >= 1 && week <= weeks)
        {
            return new ObservationTime("week", week, 0, text);
        }
        throw Fail(file, map.Find("when")?.Value ?? map, path + ".when", $"expected end or weekN (N = 1–{weeks}) for a program, got '{text}'");
    }

    private static ObservationTime ReadTime(string file, YamlTreeMapping map, string path, int bouts)
    {
        var text = Text(file, map, "when", path).Replace(" ", "", StringComparison.Ordinal);
        var node = map.Find("when")!.Value.Value;
        if (text == "pre")
        {
            return new ObservationTime("pre", 0, 0, text);
        }
        var plus = text.IndexOfAny(['+', '-']);
        var anchor = plus < 0 ? text : text[..plus];
        var offset = 0.0;
        if (plus >= 0 && !double.TryParse(text[plus..], NumberStyles.Float, CultureInfo.InvariantCulture, out offset))
        {
            throw Fail(file, node, path + ".when", $"expected pre, end+MIN, start+MIN or boutK+MIN, got '{text}'");
        }
        if (anchor is "end" or "start")
        {
            return new ObservationTime(anchor, 0, offset, text);
        }
        if (anchor.StartsWith("bout", StringComparison.Ordinal) && int.TryParse(anchor[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var bout) && bout >= 1 && bout <= bouts)
        {
            return new ObservationTime("bout", bout, offset, text);
        }
        throw Fail(file, node, path + ".when", $"expected pre, end+MIN, start+MIN or boutK+MIN (K = 1–{bouts}), got '{text}'");
    }

    private static void CheckFields(string file, YamlTreeMapping map, string path, string[] known)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                throw Fail(file, key, Join(path, key.Value), $"unknown field '{key.Value}'; known fields: {string.Join(", ", known)}");
            }
        }
    }

    private static string Text(string file, YamlTreeMapping map, string key, string path) =>
        OptionalText(file, map, key, path) ?? throw Fail(file, map, Join(path, key), $"missing required field '{key}'");

    private static string? OptionalText(string file, YamlTreeMapping map, string key, string path)
    {
        var entry = map.Find(key);
        if (entry is null)
        {
            return null;
        }
        return entry.Value.Value is YamlTreeScalar { IsNull: false } scalar
            ? scalar.Value
            : throw Fail(file, entry.Value.Value, Join(path, key), $"expected text, got {entry.Value.Value.Describe()}");
    }

    private static double? OptionalNumber(string file, YamlTreeMapping map, string key, string path)
    {
        var text = OptionalText(file, map, key, path);
        if (text is null)
        {
            return null;
        }
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Fail(file, map.Find(key)!.Value.Value, Join(path, key), $"expected a number, got '{text}'");
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : path + "." + key;

    private static InputErrorException Fail(string file, YamlTreeNode? node, string field, string message) =>
        new(new InputError(file, node?.Line, node?.Column, field, message));
}
