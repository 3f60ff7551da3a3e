using System.Globalization;
using System.Text;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary>Small exports for the import and history commands (real Hevy and Strong comma layouts, no quoted commas so the temporary stand-in reader accepts them).</summary>
internal static class HistoryCliFiles
{
    /// <summary>Hevy's full header (imports.md).</summary>
    public const string HevyHeader =
        "\"title\",\"start_time\",\"end_time\",\"description\",\"exercise_title\",\"superset_id\",\"exercise_notes\",\"set_index\",\"set_type\",\"weight_kg\",\"reps\",\"distance_km\",\"duration_seconds\",\"rpe\"";

    private static string HevyRow(string title, DateTime start, string exercise, int index, string type, string kg, string reps, string seconds, string rpe) =>
        string.Create(CultureInfo.InvariantCulture,
            $"\"{title}\",\"{start:yyyy-MM-dd HH:mm:ss}\",\"{start.AddHours(1):yyyy-MM-dd HH:mm:ss}\",\"\",\"{exercise}\",,\"\",{index},\"{type}\",{kg},{reps},,{seconds},{rpe}\n");

    /// <summary>A Hevy export: <paramref name="weeks"/> weeks of a Monday leg day and a Wednesday arm day with one unknown exercise.</summary>
    public static string Hevy(TemporaryFolder folder, string name = "hevy.csv", int weeks = 6)
    {
        var text = new StringBuilder(HevyHeader + "\n");
        var monday = new DateTime(2026, 1, 5, 17, 0, 0);
        for (var w = 0; w < weeks; w++)
        {
            var legs = monday.AddDays(7 * w);
            var arms = monday.AddDays(7 * w + 2);
            text.Append(HevyRow("Legs", legs, "Squat (Barbell)", 0, "warmup", "60", "10", "", ""));
            for (var s = 0; s < 5; s++)
            {
                text.Append(HevyRow("Legs", legs, "Squat (Barbell)", s + 1, "normal", "100", "8", "", "8"));
            }
            for (var s = 0; s < 3; s++)
            {
                text.Append(HevyRow("Legs", legs, "Zercher Walk", s, "normal", "60", "10", "", ""));
            }
            text.Append(HevyRow("Legs", legs, "Plank", 0, "normal", "", "", "60", ""));
            for (var s = 0; s < 4; s++)
            {
                text.Append(HevyRow("Arms", arms, "barbell curl", s, "normal", "35", "10", "", "9"));
            }
        }
        var path = folder.File(name);
        File.WriteAllText(path, text.ToString());
        return path;
    }

    /// <summary>A Strong comma export without a weight unit.</summary>
    public static string StrongWithoutUnit(TemporaryFolder folder)
    {
        var path = folder.File("strong.csv");
        File.WriteAllText(path, "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n2026-02-02 18:00:00,Push,45m,Bench Press (Barbell),1,80,8,0,0,8\n2026-02-02 18:00:00,Push,45m,Bench Press (Barbell),2,80,8,0,0,9\n");
        return path;
    }

    public static string Mapping(TemporaryFolder folder, string target = "zercher squat", string name = "map.yaml")
    {
        var path = folder.File(name);
        File.WriteAllText(path, $"# app name: catalogue exercise\nmappings:\n  \"Zercher Walk\": \"{target}\"\n");
        return path;
    }
}
