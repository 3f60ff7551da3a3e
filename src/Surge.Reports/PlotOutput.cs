using ScottPlot;
using SkiaSharp;
using Surge.Simulation;

namespace Surge.Reports;

/// <summary>A figure with one panel per measure (stacked, same time axis), PNG or SVG.</summary>
public static class PlotOutput
{
    /// <summary>Accepted image types.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".png", ".svg"];

    public const int WidthPixels = 1000;
    public const int PanelHeightPixels = 260;

    /// <summary>
    /// Fails with a clear message unless <paramref name="path"/> ends in an accepted extension, can be written and is
    /// none of <paramref name="inputs"/> (see <see cref="OutputFile.CheckWritable(string, string, IEnumerable{string})"/>).
    /// </summary>
    public static void Validate(string path, string option, IEnumerable<string> inputs)
    {
        CheckExtension(path, option);
        OutputFile.CheckWritable(path, option, inputs);
    }

    /// <summary>Fails with a clear message unless <paramref name="path"/> ends in an accepted extension and can be written.</summary>
    public static void Validate(string path, string option)
    {
        CheckExtension(path, option);
        OutputFile.CheckWritable(path, option);
    }

    private static void CheckExtension(string path, string option)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!Extensions.Contains(extension))
        {
            var got = extension.Length == 0 ? "no extension" : $"'{extension}'";
            throw new ReportException($"{option}: cannot write '{path}': unknown image type ({got}); accepted: {string.Join(", ", Extensions)}");
        }
    }

    /// <summary>Draws <paramref name="sessions"/> (one curve each, legend by file when several) and writes <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string option, IReadOnlyList<SimulatedSession> sessions)
    {
        Save(path, option, Build(sessions), WidthPixels, PanelHeightPixels * Measures.All.Count);
    }

    /// <summary>Draws <paramref name="sessions"/> as <see cref="Write"/> does, into memory: PNG bytes, or SVG when <paramref name="svg"/>.</summary>
    public static byte[] Render(IReadOnlyList<SimulatedSession> sessions, bool svg)
    {
        var multiplot = Build(sessions);
        var (width, height) = (WidthPixels, PanelHeightPixels * Measures.All.Count);
        if (!svg)
        {
            using var surface = SKSurface.Create(new SKImageInfo(width, height));
            multiplot.Render(surface.Canvas, new PixelRect(0, width, height, 0));
            using var image = surface.Snapshot();
            using var png = image.Encode(SKEncodedImageFormat.Png, 100);
            return png.ToArray();
        }
        return RenderSvg(multiplot, width, height);
    }

    /// <summary>
    /// The SVG of <paramref name="multiplot"/>, drawn in memory: Skia writes through a native callback, where an
    /// exception (a full disk) cannot be caught and ends the process, so files get the finished bytes instead.
    /// </summary>
    private static byte[] RenderSvg(Multiplot multiplot, int width, int height)
    {
        using var stream = new MemoryStream();
        using (var canvas = SKSvgCanvas.Create(SKRect.Create(width, height), stream))
        {
            multiplot.Render(canvas, new PixelRect(0, width, height, 0));
        }
        return stream.ToArray();
    }

    /// <summary>Renders <paramref name="multiplot"/> to <paramref name="path"/> (PNG or SVG by extension), atomically.</summary>
    public static void Save(string path, string option, Multiplot multiplot, int width, int height)
    {
        var svg = Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);
        OutputFile.Write(path, option, temporary =>
        {
            if (svg)
            {
                File.WriteAllBytes(temporary, RenderSvg(multiplot, width, height));
            }
            else
            {
                multiplot.SavePng(temporary, width, height);
            }
        });
    }

    private static Multiplot Build(IReadOnlyList<SimulatedSession> sessions)
    {
        var multiplot = new Multiplot { Layout = new ScottPlot.MultiplotLayouts.Rows() };
        while (multiplot.Subplots.Count > 0)
        {
            multiplot.Subplots.RemoveAt(0);
        }
        var several = sessions.Count > 1;
        var tMax = sessions.Max(s => Math.Max(1, s.Result.PointCount - 1));
        var plots = new List<Plot>();
        foreach (var measure in Measures.All)
        {
            var plot = new Plot();
            for (var k = 0; k < sessions.Count; k++)
            {
                var result = sessions[k].Result;
                var color = SeriesColours.Colour(k);
                foreach (var set in result.Sets)
                {
                    var span = plot.Add.HorizontalSpan(set.StartMin, set.EndMin, color.WithAlpha(several ? 0.10 : 0.18));
                    span.LineWidth = 0;
                }
                var series = result[measure];
                var t = Enumerable.Range(0, series.Values.Count).Select(i => (double)i).ToArray();
                if (sessions[k].Uncertainty?[measure] is { } band)
                {
                    // The central 90 % of the parameter draws, shaded in the curve's colour beneath it.
                    var bandT = t[..Math.Min(t.Length, band.Series.Count)];
                    var fill = plot.Add.FillY(bandT, band.Series.Take(bandT.Length).Select(b => b.P05).ToArray(), band.Series.Take(bandT.Length).Select(b => b.P95).ToArray());
                    fill.FillStyle.Color = color.WithAlpha(0.25);
                    fill.LineStyle.Width = 0;
                    if (measure == Measures.All[0])
                    {
                        fill.LegendText = several ? sessions[k].Name + ": 90 % of the parameter draws" : "90 % of the parameter draws";
                    }
                }
                var baseline = plot.Add.ScatterLine(t, series.NoExerciseValues.ToArray(), color.WithAlpha(0.7));
                baseline.LinePattern = LinePattern.Dashed;
                baseline.LineWidth = 1.5f;
                var curve = plot.Add.ScatterLine(t, series.Values.ToArray(), color);
                curve.LineWidth = 2;
                curve.LinePattern = SeriesColours.Pattern(k);
                if (several && measure == Measures.All[0])
                {
                    curve.LegendText = sessions[k].Name;
                }
                else if (!several && measure == Measures.All[0])
                {
                    curve.LegendText = "session";
                    baseline.LegendText = "no-exercise baseline";
                }
            }
            plot.YLabel($"{ShortTitle(measure)} ({DisplayUnits.Figure(measure.Unit())})");
            plot.Axes.Left.Label.FontSize = 14;
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsX(0, tMax);
            plots.Add(plot);
            multiplot.AddPlot(plot);
        }
        var title = string.Join(" vs ", sessions.Select(s => s.Name));
        plots[0].Title(several ? $"{title} (shaded: sets; dashed: no-exercise baselines)" : $"{title}: hormones and lactate (shaded: sets; dashed: no-exercise baseline)");
        plots[0].ShowLegend(Alignment.UpperRight);
        plots[^1].XLabel("time since the first set (min)");
        plots[^1].Axes.Bottom.Label.FontSize = 14;
        multiplot.SharedAxes.ShareX(plots);
        return multiplot;
    }

    private static string ShortTitle(Measure measure) => measure switch
    {
        Measure.TotalTestosterone => "Total T",
        Measure.FreeTestosterone => "Free T",
        Measure.GrowthHormone => "GH",
        _ => measure.Title(),
    };
}
