using ScottPlot;

namespace Surge.Reports;

/// <summary>
/// The colours and line patterns of every figure's series, the same as the web charts'
/// (<c>src/Surge.Web/client/src/palette.js</c>, <c>OKABE_ITO</c>, <c>PALETTE</c> and <c>seriesStyle</c>): the
/// Okabe–Ito colours, distinguishable with every common colour-vision deficiency (Okabe M, Ito K. Color Universal
/// Design (CUD): how to make figures and presentations that are friendly to colorblind people. 2008.
/// https://jfly.uni-koeln.de/color/), their black left out as on the web; then grey. Past those eight colours the
/// series repeat them dotted, then dashed, so the 14 muscle groups stay apart.
/// </summary>
public static class SeriesColours
{
    /// <summary>Okabe &amp; Ito (2008): blue, orange, bluish green, reddish purple, vermillion, sky blue, yellow.</summary>
    public static IReadOnlyList<string> OkabeIto { get; } = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442"];

    /// <summary>The series colours in order: <see cref="OkabeIto"/>, then grey.</summary>
    public static IReadOnlyList<string> Palette { get; } = [.. OkabeIto, "#7F7F7F"];

    private static readonly Color[] _colours = [.. Palette.Select(Color.FromHex)];

    /// <summary>The colour of series <paramref name="index"/> (0 or more; counts past the palette wrap around).</summary>
    public static Color Colour(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return _colours[index % _colours.Length];
    }

    /// <summary>The line pattern of series <paramref name="index"/>: solid for the first eight, then dotted, then dashed.</summary>
    public static LinePattern Pattern(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return (index / _colours.Length % 3) switch
        {
            0 => LinePattern.Solid,
            1 => LinePattern.Dotted,
            _ => LinePattern.Dashed,
        };
    }

    /// <summary>A line of series <paramref name="index"/>: its colour and, past the eighth series, its pattern.</summary>
    public static ScottPlot.Plottables.Scatter Line(Plot plot, double[] xs, double[] ys, int index)
    {
        var line = plot.Add.ScatterLine(xs, ys, Colour(index));
        line.LinePattern = Pattern(index);
        return line;
    }
}
