using System.Globalization;
using System.Text;
using Surge.Catalogue;

namespace Surge.Reports;

/// <summary>
/// The weekly state of a program as a tidy long table <c>week,kind,name,value,unit</c> (invariant culture);
/// kind is <c>muscle</c>, <c>side_left</c>, <c>side_right</c>, <c>strength</c>, <c>resting_testosterone</c> or <c>hard_sets</c>.
/// </summary>
public static class ProgramCsv
{
    public const string Header = "week,kind,name,value,unit";

    /// <summary>The CSV text: a header, then per week every muscle group (mean and each side), every exercise, resting testosterone and hard sets.</summary>
    public static string Weekly(SimulatedProgram program)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var week in program.Result.Weekly)
        {
            var number = week.Week.ToString(CultureInfo.InvariantCulture);
            void Row(string kind, string name, double value, string unit) =>
                text.Append(number).Append(',').Append(kind).Append(',').Append(Quote(name)).Append(',')
                    .Append(value.ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(unit).Append('\n');

            foreach (var group in MuscleGroups.All)
            {
                if (week.Muscles.TryGetValue(group, out var change))
                {
                    Row("muscle", group.Id(), change.SizeChangePct, "%");
                    Row("side_left", group.Id(), change.LeftPct, "%");
                    Row("side_right", group.Id(), change.RightPct, "%");
                }
            }
            foreach (var strength in SimulatedProgram.DistinctByName(week.Strength))
            {
                Row("strength", strength.Exercise, strength.OneRmChangePct, "%");
            }
            Row("resting_testosterone", "total_testosterone", week.RestingTestosteroneNmolPerL, "nmol/L");
            foreach (var group in MuscleGroups.All)
            {
                Row("hard_sets", group.Id(), week.HardSets.TryGetValue(group, out var sets) ? sets : 0.0, "sets/week");
            }
        }
        return text.ToString();
    }

    /// <summary>Writes <see cref="Weekly"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string option, SimulatedProgram program)
    {
        var text = Weekly(program);
        OutputFile.Write(path, option, temporary => File.WriteAllText(temporary, text, new UTF8Encoding(false)));
    }

    /// <summary>A CSV field: quoted (quotes doubled) when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
