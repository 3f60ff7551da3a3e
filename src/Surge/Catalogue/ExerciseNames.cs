using System.Text;

namespace Surge.Catalogue;

/// <summary>Normalisation of exercise names for matching: case, punctuation, spacing and plural "s" are ignored.</summary>
internal static class ExerciseNames
{
    /// <summary>
    /// Lower case, every run of characters other than letters and digits becomes one space, and each word loses a
    /// trailing plural ("curls" → "curl", "presses" → "press", "crunches" → "crunch"; "press" stays).
    /// </summary>
    public static string Normalize(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(Singular(word.ToString()));
                word.Clear();
            }
        }
        if (word.Length > 0)
        {
            words.Add(Singular(word.ToString()));
        }
        return string.Join(' ', words);
    }

    /// <summary>Splits "Bench Press (Dumbbell)" into the base "bench press" and the qualifier "dumbbell" (null when none).</summary>
    public static (string Base, string? Qualifier) SplitQualifier(string text)
    {
        var open = text.IndexOf('(');
        if (open < 0)
        {
            return (Normalize(text), null);
        }
        var close = text.IndexOf(')', open + 1);
        var inside = close < 0 ? text[(open + 1)..] : text[(open + 1)..close];
        var outside = close < 0 ? text[..open] : text[..open] + " " + text[(close + 1)..];
        var qualifier = Normalize(inside);
        return (Normalize(outside), qualifier.Length == 0 ? null : qualifier);
    }

    /// <summary>The equipment a qualifier or leading word names ("dumbbell", "smith machine", "cable"), or null.</summary>
    public static Equipment? EquipmentOf(string normalizedWords)
    {
        var words = normalizedWords.Split(' ');
        if (words.Contains("smith"))
        {
            return Equipment.Smith;
        }
        foreach (var word in words)
        {
            Equipment? equipment = word switch
            {
                "barbell" or "bb" or "ez" => Equipment.Barbell,
                "dumbbell" or "db" => Equipment.Dumbbell,
                "machine" => Equipment.Machine,
                "cable" => Equipment.Cable,
                "bodyweight" => Equipment.Bodyweight,
                "kettlebell" or "kb" => Equipment.Kettlebell,
                "band" => Equipment.Band,
                _ => null,
            };
            if (equipment is not null)
            {
                return equipment;
            }
        }
        return null;
    }

    private static string Singular(string word)
    {
        if (word.Length < 3 || !word.EndsWith('s') || word.EndsWith("ss", StringComparison.Ordinal))
        {
            return word;
        }
        if (word.EndsWith("sses", StringComparison.Ordinal)
            || word.EndsWith("ches", StringComparison.Ordinal)
            || word.EndsWith("shes", StringComparison.Ordinal)
            || word.EndsWith("xes", StringComparison.Ordinal))
        {
            return word[..^2];
        }
        return word[..^1];
    }
}
