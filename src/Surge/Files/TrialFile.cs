using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Surge.Catalogue;
using Surge.Quantities;
using Surge.Simulation;
using Surge.Training;
using Surge.Trials;
using Surge.Yaml;

namespace Surge.Files;

/// <summary>
/// Reads a trial file (formats.md, "Virtual trials: surge trial"): a cohort, a design, a seed, arms (programs or
/// sessions, inline or in a file relative to the trial file) and outcomes. YAML or JSON. Bad input never throws: the
/// result holds one <see cref="InputError"/> naming the file, line, column, field and what was expected.
/// </summary>
public static class TrialFile
{
    /// <summary>
    /// Reads a trial from <paramref name="text"/>; <paramref name="fileName"/> names it in messages and locates arm files,
    /// whose text comes from <paramref name="armFiles"/>. Without one (the web API, a validation case), an arm given as a
    /// FILE is an error: every arm must be inline.
    /// </summary>
    public static TrialFileResult Parse(string text, string fileName, ExerciseCatalogue catalogue, ITextSource? armFiles = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        fileName ??= "";
        if (text is null || text.Length > SessionFile.MaximumSize)
        {
            return TrialFileResult.Fail(new InputError(fileName, null, null, "",
                text is null ? TrialReader.EmptyMessage : TextFile.TooLarge("document", text.Length, "characters", SessionFile.MaximumSize)));
        }
        return new TrialReader(fileName, catalogue, armFiles).Read(text);
    }
}

/// <summary>The result of reading a trial file.</summary>
/// <param name="Trial">The trial; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">The first error found; null on success.</param>
/// <param name="Warnings">Warnings about accepted input.</param>
/// <param name="Inputs">The trial file and every arm file it names (outputs must not overwrite them).</param>
/// <param name="Digest">SHA-256 (hex) of the trial file and its arm files: shards of one trial carry the same digest.</param>
public sealed record TrialFileResult(Trial? Trial, InputError? Error, IReadOnlyList<InputWarning> Warnings, IReadOnlyList<string> Inputs, string Digest)
{
    public bool Success => Error is null && Trial is not null;

    /// <summary>A trial file that could not be read (e.g. by the application layer, before parsing): <paramref name="error"/> alone.</summary>
    public static TrialFileResult Fail(InputError error) => new(null, error, [], [], "");
}

internal sealed class TrialReader(string file, ExerciseCatalogue catalogue, ITextSource? armFiles)
{
    internal const string EmptyMessage = "the file is empty: expected a trial (cohort, design, seed, arms, outcomes)";

    internal static readonly string[] TopFields = ["cohort", "design", "seed", "arms", "outcomes"];
    internal static readonly string[] CohortFields = ["n", "athlete", "variability"];
    internal static readonly string[] ArmFields = ["program", "session"];
    internal static readonly string[] OutcomeFields = ["measure", "group", "exercise", "hormone", "side"];
    internal static readonly string[] MeasureIds = ["muscle_size", "one_rm", "acute_peak_change_pct"];

    private static readonly DateOnly _sessionDate = new(2026, 1, 5);
    private readonly SessionReader _reader = new(file, catalogue, _sessionDate);
    private readonly List<InputWarning> _warnings = [];
    private readonly List<string> _inputs = [file];
    private readonly StringBuilder _digestText = new();

    public TrialFileResult Read(string text)
    {
        try
        {
            _digestText.Append(text);
            var trial = ReadTrial(text);
            var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_digestText.ToString())));
            return new TrialFileResult(trial, null, _reader.Warnings.Concat(_warnings).ToArray(), _inputs.ToArray(), digest);
        }
        catch (InputErrorException exception)
        {
            return TrialFileResult.Fail(exception.Error);
        }
        catch (YamlTreeException exception)
        {
            return TrialFileResult.Fail(new InputError(file, exception.Line, exception.Column, exception.Field, exception.Message));
        }
    }

    private Trial ReadTrial(string text)
    {
        var root = _reader.ReadDocument(text) ?? throw _reader.Error(null, "", EmptyMessage);
        var top = _reader.Mapping(root, "", "a trial object (cohort, design, seed, arms, outcomes)")!;
        _reader.CheckFields(top, "", TopFields, "the trial");

        var cohortNode = _reader.Required(top, "cohort", "", "the cohort: {n, athlete, variability}");
        var cohort = _reader.Mapping(cohortNode, "cohort", "a cohort object (n, athlete, variability)")
            ?? throw _reader.Error(cohortNode, "cohort", $"expected a cohort object (n, athlete, variability), got {cohortNode.Describe()}");
        _reader.CheckFields(cohort, "cohort", CohortFields, "the cohort");
        var nNode = _reader.Required(cohort, "n", "cohort", $"the number of subjects, {Trial.MinimumSubjects}–{Trial.MaximumSubjects}");
        var n = _reader.Integer(nNode, "cohort.n", $"a whole number of subjects, {Trial.MinimumSubjects}–{Trial.MaximumSubjects}");
        if (n < Trial.MinimumSubjects || n > Trial.MaximumSubjects)
        {
            throw _reader.Error(nNode, "cohort.n",
                $"must be between {Trial.MinimumSubjects} and {Trial.MaximumSubjects} subjects (at least 2 for an SD; per arm in a parallel design), got {nNode.Describe()}");
        }
        var athlete = _reader.ReadAthlete(SessionReader.Value(cohort, "athlete"));
        var variability = TrialVariability.Population;
        if (SessionReader.Value(cohort, "variability") is { } variabilityNode)
        {
            variability = Choice(variabilityNode, "cohort.variability", ["population", "none"]) == "none" ? TrialVariability.None : TrialVariability.Population;
        }

        var design = TrialDesign.Parallel;
        if (SessionReader.Value(top, "design") is { } designNode)
        {
            design = Choice(designNode, "design", ["parallel", "within"]) == "within" ? TrialDesign.Within : TrialDesign.Parallel;
        }
        var seed = 0;
        if (SessionReader.Value(top, "seed") is { } seedNode)
        {
            var value = _reader.Integer(seedNode, "seed", "a whole number 0–2147483647");
            if (value < 0 || value > int.MaxValue)
            {
                throw _reader.Error(seedNode, "seed", $"must be a whole number between 0 and 2147483647, got {seedNode.Describe()}");
            }
            seed = (int)value;
        }

        var outcomesNode = _reader.Required(top, "outcomes", "", "a list of outcomes, e.g. - {measure: muscle_size, group: quadriceps}");
        var outcomes = ReadOutcomes(outcomesNode);

        var armsNode = _reader.Required(top, "arms", "", "the arms: an object of named arms, each {program: …} or {session: …}");
        var armsMap = armsNode as YamlTreeMapping
            ?? throw _reader.Error(armsNode, "arms", $"expected an object of named arms (each {{program: …}} or {{session: …}}), got {armsNode.Describe()}");
        if (armsMap.Entries.Count == 0 || armsMap.Entries.Count > Trial.MaximumArms)
        {
            throw _reader.Error(armsMap, "arms", $"expected 1–{Trial.MaximumArms} arms, got {armsMap.Entries.Count}");
        }
        var arms = new List<TrialArm>();
        foreach (var (key, value) in armsMap.Entries)
        {
            arms.Add(ReadArm(key, value, athlete, outcomes));
        }
        if (design == TrialDesign.Parallel && n * arms.Count > Trial.MaximumSubjects)
        {
            throw _reader.Error(nNode, "cohort.n",
                $"a parallel design has n subjects per arm: {n} × {arms.Count} arms = {n * arms.Count} subjects, at most {Trial.MaximumSubjects} are accepted");
        }
        return new Trial((int)n, athlete, variability, design, seed, arms, outcomes);
    }

    private readonly List<(TrialOutcome Outcome, YamlTreeMapping Node, string Path)> _outcomeNodes = [];

    private List<TrialOutcome> ReadOutcomes(YamlTreeNode node)
    {
        var list = node as YamlTreeSequence
            ?? throw _reader.Error(node, "outcomes", $"expected a list of outcomes ({{measure, group | exercise | hormone}} each), got {node.Describe()}");
        if (list.Items.Count == 0 || list.Items.Count > Trial.MaximumOutcomes)
        {
            throw _reader.Error(list, "outcomes", $"expected 1–{Trial.MaximumOutcomes} outcomes, got {list.Items.Count}");
        }
        var outcomes = new List<TrialOutcome>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var path = $"outcomes[{i}]";
            var map = list.Items[i] as YamlTreeMapping
                ?? throw _reader.Error(list.Items[i], path, $"expected an outcome object ({{measure, group | exercise | hormone}}), got {list.Items[i].Describe()}");
            _reader.CheckFields(map, path, OutcomeFields, "an outcome");
            var measureNode = _reader.Required(map, "measure", path, "muscle_size, one_rm or acute_peak_change_pct");
            var measure = Choice(measureNode, path + ".measure", MeasureIds);
            TrialOutcome outcome;
            switch (measure)
            {
                case "muscle_size":
                    {
                        Only(map, path, "group", "side");
                        var groupNode = _reader.Required(map, "group", path, "a muscle group id, e.g. quadriceps");
                        var text = _reader.Scalar(groupNode, path + ".group", "a muscle group id").Value;
                        var group = MuscleGroups.FromId(text)
                            ?? throw _reader.Error(groupNode, path + ".group",
                                $"unknown muscle group {QuantityParser.Quote(text)}{SessionReader.DidYouMean(text.Trim().ToLowerInvariant(), MuscleGroups.AllIds)} (groups: {string.Join(", ", MuscleGroups.AllIds)})");
                        Side? side = null;
                        if (SessionReader.Value(map, "side") is { } sideNode)
                        {
                            side = Choice(sideNode, path + ".side", ["left", "right", "both"]) switch { "left" => Side.Left, "right" => Side.Right, _ => null };
                        }
                        outcome = new TrialOutcome(OutcomeMeasure.MuscleSize, group, null, null, side);
                        break;
                    }
                case "one_rm":
                    {
                        Only(map, path, "exercise");
                        var exerciseNode = _reader.Required(map, "exercise", path, "an exercise of every arm's program, e.g. leg extension");
                        var text = _reader.Scalar(exerciseNode, path + ".exercise", "an exercise name").Value.Trim();
                        outcome = new TrialOutcome(OutcomeMeasure.OneRm, null, text, null, null);
                        break;
                    }
                default:
                    {
                        Only(map, path, "hormone");
                        var hormoneNode = _reader.Required(map, "hormone", path, "one of " + string.Join(", ", Measures.All.Select(m => m.Id())));
                        var text = Choice(hormoneNode, path + ".hormone", Measures.All.Select(m => m.Id()).ToArray());
                        outcome = new TrialOutcome(OutcomeMeasure.AcutePeakChangePct, null, null, Measures.All.First(m => m.Id() == text), null);
                        break;
                    }
            }
            if (!keys.Add(outcome.Key))
            {
                throw _reader.Error(map, path, $"the outcome {outcome.Key} is given twice");
            }
            outcomes.Add(outcome);
            _outcomeNodes.Add((outcome, map, path));
        }
        return outcomes;
    }

    private void Only(YamlTreeMapping map, string path, params string[] allowed)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (key.Value != "measure" && Array.IndexOf(allowed, key.Value) < 0)
            {
                throw _reader.Error(key, path + "." + key.Value,
                    $"'{key.Value}' does not apply to this measure (it takes {string.Join(", ", allowed)})");
            }
        }
    }

    private TrialArm ReadArm(YamlTreeScalar key, YamlTreeNode value, Athlete athlete, List<TrialOutcome> outcomes)
    {
        var name = key.Value.Trim();
        var path = "arms." + (name.Length > 40 ? name[..40] + "…" : name);
        if (name.Length is 0 or > 40 || name.Any(c => char.IsControl(c) || c is ',' or '"'))
        {
            throw _reader.Error(key, path, "an arm's name must be 1–40 characters without commas, quotes or control characters");
        }
        var map = value as YamlTreeMapping
            ?? throw _reader.Error(value, path, $"expected an arm object ({{program: …}} or {{session: …}}), got {value.Describe()}");
        _reader.CheckFields(map, path, ArmFields, "an arm");
        if (map.Entries.Count != 1)
        {
            throw _reader.Error(map, path, "an arm takes exactly one of program (weeks of training, inline or a FILE) or session (one workout, inline or a FILE)");
        }
        var (kindKey, content) = map.Entries[0];
        var isProgram = kindKey.Value == "program";
        var field = path + "." + kindKey.Value;
        TrainingProgram? program = null;
        Session? session = null;
        if (content is YamlTreeMapping inline)
        {
            if (isProgram)
            {
                var result = new ProgramReader(file, catalogue).ReadNode(inline, field + ".");
                program = result.Program ?? throw new InputErrorException(result.Error!);
                _warnings.AddRange(result.Warnings);
                WarnAthlete(inline, field);
            }
            else
            {
                var result = new SessionReader(file, catalogue, _sessionDate).ReadNode(inline, field + ".");
                session = result.Session ?? throw new InputErrorException(result.Error!);
                _warnings.AddRange(result.Warnings);
                WarnAthlete(inline, field);
            }
        }
        else if (content is YamlTreeScalar { IsNull: false } scalar)
        {
            if (armFiles is null)
            {
                throw _reader.Error(scalar, field, $"expected an inline {kindKey.Value} object: arms given as files are not read here");
            }
            var relative = scalar.Value.Trim();
            var directory = Path.GetDirectoryName(file);
            var armFile = string.IsNullOrEmpty(directory) || Path.IsPathRooted(relative) ? relative : Path.Combine(directory, relative);
            var what = isProgram ? "a program file (.yaml or .json)" : "a session file (.yaml or .json)";
            var (text, error) = armFiles.Read(armFile, SessionFile.MaximumSize, what);
            if (error is not null)
            {
                throw _reader.Error(scalar, field, $"cannot read {what} '{armFile}': {error.Message}");
            }
            _inputs.Add(armFile);
            _digestText.Append('\0').Append(text);
            if (isProgram)
            {
                var result = ProgramFile.Parse(text!, armFile, catalogue);
                program = result.Program ?? throw new InputErrorException(result.Error!);
                _warnings.AddRange(result.Warnings);
            }
            else
            {
                var result = SessionFile.Parse(text!, armFile, catalogue, _sessionDate);
                session = result.Session ?? throw new InputErrorException(result.Error!);
                _warnings.AddRange(result.Warnings);
            }
        }
        else
        {
            throw _reader.Error(content, field, $"expected an inline {kindKey.Value} object or a FILE path relative to the trial file, got {content.Describe()}");
        }

        var strengthNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (outcome, node, outcomePath) in _outcomeNodes)
        {
            if (outcome.Measure == OutcomeMeasure.AcutePeakChangePct)
            {
                if (program is not null && !program.Blocks.Any(b => b.Days.Any(d => d.Bouts.Count > 0)))
                {
                    throw _reader.Error(node, outcomePath, $"{outcome.Key} needs a session, but arm '{name}' has no training day");
                }
                continue;
            }
            if (program is null)
            {
                throw _reader.Error(node, outcomePath,
                    $"{outcome.Key} is a long-term outcome: every arm must be a program, but arm '{name}' is a session (acute outcomes only: acute_peak_change_pct)");
            }
            if (outcome.Measure == OutcomeMeasure.OneRm)
            {
                var wanted = catalogue.Find(outcome.Exercise!);
                var bout = program.Blocks.SelectMany(b => b.Days).SelectMany(d => d.Bouts)
                    .FirstOrDefault(b => string.Equals(b.NameAsWritten.Trim(), outcome.Exercise, StringComparison.OrdinalIgnoreCase)
                        || (wanted is not null && b.Exercise.Name == wanted.Name))
                    ?? throw _reader.Error(node, outcomePath + ".exercise",
                        $"arm '{name}' does not train {QuantityParser.Quote(outcome.Exercise!)}: a 1RM outcome needs an exercise of every arm's program");
                strengthNames[outcome.Key] = bout.NameAsWritten;
            }
        }
        return new TrialArm(name, program, session, strengthNames);
    }

    private void WarnAthlete(YamlTreeMapping inline, string field)
    {
        if (inline.Find("athlete") is { } entry)
        {
            _warnings.Add(new InputWarning(file, entry.Key.Line, entry.Key.Column, field + ".athlete",
                "ignored: every arm uses the cohort's athlete (cohort.athlete)"));
        }
    }

    private string Choice(YamlTreeNode node, string field, string[] choices)
    {
        var expected = "one of " + string.Join(", ", choices);
        var text = _reader.Scalar(node, field, expected).Value.Trim().ToLowerInvariant();
        if (Array.IndexOf(choices, text) >= 0)
        {
            return text;
        }
        throw _reader.Error(node, field, $"expected {expected}, got {node.Describe()}{SessionReader.DidYouMean(text, choices)}");
    }
}
