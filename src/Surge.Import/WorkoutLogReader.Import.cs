namespace Surge.Import;

// One import's state and its rows, Strong's and Hevy's layouts (sets, name matching and rest in WorkoutLogReader.Sets.cs).
public static partial class WorkoutLogReader
{
    /// <summary>The state of one import: workouts being built, skipped rows, name matches.</summary>
    private sealed partial class Import
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
    }
}
