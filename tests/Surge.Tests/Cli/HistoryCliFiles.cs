using System.Globalization;
using System.Text;

namespace Surge.Tests.Cli;

/// <summary>Small exports for the import and history commands (the trivial layouts the temporary stand-in reader accepts).</summary>
internal static class HistoryCliFiles
{
    /// <summary>A Hevy export: <paramref name="weeks"/> weeks of a Monday leg day and a Wednesday arm day with one unknown exercise.</summary>
    public static string Hevy(TemporaryFolder folder, string name = "hevy.csv", int weeks = 6)
    {
        var text = new StringBuilder("title,start_time,exercise_title,set_type,weight_kg,reps,rpe\n");
        var monday = new DateTime(2026, 1, 5, 17, 0, 0);
        for (var w = 0; w < weeks; w++)
        {
            var legs = monday.AddDays(7 * w).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var arms = monday.AddDays(7 * w + 2).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"Legs,{legs},Squat (Barbell),warmup,60,10,\n");
            for (var s = 0; s < 5; s++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Legs,{legs},Squat (Barbell),normal,100,8,8\n");
            }
            for (var s = 0; s < 3; s++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Legs,{legs},Zercher Walk,normal,60,10,\n");
            }
            text.Append(CultureInfo.InvariantCulture, $"Legs,{legs},Plank,normal,,0,\n");
            for (var s = 0; s < 4; s++)
            {
                text.Append(CultureInfo.InvariantCulture, $"Arms,{arms},barbell curl,normal,35,10,9\n");
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
        File.WriteAllText(path, "Date,Workout Name,Exercise Name,Set Order,Weight,Reps,RPE\n2026-02-02 18:00:00,Push,Bench Press (Barbell),1,80,8,8\n2026-02-02 18:00:00,Push,Bench Press (Barbell),2,80,8,9\n");
        return path;
    }

    public static string Mapping(TemporaryFolder folder, string target = "zercher squat", string name = "map.yaml")
    {
        var path = folder.File(name);
        File.WriteAllText(path, $"# app name: catalogue exercise\nmappings:\n  \"Zercher Walk\": \"{target}\"\n");
        return path;
    }
}
