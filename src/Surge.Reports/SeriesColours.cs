using ScottPlot;

namespace Surge.Reports;

/// <summary>
/// The colours and line patterns of every figure's series, the same as the web charts' light scheme
/// (<c>src/Surge.Web/client/src/palette.js</c>, <c>OKABE_ITO</c>, <c>PALETTE</c> and <c>seriesStyle</c>): the
/// Okabe–Ito colours, distinguishable with every common colour-vision deficiency (Okabe M, Ito K. Color Universal
/// Design (CUD): how to make figures and presentations that are friendly to colorblind people. 2008.
/// https://jfly.uni-koeln.de/color/), with their light colours darkened so that every series reaches 3:1 on the
/// figures' white background (WCAG 2.x 1.4.11): the orange as a brown, the sky blue as an azure, the reddish purple a
/// little darker and Okabe–Ito's black in the yellow's place; then grey. Past those eight colours the series repeat
/// them dotted, then dashed, so the 14 muscle groups stay apart. docs/web.md has the contrast of every colour.
/// </summary>
public static class SeriesColours
{
    /// <summary>
    /// Okabe &amp; Ito (2008) for a white background: blue, brown (their orange darkened), bluish green, reddish purple
    /// (darkened a little), vermillion, azure (their sky blue darkened), black (in place of their yellow).
    /// </summary>
    public static IReadOnlyList<string> OkabeIto { get; } = ["#0072B2", "#8A5230", "#009E73", "#C4719F", "#D55E00", "#1A8FF0", "#000000"];

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
