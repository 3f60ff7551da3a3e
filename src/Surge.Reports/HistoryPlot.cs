using ScottPlot;
using Surge.Catalogue;
using Surge.History;

namespace Surge.Reports;

/// <summary>
/// The <c>surge history --plot</c> figure (PNG or SVG): panel 1 weekly hard sets per trained muscle group over time, with
/// the 10 and 20 sets bands; panel 2 the projected size change per muscle group over the next weeks.
/// </summary>
public static class HistoryPlot
{
    public const int PanelHeightPixels = 360;

    public static void Write(string path, string option, HistoryReport report)
    {
        var groups = MuscleGroups.All.Where(g => report.Weeks.Any(w => w.HardSets[g] > 0)).ToList();

        var sets = new Plot();
        var x = report.Weeks.Select(w => w.WeekStart.ToDateTime(TimeOnly.MinValue).ToOADate()).ToArray();
        for (var k = 0; k < groups.Count; k++)
        {
            var values = report.Weeks.Select(w => w.HardSets[groups[k]]).ToArray();
            var line = SeriesColours.Line(sets, x, values, k);
            line.LineWidth = 2;
            line.LegendText = groups[k].Id();
        }
        foreach (var edge in new[] { VolumeBands.LowerSetsPerWeek, VolumeBands.UpperSetsPerWeek })
        {
            var band = sets.Add.HorizontalLine(edge, 1, Colors.Gray, LinePattern.Dashed);
            band.LabelText = $"{edge:0} sets";
        }
        var dates = sets.Axes.DateTimeTicksBottom();
        if (dates.TickGenerator is ScottPlot.TickGenerators.DateTimeAutomatic ticks)
        {
            ticks.LabelFormatter = date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        var most = report.Weeks.Count == 0 ? 0.0 : report.Weeks.Max(w => w.HardSets.Values.Max());
        sets.Axes.SetLimitsY(0, Math.Max(VolumeBands.UpperSetsPerWeek, most) * 1.1);
        sets.Title("Hard sets per week per muscle group (weeks from Monday; dashed: 10 and 20 sets)");
        sets.YLabel("hard sets per week");
        sets.ShowLegend(Alignment.UpperLeft);

        var projection = new Plot();
        var weeks = Enumerable.Range(0, report.Projection.Weekly.Count + 1).Select(w => (double)w).ToArray();
        var projected = MuscleGroups.All.Where(g => report.Projection.HardSetsPerWeek[g] > 0 || Math.Abs(report.Projection.SizeChangePct[g]) >= 0.05).ToList();
        for (var k = 0; k < projected.Count; k++)
        {
            var group = projected[k];
            double[] values = [0.0, .. report.Projection.Weekly.Select(w => w[group])];
            var line = SeriesColours.Line(projection, weeks, values, Math.Max(0, groups.IndexOf(group)));
            line.LineWidth = 2;
            line.LegendText = group.Id();
        }
        projection.Title($"Projected size change if the last {HistoryAnalyzer.BasisWeeks} weeks of training continue");
        projection.YLabel("size change (%)");
        projection.XLabel("week from today");
        projection.Axes.SetLimitsX(0, Math.Max(1, report.Projection.Weeks));
        projection.ShowLegend(Alignment.UpperLeft);

        var multiplot = new Multiplot { Layout = new ScottPlot.MultiplotLayouts.Rows() };
        while (multiplot.Subplots.Count > 0)
        {
            multiplot.Subplots.RemoveAt(0);
        }
        multiplot.AddPlot(sets);
        multiplot.AddPlot(projection);
        PlotOutput.Save(path, option, multiplot, PlotOutput.WidthPixels, 2 * PanelHeightPixels);
    }
}
