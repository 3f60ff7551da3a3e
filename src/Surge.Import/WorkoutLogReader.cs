using System.Globalization;
using System.Text;
using CsvHelper;
using Surge.Catalogue;
using Surge.Files;
using Surge.Logs;

namespace Surge.Import;

/// <summary>
/// Reads Strong and Hevy CSV exports into a <see cref="WorkoutLog"/>: columns are found by header name, the layout is
/// recognised from the header, every exercise name is matched to the catalogue, and every row that is not imported as
/// a set is counted with its reason. Never throws for bad input: the result holds a log or one located error.
/// </summary>
public static class WorkoutLogReader
{
    /// <summary>The largest file <see cref="Load"/> reads.</summary>
    public const long MaxFileBytes = 200L * 1024 * 1024;

    /// <summary>Pounds to kilograms.</summary>
    public const double KgPerLb = 0.45359237;

    /// <summary>Seconds a set is assumed to take per repetition when rest is inferred from the workout's duration.</summary>
    public const double EstimatedSecondsPerRep = 4.0;

    /// <summary>The longest inferred rest, s.</summary>
    public const double MaxInferredRestSeconds = 600;

    private const int ProgressEveryRows = 4096;

    /// <summary>Reads the export at <paramref name="path"/> (at most <see cref="MaxFileBytes"/>, UTF-8 with or without a BOM).</summary>
    public static WorkoutLogResult Load(
        string path,
        LogFormat format,
        ExerciseCatalogue catalogue,
        WeightUnit? unit = null,
        IReadOnlyDictionary<string, string>? mappings = null,
        IProgress<double>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Fail(path, null, "", "the file does not exist");
            }
            // Checked before opening: a FIFO would block the read and a device such as /dev/zero never ends.
            if (FileIdentity.NotRegularReason(path) is { } notRegular)
            {
                return Fail(path, null, "", notRegular + "; expected a CSV export");
            }
            if (info.Length > MaxFileBytes)
            {
                return Fail(path, null, "", $"the file is {info.Length / (1024.0 * 1024.0):0.#} MB; exports up to {MaxFileBytes / (1024 * 1024)} MB are read");
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Fail(path, null, "", "the file cannot be read: " + e.Message);
        }
        return Read(bytes, path, format, catalogue, unit, mappings, progress, cancellation);
    }

    /// <summary>
    /// Reads an export held in <paramref name="bytes"/>: UTF-8, or else Windows-1252/Latin-1 with a warning
    /// (<see cref="LogText.Decode"/>); otherwise as <see cref="Read(string, string, LogFormat, ExerciseCatalogue, WeightUnit?, IReadOnlyDictionary{string, string}?, IProgress{double}?, CancellationToken)"/>.
    /// </summary>
    public static WorkoutLogResult Read(
        byte[] bytes,
        string fileName,
        LogFormat format,
        ExerciseCatalogue catalogue,
        WeightUnit? unit = null,
        IReadOnlyDictionary<string, string>? mappings = null,
        IProgress<double>? progress = null,
        CancellationToken cancellation = default)
    {
        var (text, encoding) = LogText.Decode(bytes, fileName);
        var result = Read(text, fileName, format, catalogue, unit, mappings, progress, cancellation);
        return encoding is not null && result.Log is { } log
            ? result with { Log = log with { Warnings = [encoding, .. log.Warnings] } }
            : result;
    }

    /// <summary>Reads an export held in <paramref name="text"/>; <paramref name="fileName"/> places errors and warnings.</summary>
    /// <param name="text">The whole export.</param>
    /// <param name="fileName">The file name for messages.</param>
    /// <param name="format">The app that wrote the export.</param>
    /// <param name="catalogue">The catalogue exercise names are matched against.</param>
    /// <param name="unit">The weight unit of exports that do not name it (Strong's comma layout); required for those.</param>
    /// <param name="mappings">Exercise names (any case) to catalogue names, for names the catalogue does not know.</param>
    /// <param name="progress">Receives the fraction of the rows read, from 0 to 1.</param>
    /// <param name="cancellation">Checked before every row: once cancelled, reading stops with <see cref="OperationCanceledException"/>.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancellation"/> was cancelled (the only exception; bad input is a result).</exception>
    public static WorkoutLogResult Read(
        string text,
        string fileName,
        LogFormat format,
        ExerciseCatalogue catalogue,
        WeightUnit? unit = null,
        IReadOnlyDictionary<string, string>? mappings = null,
        IProgress<double>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }
        var expected = format == LogFormat.Strong ? "a Strong export" : "a Hevy export";
        if (string.IsNullOrWhiteSpace(text))
        {
            return Fail(fileName, 1, "", $"expected {expected}, found an empty file");
        }
        try
        {
            var options = new CsvReaderOptions
            {
                Separator = LogLayout.DetectSeparator(text),
                TrackLineNumbers = true,
                PoolStrings = true,
                DetectSeparatorHint = false,
            };
            using var csv = CsvReader.FromText(text, options);
            var layout = LogLayout.Detect(csv.Headers, format, out var problem);
            if (layout is null)
            {
                return Fail(fileName, 1, "", problem!);
            }
            var import = new Import(fileName, layout, catalogue, unit, mappings);
            if (import.Error is not null)
            {
                return new WorkoutLogResult(null, import.Error);
            }
            var totalLines = Math.Max(1, text.AsSpan().Count('\n') + 1);
            var rows = 0;
            progress?.Report(0);
            while (csv.Read())
            {
                cancellation.ThrowIfCancellationRequested();
                import.Row(csv);
                if (progress is not null && ++rows % ProgressEveryRows == 0)
                {
                    progress.Report(Math.Min(1.0, (double)csv.LineNumber / totalLines));
                }
            }
            progress?.Report(1);
            cancellation.ThrowIfCancellationRequested();
            return import.Finish();
        }
        catch (CsvFormatException e)
        {
            var line = e.RecordNumber > 0 ? e.RecordNumber : 1;
            return Fail(fileName, null, "", $"expected {expected}, but record {line} is not readable CSV: {e.Message}");
        }
    }

    private static WorkoutLogResult Fail(string file, int? line, string field, string message) =>
        new(null, new InputError(file, line, null, field, message));

    /// <summary>The state of one import: workouts being built, skipped rows, name matches.</summary>
    private sealed class Import
    {
        private readonly string _file;
        private readonly LogLayout _layout;
        private readonly ExerciseCatalogue _catalogue;
        private readonly WeightUnit? _unit;
        private readonly Dictionary<string, string>? _mappings;
        private readonly Dictionary<string, WorkoutBuilder> _workouts = new(StringComparer.Ordinal);
        private readonly List<WorkoutBuilder> _order = [];
        private readonly List<SkippedRow> _skipped = [];
        private readonly List<InputWarning> _warnings = [];
        private readonly Dictionary<string, string?> _matches = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _unmatched = new(StringComparer.Ordinal);
        private readonly string[] _fields = new string[Enum.GetValues<LogColumn>().Length];
        private string? _lastDateText;
        private DateTime _lastDate;
        private WorkoutBuilder? _last;
        private WorkoutBuilder? _setAddedByPreviousRow;
        private WorkoutBuilder? _setAddedByThisRow;
        private int _rows;
        private int _malformed;
        private SkippedRow? _firstMalformed;

        public Import(string file, LogLayout layout, ExerciseCatalogue catalogue, WeightUnit? unit, IReadOnlyDictionary<string, string>? mappings)
        {
            _file = file;
            _layout = layout;
            _catalogue = catalogue;
            _unit = unit;
            if (mappings is not null)
            {
                _mappings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var (name, target) in mappings)
                {
                    _mappings[name.Trim()] = target;
                }
            }
            var weightField = layout.Format == LogFormat.Strong ? "Weight" : "weight";
            if (layout.Name.StartsWith("strong-comma", StringComparison.Ordinal))
            {
                if (unit is null)
                {
                    Error = new InputError(file, 1, null, weightField, "the Strong comma export has no weight unit: give --unit kg or --unit lb");
                    return;
                }
                _warnings.Add(new InputWarning(file, 1, null, weightField,
                    $"the export names no weight unit: weights read as {Name(unit.Value)}, the unit given with the import"));
            }
            else if (unit is not null && layout.HeaderUnit is not null && unit != layout.HeaderUnit)
            {
                _warnings.Add(new InputWarning(file, 1, null, weightField,
                    $"the header says the weights are in {Name(layout.HeaderUnit.Value)}: --unit {Name(unit.Value)} is ignored"));
            }
        }

        public InputError? Error { get; }

        private static string Name(WeightUnit unit) => unit == WeightUnit.Kg ? "kg" : "lb";

        public void Row(CsvReader csv)
        {
            _rows++;
            _setAddedByPreviousRow = _setAddedByThisRow;
            _setAddedByThisRow = null;
            var line = (int)Math.Min(int.MaxValue, csv.LineNumber);
            var count = csv.FieldCount;
            // A short row is read when it still has every column used (the missing ones, such as trailing notes, read
            // as empty); a long row only when the extra fields are empty, since a stray separator shifts the values.
            if (count <= _layout.LastUsedIndex || (count > _layout.HeaderCount && !ExtraFieldsEmpty(csv, count)))
            {
                Malformed(line, $"{count} fields where the header has {_layout.HeaderCount}", "wrong number of fields");
                return;
            }
            for (var c = 0; c < _fields.Length; c++)
            {
                var index = _layout[(LogColumn)c];
                _fields[c] = index < 0 ? "" : csv.GetString(index) ?? "";
            }
            if (_layout.Format == LogFormat.Strong)
            {
                StrongRow(line);
            }
            else
            {
                HevyRow(line);
            }
        }

        private bool ExtraFieldsEmpty(CsvReader csv, int count)
        {
            for (var i = _layout.HeaderCount; i < count; i++)
            {
                if (!string.IsNullOrWhiteSpace(csv.GetString(i)))
                {
                    return false;
                }
            }
            return true;
        }

        private string Field(LogColumn column) => _fields[(int)column];

        private void StrongRow(int line)
        {
            if (!TryDate(Field(LogColumn.Date), out var start))
            {
                Malformed(line, $"date '{Short(Field(LogColumn.Date))}'");
                return;
            }
            var title = Field(LogColumn.Title).Trim();
            var number = Field(LogColumn.WorkoutNumber).Trim();
            var workout = Workout(start, title, number.Length > 0 ? number : title, "strong");
            var order = Field(LogColumn.SetOrder).Trim();
            if (order.Equals("Rest Timer", StringComparison.OrdinalIgnoreCase))
            {
                if (!TryOptionalNumber(Field(LogColumn.Seconds), out var rest) || rest < 0)
                {
                    Malformed(line, $"rest timer seconds '{Short(Field(LogColumn.Seconds))}'");
                    return;
                }
                workout.HasRestTimers = true;
                // The rest belongs to the set on the row above; after a skipped row (plank, note, malformed) it is dropped.
                if (_setAddedByPreviousRow == workout && rest > 0)
                {
                    workout.Sets[^1] = workout.Sets[^1] with { RestSeconds = rest, RestInferred = false };
                }
                Skip(line, "rest timer");
                return;
            }
            if (order.Equals("Note", StringComparison.OrdinalIgnoreCase))
            {
                Skip(line, "note");
                return;
            }
            SetKind kind;
            if (order.Equals("W", StringComparison.OrdinalIgnoreCase))
            {
                kind = SetKind.WarmUp;
            }
            else if (order.Equals("D", StringComparison.OrdinalIgnoreCase))
            {
                kind = SetKind.Drop;
            }
            else if (order.Equals("F", StringComparison.OrdinalIgnoreCase))
            {
                kind = SetKind.Failure;
            }
            else if (LogValues.TryParseCount(order, out _))
            {
                kind = SetKind.Working;
            }
            else
            {
                Malformed(line, $"set order '{Short(order)}'");
                return;
            }
            WeightUnit? unit = _layout.HeaderUnit ?? _unit;
            if (_layout.Has(LogColumn.WeightUnit))
            {
                var rowUnit = Field(LogColumn.WeightUnit).Trim().ToLowerInvariant();
                if (rowUnit is "kg" or "kgs")
                {
                    unit = WeightUnit.Kg;
                }
                else if (rowUnit is "lb" or "lbs")
                {
                    unit = WeightUnit.Lb;
                }
                else if (rowUnit.Length > 0)
                {
                    Malformed(line, $"weight unit '{Short(rowUnit)}'");
                    return;
                }
            }
            AddSet(line, workout, kind, unit);
        }

        private void HevyRow(int line)
        {
            if (!TryDate(Field(LogColumn.Date), out var start))
            {
                Malformed(line, $"start_time '{Short(Field(LogColumn.Date))}'");
                return;
            }
            var title = Field(LogColumn.Title).Trim();
            var workout = Workout(start, title, title, "hevy");
            if (workout.Duration is null && !workout.EndRead)
            {
                workout.EndRead = true;
                var endText = Field(LogColumn.End);
                if (endText.Trim().Length > 0)
                {
                    if (!LogValues.TryParseDateTime(endText, out var end))
                    {
                        Malformed(line, $"end_time '{Short(endText)}'");
                        return;
                    }
                    workout.Duration = end > start ? end - start : null;
                }
            }
            var type = Field(LogColumn.SetType).Trim().ToLowerInvariant();
            SetKind kind;
            switch (type)
            {
                case "" or "normal":
                    kind = SetKind.Working;
                    break;
                case "warmup" or "warm_up" or "warm-up":
                    kind = SetKind.WarmUp;
                    break;
                case "dropset" or "drop_set" or "drop":
                    kind = SetKind.Drop;
                    break;
                case "failure":
                    kind = SetKind.Failure;
                    break;
                default:
                    Malformed(line, $"set_type '{Short(type)}'");
                    return;
            }
            var index = Field(LogColumn.SetOrder);
            if (index.Trim().Length > 0 && !LogValues.TryParseCount(index, out _))
            {
                Malformed(line, $"set_index '{Short(index)}'");
                return;
            }
            AddSet(line, workout, kind, _layout.HeaderUnit);
        }

        private void AddSet(int line, WorkoutBuilder workout, SetKind kind, WeightUnit? unit)
        {
            var weightText = Field(LogColumn.Weight);
            double? weightKg = null;
            if (weightText.Trim().Length > 0)
            {
                if (!LogValues.TryParseNumber(weightText, out var weight) || weight < 0 || weight > 2000)
                {
                    Malformed(line, $"weight '{Short(weightText)}'");
                    return;
                }
                if (weight > 0)
                {
                    if (unit is null)
                    {
                        Malformed(line, "a weight without a unit");
                        return;
                    }
                    weightKg = unit == WeightUnit.Lb ? weight * KgPerLb : weight;
                }
            }
            var repsText = Field(LogColumn.Reps);
            var reps = 0;
            if (repsText.Trim().Length > 0 && !LogValues.TryParseCount(repsText, out reps))
            {
                Malformed(line, $"reps '{Short(repsText)}'");
                return;
            }
            if (!TryOptionalNumber(Field(LogColumn.Distance), out var distance) || distance < 0)
            {
                Malformed(line, $"distance '{Short(Field(LogColumn.Distance))}'");
                return;
            }
            if (!TryOptionalNumber(Field(LogColumn.Seconds), out var seconds) || seconds < 0)
            {
                Malformed(line, $"seconds '{Short(Field(LogColumn.Seconds))}'");
                return;
            }
            double? rpe = null;
            var rpeText = Field(LogColumn.Rpe);
            if (rpeText.Trim().Length > 0)
            {
                if (!LogValues.TryParseNumber(rpeText, out var value) || value < 1 || value > 10)
                {
                    Malformed(line, $"rpe '{Short(rpeText)}'");
                    return;
                }
                rpe = value;
            }
            if (reps == 0)
            {
                Skip(line, distance > 0 ? "cardio" : seconds > 0 ? "timed" : "no reps");
                return;
            }
            var name = Field(LogColumn.Exercise).Trim();
            if (name.Length == 0)
            {
                Malformed(line, "no exercise name");
                return;
            }
            if (ExerciseCatalogue.NameLengthProblem(name) is { } tooLong)
            {
                Malformed(line, $"exercise name {Short(name)} {tooLong}", "exercise name too long");
                return;
            }
            var exercise = Match(name);
            workout.Sets.Add(new LoggedSet(workout.Sets.Count + 1, kind, name, exercise, weightKg, reps, rpe, null, false, line));
            _setAddedByThisRow = workout;
        }

        private string? Match(string name)
        {
            if (_matches.TryGetValue(name, out var known))
            {
                if (known is null)
                {
                    _unmatched[name]++;
                }
                return known;
            }
            var exercise = _catalogue.Find(name);
            if (exercise is null && _mappings is not null && _mappings.TryGetValue(name, out var target))
            {
                exercise = _catalogue.Find(target);
                if (exercise is null)
                {
                    _warnings.Add(new InputWarning(_file, null, null, "",
                        $"the mapping of '{name}' names '{target}', which is not in the exercise catalogue"));
                }
            }
            _matches[name] = exercise?.Name;
            if (exercise is null)
            {
                _unmatched[name] = 1;
            }
            return exercise?.Name;
        }

        private WorkoutBuilder Workout(DateTime start, string title, string identity, string prefix)
        {
            if (_last is not null && _last.Start == start && _last.Identity == identity && _last.Title == title)
            {
                return _last;
            }
            var key = prefix + ":" + start.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + ":" + identity;
            if (!_workouts.TryGetValue(key, out var workout))
            {
                workout = new WorkoutBuilder(start, title, identity, key);
                _workouts.Add(key, workout);
                _order.Add(workout);
                if (_layout.Has(LogColumn.Duration)
                    && LogValues.TryParseDuration(Field(LogColumn.Duration), _layout.DurationInSeconds, out var duration)
                    && duration > TimeSpan.Zero)
                {
                    workout.Duration = duration;
                }
            }
            _last = workout;
            return workout;
        }

        private bool TryDate(string text, out DateTime value)
        {
            if (ReferenceEquals(text, _lastDateText) || (_lastDateText is not null && text == _lastDateText))
            {
                value = _lastDate;
                return true;
            }
            if (!LogValues.TryParseDateTime(text, out value))
            {
                return false;
            }
            _lastDateText = text;
            _lastDate = value;
            return true;
        }

        private static bool TryOptionalNumber(string text, out double value)
        {
            value = 0;
            return text.Trim().Length == 0 || LogValues.TryParseNumber(text, out value);
        }

        private static string Short(string text)
        {
            text = text.Trim();
            return text.Length <= 40 ? text : text[..40] + "…";
        }

        private void Skip(int line, string reason) => _skipped.Add(new SkippedRow(line, reason));

        /// <summary>Skips a malformed row; <paramref name="kind"/> (default: <paramref name="what"/> up to its quoted value) is what summaries count it under.</summary>
        private void Malformed(int line, string what, string? kind = null)
        {
            if (kind is null)
            {
                var quote = what.IndexOf(" '", StringComparison.Ordinal);
                kind = quote > 0 ? what[..quote] : what;
            }
            var row = new SkippedRow(line, $"malformed: {what} (line {line.ToString(CultureInfo.InvariantCulture)})") { Kind = "malformed: " + kind };
            _malformed++;
            _firstMalformed ??= row;
            _skipped.Add(row);
        }

        public WorkoutLogResult Finish()
        {
            if (_rows == 0)
            {
                return Fail(_file, 1, "", "the export has a header but no rows");
            }
            if (_malformed == _rows)
            {
                return Fail(_file, _firstMalformed!.Line, "",
                    $"no row of the {_layout.Name} export could be read; the first: {_firstMalformed.Reason}");
            }
            var workouts = new List<LoggedWorkout>(_order.Count);
            foreach (var builder in _order)
            {
                if (builder.Sets.Count == 0)
                {
                    continue;
                }
                if (!builder.HasRestTimers)
                {
                    InferRest(builder);
                }
                workouts.Add(new LoggedWorkout(builder.Start, builder.Title, builder.Duration, builder.Sets, builder.Key));
            }
            var unmatched = _unmatched
                .Select(u => new UnmatchedName(u.Key, u.Value, _catalogue.Suggest(u.Key, 3)))
                .ToList();
            var log = new WorkoutLog(_layout.Format, _layout.Name, workouts, _skipped, unmatched, _warnings);
            return new WorkoutLogResult(log, null);
        }

        /// <summary>
        /// Rest between sets from the workout's duration: (duration − estimated set time) / (sets − 1), clamped to
        /// 0–600 s, on every set but the last (after which the workout ends).
        /// </summary>
        private static void InferRest(WorkoutBuilder builder)
        {
            var sets = builder.Sets;
            if (builder.Duration is null || sets.Count < 2)
            {
                return;
            }
            var work = 0.0;
            foreach (var set in sets)
            {
                work += set.Reps * EstimatedSecondsPerRep;
            }
            var rest = Math.Clamp((builder.Duration.Value.TotalSeconds - work) / (sets.Count - 1), 0, MaxInferredRestSeconds);
            rest = Math.Round(rest, 1);
            for (var i = 0; i < sets.Count - 1; i++)
            {
                sets[i] = sets[i] with { RestSeconds = rest, RestInferred = true };
            }
        }
    }

    private sealed class WorkoutBuilder(DateTime start, string title, string identity, string key)
    {
        public DateTime Start { get; } = start;

        public string Title { get; } = title;

        public string Identity { get; } = identity;

        public string Key { get; } = key;

        public TimeSpan? Duration { get; set; }

        public bool EndRead { get; set; }

        public bool HasRestTimers { get; set; }

        public List<LoggedSet> Sets { get; } = [];
    }
}
