using ScottPlot;
using Surge.Trials;

namespace Surge.Reports;

/// <summary>
/// The figure of a trial (PNG or SVG): one panel per outcome, each subject's value per arm as a dot (spread sideways
/// by a fixed offset from its index, not at random), the arm's mean ± SD as a bar, and for a within design a thin
/// line joining each subject's values across arms (the first <see cref="MaximumPairedLines"/> subjects); beside each
/// panel, the histogram of the responses of each arm (counts per bin, drawn as a step line in the arm's colour).
/// </summary>
public static class TrialPlot
{
    public const int PanelHeightPixels = 320;

    /// <summary>Most subjects joined by lines in a within design (more would hide the dots).</summary>
    public const int MaximumPairedLines = 300;

    /// <summary>Bins of each histogram: about √n, between 5 and 30.</summary>
    public static int BinCount(int n) => Math.Clamp((int)Math.Round(Math.Sqrt(n)), 5, 30);

    /// <summary>
    /// The histogram of each arm's values over common bins spanning all arms: the bins' lower edges, their width and, per
    /// arm, the counts (Math.NET's <see cref="MathNet.Numerics.Statistics.Histogram"/>). All values equal: one bin of width 1.
    /// </summary>
    public static (double[] LowerEdges, double Width, int[][] Counts) Histograms(IReadOnlyList<IReadOnlyList<double>> arms)
    {
        var all = arms.SelectMany(a => a).ToArray();
        var low = all.Min();
        var high = all.Max();
        var bins = high > low ? BinCount(all.Length / Math.Max(1, arms.Count)) : 1;
        if (high <= low)
        {
            low -= 0.5;
            high += 0.5;
        }
        var width = (high - low) / bins;
        var edges = Enumerable.Range(0, bins).Select(i => low + i * width).ToArray();
        var counts = arms.Select(a =>
        {
            var histogram = new MathNet.Numerics.Statistics.Histogram(a, bins, low, high);
            return Enumerable.Range(0, bins).Select(i => (int)histogram[i].Count).ToArray();
        }).ToArray();
        return (edges, width, counts);
    }

    /// <summary>Draws the trial and writes <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string option, TrialResult result, IReadOnlyList<SubjectObservation> observations)
    {
        var multiplot = new Multiplot { Layout = new ScottPlot.MultiplotLayouts.Grid(result.OutcomeKeys.Count, 2) };
        while (multiplot.Subplots.Count > 0)
        {
            multiplot.Subplots.RemoveAt(0);
        }
        var ordered = observations.OrderBy(o => o.Subject).ThenBy(o => o.Arm).ToArray();
        var positions = Enumerable.Range(0, result.Arms.Count).Select(a => (double)a).ToArray();
        var labels = result.Arms.Select(a => a.Arm).ToArray();
        for (var o = 0; o < result.OutcomeKeys.Count; o++)
        {
            var plot = new Plot();
            if (result.Design == TrialDesign.Within)
            {
                foreach (var subject in ordered.GroupBy(x => x.Subject).Take(MaximumPairedLines))
                {
                    var points = subject.OrderBy(x => x.Arm).ToArray();
                    var line = plot.Add.ScatterLine(points.Select(x => x.Arm + Offset(x.Subject)).ToArray(), points.Select(x => x.Values[o]).ToArray(), Colors.Gray.WithAlpha(0.35));
                    line.LineWidth = 1;
                }
            }
            for (var a = 0; a < result.Arms.Count; a++)
            {
                var mine = ordered.Where(x => x.Arm == a).ToArray();
                var dots = plot.Add.ScatterPoints(mine.Select(x => a + Offset(x.Subject)).ToArray(), mine.Select(x => x.Values[o]).ToArray(), SeriesColours.Colour(a).WithAlpha(0.6));
                dots.MarkerSize = mine.Length > 2000 ? 2 : 4;
                var summary = result.Arms[a].Outcomes[o];
                var bar = plot.Add.ErrorBar(new[] { a + 0.3 }, new[] { summary.Mean }, new[] { summary.Sd });
                bar.Color = Colors.Black;
                bar.LineWidth = 2;
                var mean = plot.Add.ScatterPoints(new[] { a + 0.3 }, new[] { summary.Mean }, Colors.Black);
                mean.MarkerSize = 8;
            }
            plot.Axes.Bottom.SetTicks(positions, labels);
            plot.YLabel($"{result.OutcomeKeys[o]} (%)");
            plot.Axes.Left.Label.FontSize = 11;
            plot.Axes.SetLimitsX(-0.6, result.Arms.Count - 0.4);
            multiplot.AddPlot(plot);
            multiplot.AddPlot(HistogramPanel(result, ordered, o));
        }
        multiplot.Subplots.GetPlot(0).Title($"{(result.Design == TrialDesign.Parallel ? "Parallel" : "Within-subject")} trial, n = {result.N}: each subject (dots), mean ± SD (black)");
        PlotOutput.Save(path, option, multiplot, 2 * PlotOutput.WidthPixels, PanelHeightPixels * result.OutcomeKeys.Count);
    }

    private static Plot HistogramPanel(TrialResult result, IReadOnlyList<SubjectObservation> ordered, int outcome)
    {
        var plot = new Plot();
        var values = Enumerable.Range(0, result.Arms.Count)
            .Select(a => (IReadOnlyList<double>)ordered.Where(x => x.Arm == a).Select(x => x.Values[outcome]).ToArray()).ToArray();
        var (edges, width, counts) = Histograms(values);
        for (var a = 0; a < result.Arms.Count; a++)
        {
            // A closed step outline: from the first lower edge to the last upper edge.
            var xs = edges.Append(edges[^1] + width).ToArray();
            var ys = counts[a].Select(c => (double)c).Append(counts[a][^1]).ToArray();
            var step = plot.Add.ScatterLine(xs, ys, SeriesColours.Colour(a));
            step.ConnectStyle = ConnectStyle.StepHorizontal;
            step.LineWidth = 2;
            step.LegendText = result.Arms[a].Arm;
        }
        plot.XLabel($"{result.OutcomeKeys[outcome]} (%)");
        plot.YLabel("subjects per bin");
        plot.Axes.Left.Label.FontSize = 11;
        plot.ShowLegend();
        return plot;
    }

    /// <summary>A fixed sideways offset in −0.25…+0.25 from the subject's index (a golden-ratio sequence).</summary>
    private static double Offset(int subject) => ((subject * 0.6180339887498949) % 1.0 - 0.5) * 0.5;
}
