using Spectre.Console;
using Surge.Reports;

namespace Surge.Cli.Terminal;

/// <summary>
/// Units as the terminal can show them: <c>µg/L</c> when its output encoding can carry it (Spectre's Unicode capability:
/// the console's output encoding, or the writer's, is a Unicode one), else <c>ug/L</c> (<see cref="DisplayUnits"/>).
/// </summary>
public static class ConsoleUnits
{
    /// <summary><paramref name="unit"/> as <paramref name="console"/> can show it (µg/L on a Unicode output, else ug/L).</summary>
    public static string For(string unit, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return DisplayUnits.For(unit, console.Profile.Capabilities.Unicode);
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
}
