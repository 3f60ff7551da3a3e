using Surge.Logs;

namespace Surge.Import;

/// <summary>The columns an importer reads, whatever the layout calls them.</summary>
internal enum LogColumn
{
    WorkoutNumber,
    Date,
    End,
    Title,
    Duration,
    Exercise,
    SetOrder,
    SetType,
    Weight,
    WeightUnit,
    Reps,
    Rpe,
    Distance,
    Seconds,
}

/// <summary>A recognised layout: its name, the index of every column it has (by header name) and its weight unit.</summary>
internal sealed class LogLayout
{
    private readonly int[] _index;

    private LogLayout(string name, LogFormat format, int headerCount, int[] index, WeightUnit? headerUnit, bool durationInSeconds)
    {
        Name = name;
        Format = format;
        HeaderCount = headerCount;
        _index = index;
        LastUsedIndex = index.Max();
        HeaderUnit = headerUnit;
        DurationInSeconds = durationInSeconds;
    }

    public string Name { get; }

    public LogFormat Format { get; }

    public int HeaderCount { get; }

    /// <summary>The highest index of a column the importer reads: a shorter row lacks a value it needs.</summary>
    public int LastUsedIndex { get; }

    /// <summary>The unit the header names (<c>Weight (kg)</c>, <c>weight_lbs</c>); null when the rows say (legacy) or nobody does (comma).</summary>
    public WeightUnit? HeaderUnit { get; }

    /// <summary>Whether the duration column holds seconds (<c>Duration (sec)</c>) rather than text such as <c>1h 5m</c>.</summary>
    public bool DurationInSeconds { get; }

    /// <summary>The 0-based index of the column, or -1 when the layout has none.</summary>
    public int this[LogColumn column] => _index[(int)column];

    public bool Has(LogColumn column) => _index[(int)column] >= 0;

    /// <summary>The separator of the header line: the more frequent of <c>;</c> and <c>,</c> outside quotes.</summary>
    public static char DetectSeparator(string text)
    {
        int semicolons = 0, commas = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    /// <summary>
    /// The layout of <paramref name="headers"/> for <paramref name="format"/>, or the reason it is not one
    /// (what was expected and what was found).
    /// </summary>
    public static LogLayout? Detect(IReadOnlyList<string> headers, LogFormat format, out string? problem)
    {
        var names = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < headers.Count; i++)
        {
            names.TryAdd(headers[i].Trim(), i);
        }
        var looksStrong = names.ContainsKey("Exercise Name") && names.ContainsKey("Set Order");
        var looksHevy = names.ContainsKey("exercise_title") && names.ContainsKey("start_time");
        problem = null;
        if (format == LogFormat.Strong)
        {
            if (!looksStrong)
            {
                problem = "expected a Strong export (a header with \"Date\", \"Exercise Name\", \"Set Order\", \"Weight\", \"Reps\"), found "
                    + (looksHevy ? "a Hevy export" : Describe(headers));
                return null;
            }
            return DetectStrong(names, headers.Count, out problem);
        }
        if (!looksHevy)
        {
            problem = "expected a Hevy export (a header with \"title\", \"start_time\", \"exercise_title\", \"set_type\", \"weight_kg\", \"reps\"), found "
                + (looksStrong ? "a Strong export" : Describe(headers));
            return null;
        }
        return DetectHevy(names, headers.Count, out problem);
    }

    // The columns every layout of an app names alike: each column with the header names that may stand for it (the first found wins).
    private static readonly (LogColumn Column, string[] Headers)[] _strongColumns =
    [
        (LogColumn.WorkoutNumber, ["Workout #"]), (LogColumn.Date, ["Date"]), (LogColumn.Title, ["Workout Name"]),
        (LogColumn.Exercise, ["Exercise Name"]), (LogColumn.SetOrder, ["Set Order"]), (LogColumn.Reps, ["Reps"]),
        (LogColumn.Rpe, ["RPE"]), (LogColumn.Seconds, ["Seconds"]),
    ];

    private static readonly (LogColumn Column, string[] Headers)[] _hevyColumns =
    [
        (LogColumn.Title, ["title"]), (LogColumn.Date, ["start_time"]), (LogColumn.End, ["end_time"]),
        (LogColumn.Exercise, ["exercise_title"]), (LogColumn.SetOrder, ["set_index"]), (LogColumn.SetType, ["set_type"]),
        (LogColumn.Weight, ["weight_kg", "weight_lbs"]), (LogColumn.Reps, ["reps"]), (LogColumn.Rpe, ["rpe"]),
        (LogColumn.Distance, ["distance_km", "distance_miles"]), (LogColumn.Seconds, ["duration_seconds"]),
    ];

    private static LogLayout? DetectStrong(Dictionary<string, int> names, int count, out string? problem)
    {
        var index = NewIndex(names, _strongColumns);
        string name;
        WeightUnit? unit = null;
        var durationInSeconds = false;
        if (names.ContainsKey("Weight Unit"))
        {
            name = "strong-legacy";
            Set(index, names, LogColumn.Weight, "Weight");
            Set(index, names, LogColumn.WeightUnit, "Weight Unit");
            Set(index, names, LogColumn.Distance, "Distance");
            Set(index, names, LogColumn.Duration, "Workout Duration");
        }
        else if (names.ContainsKey("Weight (kg)") || names.ContainsKey("Weight (lbs)") || names.ContainsKey("Weight (lb)"))
        {
            name = "strong-semicolon";
            unit = names.ContainsKey("Weight (kg)") ? WeightUnit.Kg : WeightUnit.Lb;
            Set(index, names, LogColumn.Weight, "Weight (kg)", "Weight (lbs)", "Weight (lb)");
            Set(index, names, LogColumn.Distance, "Distance (meters)", "Distance (km)", "Distance (miles)", "Distance (feet)", "Distance");
            durationInSeconds = names.ContainsKey("Duration (sec)");
            Set(index, names, LogColumn.Duration, "Duration (sec)", "Duration");
        }
        else
        {
            name = names.ContainsKey("Notes") || names.ContainsKey("Workout Notes") ? "strong-comma-12" : "strong-comma-10";
            Set(index, names, LogColumn.Weight, "Weight");
            Set(index, names, LogColumn.Distance, "Distance");
            Set(index, names, LogColumn.Duration, "Duration");
        }
        problem = Missing(index, LogColumn.Date, "Date") ?? Missing(index, LogColumn.Title, "Workout Name")
            ?? Missing(index, LogColumn.Weight, "Weight") ?? Missing(index, LogColumn.Reps, "Reps");
        return problem is null ? new LogLayout(name, LogFormat.Strong, count, index, unit, durationInSeconds) : null;
    }

    private static LogLayout? DetectHevy(Dictionary<string, int> names, int count, out string? problem)
    {
        var index = NewIndex(names, _hevyColumns);
        var unit = names.ContainsKey("weight_lbs") && !names.ContainsKey("weight_kg") ? WeightUnit.Lb : WeightUnit.Kg;
        var name = names.ContainsKey("superset_id") || names.ContainsKey("rpe") ? "hevy" : "hevy-short";
        problem = Missing(index, LogColumn.Title, "title") ?? Missing(index, LogColumn.Weight, "weight_kg\" or \"weight_lbs")
            ?? Missing(index, LogColumn.Reps, "reps");
        return problem is null ? new LogLayout(name, LogFormat.Hevy, count, index, unit, false) : null;
    }

    /// <summary>A column index (-1 for a column the header lacks) with <paramref name="columns"/> set.</summary>
    private static int[] NewIndex(Dictionary<string, int> names, (LogColumn Column, string[] Headers)[] columns)
    {
        var index = new int[Enum.GetValues<LogColumn>().Length];
        Array.Fill(index, -1);
        foreach (var (column, headers) in columns)
        {
            Set(index, names, column, headers);
        }
        return index;
    }

    private static void Set(int[] index, Dictionary<string, int> names, LogColumn column, params string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (names.TryGetValue(candidate, out var i))
            {
                index[(int)column] = i;
                return;
            }
        }
    }

    private static string? Missing(int[] index, LogColumn column, string name) =>
        index[(int)column] < 0 ? $"the header has no \"{name}\" column" : null;

    private static string Describe(IReadOnlyList<string> headers)
    {
        var text = string.Join(", ", headers.Select(h => "\"" + h.Trim() + "\""));
        if (text.Length > 100)
        {
            text = text[..100] + "…";
        }
        return text.Length == 0 ? "an empty first line" : "a first line of " + text;
    }
}
