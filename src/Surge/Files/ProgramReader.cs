using System.Globalization;
using Surge.Catalogue;
using Surge.Quantities;
using Surge.Training;
using Surge.Yaml;

namespace Surge.Files;

/// <summary>The work behind <see cref="ProgramFile.Parse"/>: one instance per document; athlete, exercises and quantities are read by a <see cref="SessionReader"/>.</summary>
internal sealed class ProgramReader(string file, ExerciseCatalogue catalogue)
{
    internal const string EmptyMessage = "the file is empty: expected a program (athlete, nutrition, testosterone, weeks and week, or blocks)";

    internal static readonly string[] TopFields = ["athlete", "nutrition", "testosterone", "weeks", "week", "blocks"];
    internal static readonly string[] NutritionFields = ["protein", "energy_balance"];
    internal static readonly string[] BlockFields = ["weeks", "week"];
    internal static readonly string[] DayFields = ["start", "exercises", "transition"];

    private static readonly string _dayList = $"{string.Join(", ", Weekdays.Keys)} (or {Weekdays.FullKeys[0]} … {Weekdays.FullKeys[^1]})";


    private readonly SessionReader _reader = new(file, catalogue, DateOnly.FromDateTime(DateTime.UnixEpoch));
    private int _totalWeeks;

    public ProgramFileResult Read(string text)
    {
        try
        {
            return ProgramFileResult.Ok(ReadProgram(text), _reader.Warnings.ToArray());
        }
        catch (InputErrorException exception)
        {
            return ProgramFileResult.Fail(exception.Error);
        }
        catch (YamlTreeException exception)
        {
            return ProgramFileResult.Fail(new InputError(file, exception.Line, exception.Column, exception.Field, exception.Message));
        }
    }

    private TrainingProgram ReadProgram(string text)
    {
        var root = _reader.ReadDocument(text) ?? throw _reader.Error(null, "", EmptyMessage);
        var top = _reader.Mapping(root, "", "a program object (athlete, nutrition, testosterone, weeks and week, or blocks)")!;
        return ReadProgram(top);
    }

    /// <summary>
    /// Reads a program from a mapping that is part of a larger document (a validation case's condition); error and
    /// warning fields are prefixed with <paramref name="fieldPrefix"/>.
    /// </summary>
    internal ProgramFileResult ReadNode(YamlTreeMapping top, string fieldPrefix)
    {
        try
        {
            var program = ReadProgram(top);
            return ProgramFileResult.Ok(program, _reader.Warnings.Select(w => w with { Field = fieldPrefix + w.Field }).ToArray());
        }
        catch (InputErrorException exception)
        {
            return ProgramFileResult.Fail(exception.Error with { Field = fieldPrefix + exception.Error.Field });
        }
        catch (YamlTreeException exception)
        {
            return ProgramFileResult.Fail(new InputError(file, exception.Line, exception.Column, fieldPrefix + exception.Field, exception.Message));
        }
    }

    private TrainingProgram ReadProgram(YamlTreeMapping top)
    {
        _reader.CheckFields(top, "", TopFields, "the program");

        var athlete = _reader.ReadAthlete(SessionReader.Value(top, "athlete"));
        var nutrition = ReadNutrition(SessionReader.Value(top, "nutrition"), athlete);

        double? testosterone = null;
        if (top.Find("testosterone") is { } testosteroneEntry)
        {
            testosterone = _reader.Quantity(testosteroneEntry.Value, "testosterone", QuantityParser.ParseTestosteroneNmolPerL);
        }

        var blocks = new List<ProgramBlock>();
        if (top.Find("blocks") is { } blocksEntry)
        {
            foreach (var key in BlockFields)
            {
                if (top.Find(key) is { } both)
                {
                    throw _reader.Error(both.Key, key,
                        "give either weeks and week (one weekly template) or blocks (a list of {weeks, week}), not both");
                }
            }
            var list = blocksEntry.Value as YamlTreeSequence
                ?? throw _reader.Error(blocksEntry.Value, "blocks", $"expected a list of blocks ({{weeks, week}} each), got {blocksEntry.Value.Describe()}");
            if (list.Items.Count == 0)
            {
                throw _reader.Error(list, "blocks", "expected at least one block ({weeks, week}), got an empty list");
            }
            for (var index = 0; index < list.Items.Count; index++)
            {
                var path = $"blocks[{index}]";
                var node = list.Items[index];
                var map = node as YamlTreeMapping
                    ?? throw _reader.Error(node, path, $"expected a block object (weeks, week), got {node.Describe()}");
                _reader.CheckFields(map, path, BlockFields, "a block");
                blocks.Add(ReadBlock(map, path + "."));
            }
        }
        else if (top.Find("weeks") is null && top.Find("week") is null)
        {
            throw _reader.Error(top, "",
                "missing the training: give weeks and week (a weekly template repeated for that many weeks) or blocks (a list of {weeks, week} run in order)");
        }
        else
        {
            blocks.Add(ReadBlock(top, ""));
        }
        return new TrainingProgram(athlete, nutrition, blocks, testosterone);
    }

    private Nutrition ReadNutrition(YamlTreeNode? node, Athlete athlete)
    {
        var map = _reader.Mapping(node, "nutrition", "a nutrition object (protein, energy_balance)");
        if (map is null)
        {
            return Nutrition.Default;
        }
        _reader.CheckFields(map, "nutrition", NutritionFields, "nutrition");
        var nutrition = Nutrition.Default;
        if (map.Find("protein") is { } proteinEntry)
        {
            var intake = _reader.Quantity(proteinEntry.Value, "nutrition.protein", QuantityParser.ParseProtein);
            var perKg = intake.GramsPerKilogramPerDay(athlete.BodyMassKg);
            if (!(perKg >= 0 && perKg <= ProgramFile.MaximumProteinGPerKgPerDay))
            {
                var converted = intake.PerKilogramBodyMass
                    ? ""
                    : string.Create(CultureInfo.InvariantCulture, $" ({perKg:0.##} g/kg/day for {athlete.BodyMassKg:0.#} kg body mass)");
                throw _reader.Error(proteinEntry.Value, "nutrition.protein",
                    $"must be between 0 and 5 g/kg/day, got {SessionReader.Describe(proteinEntry.Value)}{converted}");
            }
            nutrition = nutrition with { ProteinGPerKgPerDay = perKg };
        }
        if (map.Find("energy_balance") is { } energyEntry)
        {
            var balance = _reader.Quantity(energyEntry.Value, "nutrition.energy_balance", QuantityParser.ParseEnergyBalanceKcalPerDay);
            if (!(Math.Abs(balance) <= ProgramFile.MaximumEnergyBalanceKcalPerDay))
            {
                throw _reader.Error(energyEntry.Value, "nutrition.energy_balance",
                    $"must be between -2000 and +2000 kcal/day, got {SessionReader.Describe(energyEntry.Value)}");
            }
            nutrition = nutrition with { EnergyBalanceKcalPerDay = balance };
        }
        return nutrition;
    }

    /// <summary>Reads <c>weeks</c> and <c>week</c> of <paramref name="map"/> (the program itself or one block); <paramref name="prefix"/> is "" or e.g. "blocks[1].".</summary>
    private ProgramBlock ReadBlock(YamlTreeMapping map, string prefix)
    {
        var path = prefix.TrimEnd('.');
        var weeksNode = _reader.Required(map, "weeks", path, $"a whole number of weeks, 1–{TrainingProgram.MaximumWeeks}");
        var weeks = _reader.Integer(weeksNode, prefix + "weeks", "a whole number of weeks");
        if (weeks < 1)
        {
            throw _reader.Error(weeksNode, prefix + "weeks", $"must be at least 1 week, got {SessionReader.Describe(weeksNode)}");
        }
        if (_totalWeeks + weeks > TrainingProgram.MaximumWeeks)
        {
            throw _reader.Error(weeksNode, prefix + "weeks", prefix.Length == 0
                ? $"must be at most {TrainingProgram.MaximumWeeks} weeks (ten years), got {SessionReader.Describe(weeksNode)}"
                : $"the program would have {_totalWeeks + weeks} weeks in total: at most {TrainingProgram.MaximumWeeks} are accepted");
        }
        _totalWeeks += (int)weeks;

        var weekNode = _reader.Required(map, "week", path, "a weekly template: an object of training days, mon … sun; {} for no training");
        var weekPath = prefix + "week";
        if (weekNode is not YamlTreeMapping week)
        {
            var hint = weekNode is YamlTreeScalar { IsNull: true } ? " (write week: {} for weeks without training)" : "";
            throw _reader.Error(weekNode, weekPath,
                $"expected a weekly template: an object of training days ({_dayList}), got {weekNode.Describe()}{hint}");
        }

        var days = new SortedDictionary<int, TrainingDay>();
        var written = new Dictionary<int, string>();
        foreach (var (key, value) in week.Entries)
        {
            var index = DayIndex(key, weekPath);
            if (written.TryGetValue(index, out var earlier))
            {
                throw _reader.Error(key, weekPath + "." + key.Value,
                    $"{Weekdays.Days[index]} is given twice in the week (as '{earlier}' and '{key.Value}')");
            }
            written[index] = key.Value;
            var day = ReadDay(value, Weekdays.Days[index], weekPath + "." + key.Value);
            if (day.Bouts.Count > 0)
            {
                // A day with `exercises: []` is a day without training, as if it were not written.
                days[index] = day;
            }
        }
        return new ProgramBlock((int)weeks, days.Values.ToArray());
    }

    private int DayIndex(YamlTreeScalar key, string weekPath)
    {
        var index = Weekdays.IndexOf(key.Value);
        if (index >= 0)
        {
            return index;
        }
        var name = key.Value.Trim().ToLowerInvariant();
        var hint = SessionReader.DidYouMean(name, Weekdays.Keys.Concat(Weekdays.FullKeys));
        throw _reader.Error(key, weekPath + "." + (key.Value.Length > 40 ? key.Value[..40] + "…" : key.Value),
            $"unknown day {QuantityParser.Quote(key.Value)} in the week{hint} (days: {_dayList})");
    }

    private TrainingDay ReadDay(YamlTreeNode node, DayOfWeek day, string path)
    {
        var map = node as YamlTreeMapping
            ?? throw _reader.Error(node, path, $"expected a training day object (start, exercises, transition), got {node.Describe()}");
        _reader.CheckFields(map, path, DayFields, "a training day");

        var start = Session.DefaultStartTime;
        if (map.Find("start") is { } startEntry)
        {
            const string expected = "a local clock time like 17:00 (a program's days have no date)";
            var text = _reader.Scalar(startEntry.Value, path + ".start", expected).Value.Trim();
            if (!TimeOnly.TryParseExact(text, SessionReader.TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
            {
                throw _reader.Error(startEntry.Value, path + ".start", $"expected {expected}, got {SessionReader.Describe(startEntry.Value)}");
            }
        }

        TimeSpan? transition = null;
        if (map.Find("transition") is { } transitionEntry)
        {
            transition = _reader.Rest(transitionEntry.Value, path + ".transition");
        }

        var exercisesNode = _reader.Required(map, "exercises", path, "the list of exercises, as in a session file");
        var list = exercisesNode as YamlTreeSequence
            ?? throw _reader.Error(exercisesNode, path + ".exercises", $"expected a list of exercises, got {exercisesNode.Describe()}");
        _reader.StartSetCount("the day");
        var bouts = new List<Bout>();
        for (var index = 0; index < list.Items.Count; index++)
        {
            bouts.Add(_reader.ReadBout(list.Items[index], $"{path}.exercises[{index}]", transition));
        }
        return new TrainingDay(day, start, bouts);
    }
}
