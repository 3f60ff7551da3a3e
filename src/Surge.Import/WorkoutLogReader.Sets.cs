namespace Surge.Import;

// A row's set, the exercise-name match, the workout it belongs to, the end of an import and the inferred rests.
public static partial class WorkoutLogReader
{
    private sealed partial class Import
    {
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
