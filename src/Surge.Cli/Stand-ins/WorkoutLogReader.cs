// TEMPORARY stand-in: replaced by Surge.Import at merge
using System.Globalization;
using Surge.Catalogue;
using Surge.Files;
using Surge.Logs;

namespace Surge.Import;

public enum WeightUnit
{
    Kg,
    Lb,
}

/// <summary>
/// Stand-in reader: one trivial comma layout per format, no quoted commas. Hevy: title,start_time,exercise_title,set_type,
/// weight_kg|weight_lbs,reps[,rpe]. Strong: Date,Workout Name,Exercise Name,Set Order,Weight,Reps[,RPE] (no unit: --unit needed).
/// </summary>
public static class WorkoutLogReader
{
    public static WorkoutLogResult Read(string text, string fileName, LogFormat format, ExerciseCatalogue catalogue, WeightUnit? unit = null, IReadOnlyDictionary<string, string>? mappings = null, IProgress<double>? progress = null)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        InputError Error(int line, string message) => new(fileName, line, 1, "", message);
        if (lines.Length == 0 || lines[0].Trim().Length == 0)
        {
            return new WorkoutLogResult(null, Error(1, "the file is empty"));
        }
        var header = Split(lines[0]).Select(h => h.ToLowerInvariant()).ToList();
        int Col(string name) => header.IndexOf(name);
        int title, start, exercise, kind, weight, reps, rpe;
        double toKg;
        if (format == LogFormat.Hevy)
        {
            (title, start, exercise, kind, reps, rpe) = (Col("title"), Col("start_time"), Col("exercise_title"), Col("set_type"), Col("reps"), Col("rpe"));
            weight = Col("weight_kg") >= 0 ? Col("weight_kg") : Col("weight_lbs");
            toKg = Col("weight_kg") >= 0 ? 1.0 : Quantities.Mass.KilogramsPerPound;
        }
        else
        {
            (title, start, exercise, kind, weight, reps, rpe) = (Col("workout name"), Col("date"), Col("exercise name"), Col("set order"), Col("weight"), Col("reps"), Col("rpe"));
            if (weight >= 0 && unit is null)
            {
                return new WorkoutLogResult(null, Error(1, "this Strong layout has no weight unit: give --unit kg or --unit lb"));
            }
            toKg = unit == WeightUnit.Lb ? Quantities.Mass.KilogramsPerPound : 1.0;
        }
        if (title < 0 || start < 0 || exercise < 0 || kind < 0 || weight < 0 || reps < 0)
        {
            return new WorkoutLogResult(null, Error(1, $"not a {format} export: the header lacks the expected columns"));
        }

        var map = new Dictionary<string, string>(mappings ?? new Dictionary<string, string>(), StringComparer.OrdinalIgnoreCase);
        var workouts = new List<(DateTime Start, string Title, List<LoggedSet> Sets)>();
        var skipped = new List<SkippedRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            progress?.Report((double)i / lines.Length);
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }
            var f = Split(lines[i]);
            if (f.Count < header.Count)
            {
                skipped.Add(new SkippedRow(i + 1, "malformed: too few fields"));
                continue;
            }
            if (!DateTime.TryParse(f[start], CultureInfo.InvariantCulture, DateTimeStyles.None, out var when))
            {
                skipped.Add(new SkippedRow(i + 1, "malformed: bad date"));
                continue;
            }
            var setKind = f[kind].ToLowerInvariant() switch
            {
                "w" or "warmup" => SetKind.WarmUp,
                "d" or "dropset" => SetKind.Drop,
                "f" or "failure" => SetKind.Failure,
                _ => SetKind.Working,
            };
            if (!int.TryParse(f[reps], NumberStyles.Float, CultureInfo.InvariantCulture, out var repCount) || repCount <= 0)
            {
                skipped.Add(new SkippedRow(i + 1, "timed"));
                continue;
            }
            double? kg = double.TryParse(f[weight], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w * toKg : null;
            double? setRpe = rpe >= 0 && double.TryParse(f[rpe], NumberStyles.Float, CultureInfo.InvariantCulture, out var r) ? r : null;
            var name = f[exercise];
            var matched = catalogue.Find(map.TryGetValue(name, out var mapped) ? mapped : name)?.Name;
            if (workouts.Count == 0 || workouts[^1].Start != when || workouts[^1].Title != f[title])
            {
                workouts.Add((when, f[title], []));
            }
            var sets = workouts[^1].Sets;
            sets.Add(new LoggedSet(sets.Count + 1, setKind, name, matched, kg, repCount, setRpe, null, false, i + 1));
        }
        progress?.Report(1.0);
        var logged = workouts
            .Select(w => new LoggedWorkout(w.Start, w.Title, null, w.Sets, $"{format.ToString().ToLowerInvariant()}|{w.Start:yyyy-MM-dd'T'HH:mm:ss}|{w.Title}"))
            .ToList();
        var unmatched = logged.SelectMany(w => w.Sets).Where(s => s.Exercise is null).GroupBy(s => s.ExerciseName)
            .Select(g => new UnmatchedName(g.Key, g.Count(), catalogue.Suggest(g.Key))).ToList();
        return new WorkoutLogResult(new WorkoutLog(format, format == LogFormat.Hevy ? "hevy" : "strong-comma", logged, skipped, unmatched, []), null);
    }

    public static WorkoutLogResult Load(string path, LogFormat format, ExerciseCatalogue catalogue, WeightUnit? unit = null, IReadOnlyDictionary<string, string>? mappings = null, IProgress<double>? progress = null)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new WorkoutLogResult(null, new InputError(path, null, null, "", "cannot read the file: " + e.Message));
        }
        return Read(text, path, format, catalogue, unit, mappings, progress);
    }

    private static List<string> Split(string line) => line.Split(',').Select(f => f.Trim().Trim('"')).ToList();
}
