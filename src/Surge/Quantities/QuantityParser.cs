using System.Globalization;
using System.Text.RegularExpressions;

namespace Surge.Quantities;

/// <summary>The unit a bare number (no unit written) is taken in, for time spans.</summary>
public enum TimeSpanUnit
{
    Seconds,
    Minutes,
    Hours,
}

/// <summary>
/// Parses quantities as written in Surge files (formats.md, "Quantities"): a number and a unit in one string,
/// units case-insensitive, the space between them optional, numbers in the invariant culture (a dot as the
/// decimal separator). Expected failures return a failed <see cref="QuantityParseResult{T}"/> whose message
/// names the accepted units and the value given; nothing here throws for bad input.
/// </summary>
public static partial class QuantityParser
{
    /// <summary>Nanograms per decilitre in one nanomole per litre of testosterone (molar mass 288.4 g/mol).</summary>
    public const double TestosteroneNgPerDlPerNmolPerL = 28.84;

    /// <summary>Lowest accepted testosterone level, nmol/L.</summary>
    public const double MinimumTestosteroneNmolPerL = 0.1;

    /// <summary>Highest accepted testosterone level, nmol/L.</summary>
    public const double MaximumTestosteroneNmolPerL = 150.0;

    /// <summary>Heaviest accepted absolute load, kg.</summary>
    public const double MaximumAbsoluteLoadKg = 1000.0;

    /// <summary>Most repetitions accepted in an NRM load.</summary>
    public const int MaximumRepetitionMaximum = 100;

    [GeneratedRegex(@"^\s*(?<number>[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*(?<unit>.*?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityPattern();

    /// <summary>Splits <paramref name="text"/> into a finite number and a lower-case unit with spaces removed (empty when none).</summary>
    internal static bool TrySplit(string? text, out double number, out string unit)
    {
        number = 0;
        unit = "";
        if (text is null || text.Length > 200)
        {
            return false;
        }
        var match = QuantityPattern().Match(text);
        if (!match.Success
            || !double.TryParse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            || !double.IsFinite(number))
        {
            return false;
        }
        unit = string.Concat(match.Groups["unit"].Value.Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();
        return true;
    }

    /// <summary>Quotes a value for a message, shortened when long.</summary>
    internal static string Quote(string? text)
    {
        if (text is null)
        {
            return "nothing";
        }
        var shown = text.Length > 40 ? text[..40] + "…" : text;
        return "'" + shown + "'";
    }

    /// <summary>A mass in <c>kg</c> or <c>lb</c>/<c>lbs</c>; a bare number is kg. Must be ≥ 0.</summary>
    public static QuantityParseResult<Mass> ParseMass(string? text)
    {
        const string expected = "expected a mass in kg or lb (e.g. 80 kg, 175 lb; a bare number is kg)";
        if (!TrySplit(text, out var number, out var unit))
        {
            return QuantityParseResult<Mass>.Fail($"{expected}, got {Quote(text)}");
        }
        if (number < 0)
        {
            return QuantityParseResult<Mass>.Fail($"a mass cannot be negative, got {Quote(text)}");
        }
        return unit switch
        {
            "" or "kg" or "kgs" => QuantityParseResult<Mass>.Ok(Mass.FromKilograms(number)),
            "lb" or "lbs" => QuantityParseResult<Mass>.Ok(Mass.FromPounds(number)),
            _ => QuantityParseResult<Mass>.Fail($"{expected}, got {Quote(text)} (unknown unit '{unit}')"),
        };
    }

    /// <summary>
    /// A set's load: absolute in <c>kg</c> or <c>lb</c> (a bare number is kg; 0–1000 kg), relative in <c>%1RM</c>
    /// (more than 0, at most 100) or an N-repetition maximum <c>NRM</c> (N an integer 1–100).
    /// </summary>
    public static QuantityParseResult<Load> ParseLoad(string? text)
    {
        const string expected = "expected a load in kg, lb, %1RM or NRM (e.g. 60 kg, 135 lb, 75 %1RM, 10RM)";
        if (!TrySplit(text, out var number, out var unit))
        {
            return QuantityParseResult<Load>.Fail($"{expected}, got {Quote(text)}");
        }
        switch (unit)
        {
            case "%1rm" or "%rm" or "%":
                if (number <= 0)
                {
                    return QuantityParseResult<Load>.Fail($"a relative load must be more than 0 %1RM, got {Quote(text)}");
                }
                if (number > 100)
                {
                    return QuantityParseResult<Load>.Fail($"a relative load must be at most 100 %1RM, got {Quote(text)}");
                }
                return QuantityParseResult<Load>.Ok(Load.PercentOfOneRm(number));
            case "rm":
                if (number != Math.Floor(number) || number < 1 || number > MaximumRepetitionMaximum)
                {
                    return QuantityParseResult<Load>.Fail(
                        $"an NRM load needs a whole number of repetitions from 1 to {MaximumRepetitionMaximum} (e.g. 10RM), got {Quote(text)}");
                }
                return QuantityParseResult<Load>.Ok(Load.RepetitionMaximum((int)number));
            case "" or "kg" or "kgs" or "lb" or "lbs":
                var kilograms = unit.StartsWith("lb", StringComparison.Ordinal) ? number * Mass.KilogramsPerPound : number;
                if (kilograms < 0)
                {
                    return QuantityParseResult<Load>.Fail($"an absolute load cannot be negative, got {Quote(text)}");
                }
                if (kilograms > MaximumAbsoluteLoadKg)
                {
                    return QuantityParseResult<Load>.Fail(
                        $"an absolute load must be at most {MaximumAbsoluteLoadKg.ToString(CultureInfo.InvariantCulture)} kg, got {Quote(text)}");
                }
                return QuantityParseResult<Load>.Ok(Load.Absolute(Mass.FromKilograms(kilograms)));
            default:
                return QuantityParseResult<Load>.Fail($"{expected}, got {Quote(text)} (unknown unit '{unit}')");
        }
    }

    /// <summary>
    /// A time span in <c>s</c>/<c>sec</c>, <c>min</c> or <c>h</c>; a bare number is in <paramref name="defaultUnit"/>.
    /// Must be ≥ 0 and at most 10 000 h.
    /// </summary>
    public static QuantityParseResult<TimeSpan> ParseTimeSpan(string? text, TimeSpanUnit defaultUnit)
    {
        var bare = defaultUnit switch
        {
            TimeSpanUnit.Seconds => "s",
            TimeSpanUnit.Minutes => "min",
            _ => "h",
        };
        var expected = $"expected a time span in s, sec, min or h (e.g. 90 s, 2 min; a bare number is {bare})";
        if (!TrySplit(text, out var number, out var unit))
        {
            return QuantityParseResult<TimeSpan>.Fail($"{expected}, got {Quote(text)}");
        }
        if (number < 0)
        {
            return QuantityParseResult<TimeSpan>.Fail($"a time span cannot be negative, got {Quote(text)}");
        }
        if (unit.Length == 0)
        {
            unit = bare;
        }
        double? seconds = unit switch
        {
            "s" or "sec" or "secs" or "second" or "seconds" => number,
            "min" or "mins" or "minute" or "minutes" => number * 60.0,
            "h" or "hr" or "hrs" or "hour" or "hours" => number * 3600.0,
            _ => null,
        };
        if (seconds is null)
        {
            return QuantityParseResult<TimeSpan>.Fail($"{expected}, got {Quote(text)} (unknown unit '{unit}')");
        }
        if (seconds > 10_000 * 3600.0)
        {
            return QuantityParseResult<TimeSpan>.Fail($"a time span must be at most 10000 h, got {Quote(text)}");
        }
        return QuantityParseResult<TimeSpan>.Ok(TimeSpan.FromSeconds(seconds.Value));
    }

    /// <summary>Body fat in <c>%</c> (a bare number is %), returned as a fraction of body mass (15 % → 0.15); 0–100 %.</summary>
    public static QuantityParseResult<double> ParseBodyFatFraction(string? text)
    {
        const string expected = "expected body fat in % (e.g. 15 %; a bare number is %)";
        if (!TrySplit(text, out var number, out var unit))
        {
            return QuantityParseResult<double>.Fail($"{expected}, got {Quote(text)}");
        }
        if (unit is not ("" or "%"))
        {
            return QuantityParseResult<double>.Fail($"{expected}, got {Quote(text)} (unknown unit '{unit}')");
        }
        if (number < 0 || number > 100)
        {
            return QuantityParseResult<double>.Fail($"body fat must be between 0 and 100 %, got {Quote(text)}");
        }
        return QuantityParseResult<double>.Ok(number / 100.0);
    }

    /// <summary>
    /// A total testosterone level in <c>nmol/L</c> or <c>ng/dL</c> (1 nmol/L = 28.84 ng/dL; a bare number is nmol/L),
    /// returned in nmol/L; accepted 0.1–150 nmol/L.
    /// </summary>
    public static QuantityParseResult<double> ParseTestosteroneNmolPerL(string? text)
    {
        const string expected = "expected testosterone in nmol/L or ng/dL (e.g. 18 nmol/L, 520 ng/dL; a bare number is nmol/L)";
        if (!TrySplit(text, out var number, out var unit))
        {
            return QuantityParseResult<double>.Fail($"{expected}, got {Quote(text)}");
        }
        double? nmolPerL = unit switch
        {
            "" or "nmol/l" => number,
            "ng/dl" => number / TestosteroneNgPerDlPerNmolPerL,
            _ => null,
        };
        if (nmolPerL is null)
        {
            return QuantityParseResult<double>.Fail($"{expected}, got {Quote(text)} (unknown unit '{unit}')");
        }
        if (nmolPerL < MinimumTestosteroneNmolPerL || nmolPerL > MaximumTestosteroneNmolPerL)
        {
            return QuantityParseResult<double>.Fail(
                $"testosterone must be between 0.1 and 150 nmol/L (2.9–4326 ng/dL), got {Quote(text)}");
        }
        return QuantityParseResult<double>.Ok(nmolPerL.Value);
    }

    /// <summary>A daily protein intake in <c>g/kg/day</c> or <c>g/day</c> (a bare number is g/kg/day); ≥ 0.</summary>
    public static QuantityParseResult<ProteinIntake> ParseProtein(string? text)
    {
        const string expected = "expected protein in g/kg/day or g/day (e.g. 1.6 g/kg/day, 140 g/day; a bare number is g/kg/day)";
        if (!TrySplit(text, out var number, out var unit))
        {
            return QuantityParseResult<ProteinIntake>.Fail($"{expected}, got {Quote(text)}");
        }
        if (number < 0)
        {
            return QuantityParseResult<ProteinIntake>.Fail($"protein intake cannot be negative, got {Quote(text)}");
        }
        return unit switch
        {
            "" or "g/kg/day" or "g/kg/d" => QuantityParseResult<ProteinIntake>.Ok(new ProteinIntake(number, true)),
            "g/day" or "g/d" => QuantityParseResult<ProteinIntake>.Ok(new ProteinIntake(number, false)),
            _ => QuantityParseResult<ProteinIntake>.Fail($"{expected}, got {Quote(text)} (unknown unit '{unit}')"),
        };
    }

    /// <summary>An energy balance in <c>kcal/day</c> (signed: + surplus, − deficit; a bare number is kcal/day).</summary>
    public static QuantityParseResult<double> ParseEnergyBalanceKcalPerDay(string? text)
    {
        const string expected = "expected an energy balance in kcal/day (e.g. -300 kcal/day; a bare number is kcal/day)";
        if (!TrySplit(text, out var number, out var unit))
        {
            return QuantityParseResult<double>.Fail($"{expected}, got {Quote(text)}");
        }
        return unit is "" or "kcal/day" or "kcal/d"
            ? QuantityParseResult<double>.Ok(number)
            : QuantityParseResult<double>.Fail($"{expected}, got {Quote(text)} (unknown unit '{unit}')");
    }
}
