using System.Globalization;
using System.Text;

namespace Surge.Import;

/// <summary>Parses the numbers, dates and durations that Strong and Hevy write, culture-invariantly.</summary>
internal static class LogValues
{
    private static readonly Dictionary<string, int> _months = BuildMonths();

    /// <summary>
    /// A number written with a decimal point or, as European locales of Strong write inside quotes, a decimal comma
    /// (<c>62,5</c>). Empty text is not a number. NaN and infinities are rejected.
    /// </summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var span = text.AsSpan().Trim();
        value = 0;
        if (span.IsEmpty)
        {
            return false;
        }
        var comma = span.IndexOf(',');
        if (comma >= 0)
        {
            // A decimal comma: exactly one comma and no point. Anything else (1,000.5 or 1,2,3) is not a number here.
            if (span.IndexOf('.') >= 0 || span.LastIndexOf(',') != comma)
            {
                return false;
            }
            if (span.Length > 64)
            {
                return false;
            }
            Span<char> copy = stackalloc char[span.Length];
            span.CopyTo(copy);
            copy[comma] = '.';
            return Finite(double.TryParse(copy, NumberStyles.Float, CultureInfo.InvariantCulture, out value), ref value);
        }
        return Finite(double.TryParse(span, NumberStyles.Float, CultureInfo.InvariantCulture, out value), ref value);
    }

    /// <summary>A whole, non-negative count written as <c>8</c> or <c>8.0</c>.</summary>
    public static bool TryParseCount(string text, out int value)
    {
        value = 0;
        if (!TryParseNumber(text, out var number) || number < 0 || number > 100_000 || number != Math.Floor(number))
        {
            return false;
        }
        value = (int)number;
        return true;
    }

    private static bool Finite(bool parsed, ref double value)
    {
        if (parsed && double.IsFinite(value))
        {
            return true;
        }
        value = 0;
        return false;
    }

    /// <summary>
    /// A local date and time: <c>2024-09-15 18:02[:00]</c> (or with <c>T</c>), optionally with a 12-hour
    /// <c>am</c>/<c>pm</c> (after a space, U+202F or U+00A0), or <c>15 Sep 2024, 18:02</c> with English, French,
    /// German, Spanish, Italian, Portuguese or Dutch month names or abbreviations (<c>3 févr. 2026, 18:00</c>).
    /// </summary>
    public static bool TryParseDateTime(string text, out DateTime value)
    {
        value = default;
        var s = text.Trim();
        if (s.Length < 10)
        {
            return false;
        }
        if (s.AsSpan().IndexOfAny('\u202F', '\u00A0') >= 0)
        {
            s = s.Replace('\u202F', ' ').Replace('\u00A0', ' ');
        }
        if (char.IsAsciiDigit(s[0]) && s.Length >= 10 && s[4] == '-' && s[7] == '-')
        {
            if (!TryInt(s.AsSpan(0, 4), out var year) || !TryInt(s.AsSpan(5, 2), out var month) || !TryInt(s.AsSpan(8, 2), out var day))
            {
                return false;
            }
            var rest = s.AsSpan(10);
            if (rest.IsEmpty)
            {
                return Make(year, month, day, 0, 0, 0, out value);
            }
            if (rest[0] != ' ' && rest[0] != 'T')
            {
                return false;
            }
            return TryParseTime(rest[1..], out var h, out var m, out var sec) && Make(year, month, day, h, m, sec, out value);
        }
        return TryParseWordDate(s, out value);
    }

    private static bool TryParseWordDate(string s, out DateTime value)
    {
        value = default;
        // "15 Sep 2024, 18:02", "3 févr. 2026, 18:00", "3. März 2026, 18:00", "3 de fev. de 2026, 18:00".
        var tokens = s.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var parts = new List<string>(5);
        foreach (var token in tokens)
        {
            if (token is "de" or "à" or "às" or "um" or "om" or "alle" or "a" or "las" or "kl.")
            {
                continue;
            }
            parts.Add(token);
        }
        if (parts.Count < 3)
        {
            return false;
        }
        if (!TryInt(parts[0].AsSpan().TrimEnd('.'), out var day))
        {
            return false;
        }
        var monthWord = parts[1].Trim('.').Normalize(NormalizationForm.FormC).ToLowerInvariant();
        if (!_months.TryGetValue(monthWord, out var month) || !TryInt(parts[2], out var year) || parts[2].Length != 4)
        {
            return false;
        }
        if (parts.Count == 3)
        {
            return Make(year, month, day, 0, 0, 0, out value);
        }
        var time = parts.Count == 5 ? parts[3] + " " + parts[4] : parts.Count == 4 ? parts[3] : null;
        return time is not null && TryParseTime(time, out var h, out var m, out var sec) && Make(year, month, day, h, m, sec, out value);
    }

    /// <summary><c>H:mm</c>, <c>H:mm:ss</c>, optionally followed by <c>am</c>/<c>pm</c> (with or without a space).</summary>
    private static bool TryParseTime(ReadOnlySpan<char> text, out int hour, out int minute, out int second)
    {
        hour = minute = second = 0;
        text = text.Trim();
        var pm = false;
        var twelve = false;
        if (text.Length >= 2)
        {
            var suffix = text[^2..];
            if (suffix.Equals("am", StringComparison.OrdinalIgnoreCase) || suffix.Equals("pm", StringComparison.OrdinalIgnoreCase))
            {
                twelve = true;
                pm = suffix[0] is 'p' or 'P';
                text = text[..^2].TrimEnd();
            }
        }
        var colon = text.IndexOf(':');
        if (colon < 1 || !TryInt(text[..colon], out hour))
        {
            return false;
        }
        var rest = text[(colon + 1)..];
        var colon2 = rest.IndexOf(':');
        if (colon2 >= 0)
        {
            if (!TryInt(rest[..colon2], out minute) || !TryInt(rest[(colon2 + 1)..], out second) || rest[(colon2 + 1)..].Length != 2)
            {
                return false;
            }
            rest = rest[..colon2];
        }
        else if (!TryInt(rest, out minute))
        {
            return false;
        }
        if (rest.Length != 2)
        {
            return false;
        }
        if (twelve)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return hour < 24 && minute < 60 && second < 60;
    }

    private static bool Make(int year, int month, int day, int hour, int minute, int second, out DateTime value)
    {
        value = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        value = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool TryInt(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 6)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>
    /// A workout duration: seconds as a number (<c>1745</c>, Strong's <c>Duration (sec)</c>) when
    /// <paramref name="bareNumberIsSeconds"/>, or text such as <c>29m</c>, <c>1h 5m</c>, <c>1h</c>, <c>45s</c>.
    /// </summary>
    public static bool TryParseDuration(string text, bool bareNumberIsSeconds, out TimeSpan value)
    {
        value = default;
        var s = text.AsSpan().Trim();
        if (s.IsEmpty)
        {
            return false;
        }
        if (TryParseNumber(text, out var number))
        {
            if (!bareNumberIsSeconds || number < 0 || number > 7 * 86_400)
            {
                return false;
            }
            value = TimeSpan.FromSeconds(number);
            return true;
        }
        var seconds = 0.0;
        var any = false;
        var i = 0;
        while (i < s.Length)
        {
            if (s[i] == ' ')
            {
                i++;
                continue;
            }
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
            if (i == start || !TryInt(s[start..i], out var amount))
            {
                return false;
            }
            while (i < s.Length && s[i] == ' ')
            {
                i++;
            }
            if (i >= s.Length)
            {
                return false;
            }
            var unit = char.ToLowerInvariant(s[i]);
            i++;
            // "min", "sec", "hr": skip the rest of the unit word.
            while (i < s.Length && char.IsAsciiLetter(s[i]))
            {
                i++;
            }
            seconds += unit switch
            {
                'h' => amount * 3600.0,
                'm' => amount * 60.0,
                's' => amount,
                _ => double.NaN,
            };
            if (double.IsNaN(seconds))
            {
                return false;
            }
            any = true;
        }
        if (!any || seconds > 7 * 86_400)
        {
            return false;
        }
        value = TimeSpan.FromSeconds(seconds);
        return true;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        // English, French, German, Spanish, Italian, Portuguese and Dutch names and the abbreviations their date
        // formats use (with the final dot removed). No word means two different months across these languages.
        string[][] names =
        [
            ["jan", "january", "janv", "janvier", "januar", "jän", "jänner", "ene", "enero", "gen", "gennaio", "janeiro", "januari"],
            ["feb", "february", "févr", "fevr", "février", "fevrier", "fév", "fev", "februar", "febrero", "febbraio", "fevereiro", "februari"],
            ["mar", "march", "mars", "mär", "märz", "mrz", "marzo", "março", "marco", "maart", "mrt"],
            ["apr", "april", "avr", "avril", "abr", "abril", "aprile"],
            ["may", "mai", "mayo", "mag", "maggio", "maio", "mei"],
            ["jun", "june", "juin", "juni", "junio", "giu", "giugno", "junho"],
            ["jul", "july", "juil", "juillet", "juli", "julio", "lug", "luglio", "julho"],
            ["aug", "august", "août", "aout", "ago", "agosto", "augustus"],
            ["sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro"],
            ["oct", "october", "octobre", "okt", "oktober", "octubre", "ott", "ottobre", "out", "outubro"],
            ["nov", "november", "novembre", "noviembre", "novembro"],
            ["dec", "december", "déc", "décembre", "decembre", "dez", "dezember", "dic", "diciembre", "dicembre", "dezembro"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var m = 0; m < names.Length; m++)
        {
            foreach (var name in names[m])
            {
                months.Add(name.Normalize(NormalizationForm.FormC), m + 1);
            }
        }
        return months;
    }
}
