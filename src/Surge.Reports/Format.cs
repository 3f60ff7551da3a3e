using System.Globalization;

namespace Surge.Reports;

/// <summary>Numbers for people: invariant culture, sensible precision, always with their unit.</summary>
public static class Format
{
    private static readonly CultureInfo _invariant = CultureInfo.InvariantCulture;

    /// <summary>A concentration or other value with about four significant digits and its unit.</summary>
    public static string Value(double value, string unit) => Number(value) + " " + unit;

    /// <summary>A value with about four significant digits, no unit.</summary>
    public static string Number(double value)
    {
        var magnitude = Math.Abs(value);
        var format = magnitude >= 1000 ? "0" : magnitude >= 100 ? "0.0" : magnitude >= 10 ? "0.00" : "0.000";
        return value.ToString(format, _invariant);
    }

    /// <summary>A signed percentage, e.g. "+25.1 %".</summary>
    public static string SignedPercent(double percent) => percent.ToString("+0.0;-0.0;0.0", _invariant) + " %";

    /// <summary>
    /// A change from baseline for people to read: a signed percentage up to +400 %, a fold change beyond it (GH rises
    /// a hundred-fold from its tiny resting level; "+11297 %" says less than "× 114"), e.g. "+25.1 %", "× 114".
    /// </summary>
    public static string Change(double percent)
    {
        if (percent <= 400.0 || !double.IsFinite(percent))
        {
            return SignedPercent(percent);
        }
        var fold = 1.0 + percent / 100.0;
        return "× " + fold.ToString(fold >= 100 ? "0" : "0.0", _invariant);
    }

    /// <summary>A percentage, e.g. "35.0 %".</summary>
    public static string Percent(double percent) => percent.ToString("0.0", _invariant) + " %";

    /// <summary>Minutes, e.g. "53.0 min".</summary>
    public static string Minutes(double minutes) => minutes.ToString("0.0", _invariant) + " min";

    /// <summary>Signed minutes, e.g. "+3.0 min".</summary>
    public static string SignedMinutes(double minutes) => minutes.ToString("+0.0;-0.0;0.0", _invariant) + " min";

    /// <summary>Minutes relative to a moment: "1.6 min after", "6.4 min before", "0.0 min" (at it).</summary>
    public static string MinutesFrom(double minutes) =>
        Math.Round(minutes, 1) switch
        {
            > 0 => Minutes(minutes) + " after",
            < 0 => Minutes(-minutes) + " before",
            _ => Minutes(0),
        };

    /// <summary>Kilograms, e.g. "14.2 kg".</summary>
    public static string Kilograms(double kilograms) => kilograms.ToString("0.#", _invariant) + " kg";

    /// <summary>A dimensionless figure with two decimals.</summary>
    public static string Plain(double value) => value.ToString("0.00", _invariant);

    /// <summary>Local clock time, e.g. "2026-11-20 17:30".</summary>
    public static string Clock(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", _invariant);

    /// <summary>Local ISO time for JSON, e.g. "2026-11-20T17:30:00".</summary>
    public static string IsoLocal(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss", _invariant);

    /// <summary>An integer.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "Format.Integer names what it formats, like its neighbours; renaming would only obscure the call sites.")]
    public static string Integer(int value) => value.ToString(_invariant);
}
