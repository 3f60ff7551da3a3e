using System.Globalization;
using System.Text;
using Surge.Simulation;
using Surge.Uncertainty;

namespace Surge.Reports;

/// <summary>The time series as a tidy long table: <c>t_min,measure,value,unit</c>, invariant culture.</summary>
public static class CsvOutput
{
    public const string Header = "t_min,measure,value,unit";

    /// <summary>The header with <c>--uncertainty</c>: the draws' 5th, 50th and 95th percentiles after the unit.</summary>
    public const string UncertaintyHeader = Header + ",p05,p50,p95";

    /// <summary>
    /// The CSV text: a header, then one row per measure and minute (measures in output order); with
    /// <paramref name="uncertainty"/> each row also has the draws' percentiles (empty past the shortest draw's record).
    /// </summary>
    public static string TimeSeries(SimulationResult result, SessionUncertainty? uncertainty = null)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(uncertainty is null ? Header : UncertaintyHeader).Append('\n');
        foreach (var measure in result.Measures)
        {
            var id = measure.Measure.Id();
            var bands = uncertainty?[measure.Measure].Series;
            for (var i = 0; i < measure.Values.Count; i++)
            {
                text.Append(i.ToString(c)).Append(',')
                    .Append(id).Append(',')
                    .Append(measure.Values[i].ToString("R", c)).Append(',')
                    .Append(measure.Unit);
                if (bands is not null)
                {
                    text.Append(',');
                    if (i < bands.Count)
                    {
                        text.Append(bands[i].P05.ToString("R", c)).Append(',').Append(bands[i].P50.ToString("R", c)).Append(',').Append(bands[i].P95.ToString("R", c));
                    }
                    else
                    {
                        text.Append(",,");
                    }
                }
                text.Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>Writes <see cref="TimeSeries"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, SimulationResult result, SessionUncertainty? uncertainty = null)
    {
        var text = TimeSeries(result, uncertainty);
        OutputFile.Write(path, "--csv", temporary => File.WriteAllText(temporary, text, new UTF8Encoding(false)));
    }
}
