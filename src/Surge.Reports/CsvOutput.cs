using System.Globalization;
using System.Text;
using Surge.Simulation;

namespace Surge.Reports;

/// <summary>The time series as a tidy long table: <c>t_min,measure,value,unit</c>, invariant culture.</summary>
public static class CsvOutput
{
    public const string Header = "t_min,measure,value,unit";

    /// <summary>The CSV text: a header, then one row per measure and minute (measures in output order).</summary>
    public static string TimeSeries(SimulationResult result)
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var measure in result.Measures)
        {
            var id = measure.Measure.Id();
            for (var i = 0; i < measure.Values.Count; i++)
            {
                text.Append(i.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(id).Append(',')
                    .Append(measure.Values[i].ToString("R", CultureInfo.InvariantCulture)).Append(',')
                    .Append(measure.Unit).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>Writes <see cref="TimeSeries"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, SimulationResult result)
    {
        var text = TimeSeries(result);
        OutputFile.Write(path, "--csv", temporary => File.WriteAllText(temporary, text, new UTF8Encoding(false)));
    }
}
