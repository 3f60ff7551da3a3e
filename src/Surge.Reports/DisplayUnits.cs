using Spectre.Console;

namespace Surge.Reports;

/// <summary>
/// Units as people read them. The files keep the ASCII spelling (<c>ug/L</c>: JSON and CSV, docs/formats.md, a fixed
/// contract); the terminal shows <c>µg/L</c> when its output encoding can carry it (Spectre's Unicode capability: the
/// console's output encoding, or the writer's, is a Unicode one), and the figures always do (their fonts have µ).
/// </summary>
public static class DisplayUnits
{
    /// <summary>
    /// <paramref name="unit"/> with a leading <c>ug/</c> written <c>µg/</c> (<c>ug/L</c>, <c>ug/dL</c>) when
    /// <paramref name="unicode"/>; any other unit, or without Unicode, as it is.
    /// </summary>
    public static string For(string unit, bool unicode)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unicode && unit.StartsWith("ug/", StringComparison.Ordinal) ? "µ" + unit[1..] : unit;
    }

    /// <summary><paramref name="unit"/> as <paramref name="console"/> can show it (µg/L on a Unicode output, else ug/L).</summary>
    public static string For(string unit, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return For(unit, console.Profile.Capabilities.Unicode);
    }

    /// <summary>
    /// <paramref name="text"/> with every unit <c>ug/…</c> in it (<c>21.20 ± 18.10 ug/L (n=8)</c>) written <c>µg/…</c>
    /// when <paramref name="console"/> can show it.
    /// </summary>
    public static string InText(string text, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(console);
        return console.Profile.Capabilities.Unicode ? _microgram.Replace(text, "µg/") : text;
    }

    private static readonly System.Text.RegularExpressions.Regex _microgram = new(@"(?<![A-Za-z])ug/", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary><paramref name="unit"/> on a figure's axis: µg/L.</summary>
    public static string Figure(string unit) => For(unit, unicode: true);
}
