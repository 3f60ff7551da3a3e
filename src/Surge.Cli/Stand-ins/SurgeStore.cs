// TEMPORARY stand-in: replaced by Surge.Storage at merge
using System.Text.Json;
using Surge.Logs;

namespace Surge.Storage;

public sealed class StoreException(string message) : Exception(message);

public sealed record ImportResult(int WorkoutsAdded, int WorkoutsAlreadyPresent, int SetsAdded);

/// <summary>Stand-in store: every athlete's workouts and the mappings in one JSON file at the connection path.</summary>
public sealed class SurgeStore : IDisposable
{
    private readonly string _path;
    private readonly Data _data;

    private SurgeStore(string path, Data data)
    {
        _path = path;
        _data = data;
    }

    public static SurgeStore Open(string? connection)
    {
        connection ??= Environment.GetEnvironmentVariable("SURGE_DB");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "surge", "surge.db");
        }
        if (connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connection.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            throw new StoreException("PostgreSQL is not available in the stand-in store");
        }
        var path = connection.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase) ? connection["Data Source=".Length..] : connection;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null || !Directory.Exists(folder))
        {
            throw new StoreException($"cannot open the database '{path}': the folder does not exist");
        }
        if (!File.Exists(path))
        {
            return new SurgeStore(path, new Data());
        }
        try
        {
            return new SurgeStore(path, JsonSerializer.Deserialize<Data>(File.ReadAllText(path)) ?? new Data());
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new StoreException($"cannot open the database '{path}': {e.Message}");
        }
    }

    public ImportResult Import(WorkoutLog log, string sourceFile, string athlete = "default")
    {
        if (!_data.Workouts.TryGetValue(athlete, out var list))
        {
            _data.Workouts[athlete] = list = [];
        }
        var keys = list.Select(w => w.Key).ToHashSet();
        int added = 0, present = 0, sets = 0;
        foreach (var workout in log.Workouts)
        {
            if (!keys.Add(workout.Key))
            {
                present++;
                continue;
            }
            list.Add(workout);
            added++;
            sets += workout.Sets.Count;
        }
        Save();
        return new ImportResult(added, present, sets);
    }

    public IReadOnlyDictionary<string, string> Mappings() => _data.Mappings;

    public void SaveMappings(IReadOnlyDictionary<string, string> mappings)
    {
        foreach (var (name, exercise) in mappings)
        {
            _data.Mappings[name] = exercise;
        }
        Save();
    }

    public IReadOnlyList<LoggedWorkout> Workouts(DateOnly? from = null, DateOnly? to = null, string athlete = "default") =>
        _data.Workouts.TryGetValue(athlete, out var list)
            ? list.Where(w => (from is null || DateOnly.FromDateTime(w.Start) >= from) && (to is null || DateOnly.FromDateTime(w.Start) <= to))
                .OrderBy(w => w.Start).ToList()
            : [];

    public void Dispose()
    {
    }

    private void Save() => File.WriteAllText(_path, JsonSerializer.Serialize(_data));

    private sealed class Data
    {
        public Dictionary<string, List<LoggedWorkout>> Workouts { get; set; } = [];

        public Dictionary<string, string> Mappings { get; set; } = [];
    }
}
