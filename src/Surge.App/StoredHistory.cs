using Surge.Catalogue;
using Surge.Logs;

namespace Surge.App;

/// <summary>Workouts read back from the store, made ready for analysis (surge history and /api/history).</summary>
public static class StoredHistory
{
    /// <summary>
    /// Sets stored without a catalogue match get one from the stored mappings (a mapping saved after the import applies to
    /// workouts already in the database).
    /// </summary>
    public static IReadOnlyList<LoggedWorkout> ApplyMappings(IReadOnlyList<LoggedWorkout> workouts, IReadOnlyDictionary<string, string> mappings, ExerciseCatalogue catalogue)
    {
        if (mappings.Count == 0)
        {
            return workouts;
        }
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, exercise) in mappings)
        {
            if (catalogue.Find(exercise) is { } found)
            {
                byName[name] = found.Name;
            }
        }
        return workouts.Select(w => w.Sets.Any(s => s.Exercise is null && byName.ContainsKey(s.ExerciseName))
            ? w with { Sets = w.Sets.Select(s => s.Exercise is null && byName.TryGetValue(s.ExerciseName, out var e) ? s with { Exercise = e } : s).ToArray() }
            : w).ToArray();
    }
}
