namespace Surge.Reports;

/// <summary>
/// Units as people read them. The files keep the ASCII spelling (<c>ug/L</c>: JSON and CSV, docs/formats.md, a fixed
/// contract); the terminal shows <c>µg/L</c> when its output encoding can carry it (the CLI's ConsoleUnits), and the figures
/// always do (their fonts have µ).
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

    /// <summary><paramref name="unit"/> on a figure's axis: µg/L.</summary>
    public static string Figure(string unit) => For(unit, unicode: true);
}
