using System.Globalization;
using Surge.Catalogue;
using Surge.Quantities;
using Surge.Training;
using Surge.Yaml;

namespace Surge.Files;

// The positioned accessors every reader of this kind shares: known fields, "did you mean", typed scalars, errors and warnings with their line.
internal sealed partial class SessionReader
{
    private Tempo ReadTempo(YamlTreeNode node, string field)
    {
        const string expected = "a tempo as seconds eccentric-pause-concentric-pause like 3-0-1-0 (or 3010; x = explosive)";
        var text = Scalar(node, field, expected).Value.Trim().ToLowerInvariant();
        string[] parts = text.Contains('-') ? text.Split('-') : text.Length == 4 ? text.Select(c => c.ToString()).ToArray() : [];
        var seconds = new double[4];
        if (parts.Length != 4)
        {
            throw Error(node, field, $"expected {expected}, got {Describe(node)}");
        }
        for (var i = 0; i < 4; i++)
        {
            var part = parts[i].Trim();
            if (part == "x")
            {
                seconds[i] = 0.5;
            }
            else if (!double.TryParse(part, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out seconds[i]) || seconds[i] > 60)
            {
                throw Error(node, field, $"expected {expected} with each phase 0–60 s, got {Describe(node)}");
            }
        }
        var tempo = new Tempo(seconds[0], seconds[1], seconds[2], seconds[3]);
        if (tempo.RepetitionSeconds <= 0)
        {
            throw Error(node, field, $"a repetition must take some time, got {Describe(node)}");
        }
        return tempo;
    }

    internal TimeSpan Rest(YamlTreeNode node, string field)
    {
        var span = Span(node, field, TimeSpanUnit.Seconds);
        if (span > SessionFile.MaximumRest)
        {
            throw Error(node, field, $"must be at most 24 h, got {Describe(node)}");
        }
        return span;
    }

    private TimeSpan Span(YamlTreeNode node, string field, TimeSpanUnit unit) =>
        Quantity(node, field, text => QuantityParser.ParseTimeSpan(text, unit));

    // ---- typed access with errors --------------------------------------------------------------------------------

    internal void CheckFields(YamlTreeMapping map, string path, string[] known, string what)
    {
        foreach (var (key, _) in map.Entries)
        {
            if (Array.IndexOf(known, key.Value) >= 0)
            {
                continue;
            }
            var hint = DidYouMean(key.Value.ToLowerInvariant(), known);
            var shown = key.Value.Length > 40 ? key.Value[..40] + "…" : key.Value;
            throw Error(key, path.Length == 0 ? shown : path + "." + shown,
                $"unknown field {QuantityParser.Quote(key.Value)} in {what}{hint} (known fields: {string.Join(", ", known)})");
        }
    }

    /// <summary>
    /// "; did you mean 'x'?" for the word of <paramref name="known"/> nearest to <paramref name="text"/> (Levenshtein
    /// distance at most a third of the length), else "". A text over <see cref="ExerciseCatalogue.MaximumNameLength"/>
    /// characters gets no hint without comparing: the distance costs the product of the lengths, and no known word
    /// is within a third of such a length.
    /// </summary>
    internal static string DidYouMean(string text, IEnumerable<string> known)
    {
        if (text.Length > ExerciseCatalogue.MaximumNameLength)
        {
            return "";
        }
        var closest = known
            .Select(k => (Name: k, Distance: _levenshtein.Distance(text, k)))
            .OrderBy(k => k.Distance)
            .ThenBy(k => k.Name, StringComparer.Ordinal)
            .First();
        return closest.Distance <= Math.Max(2, text.Length / 3) ? $"; did you mean '{closest.Name}'?" : "";
    }

    internal static YamlTreeNode? Value(YamlTreeMapping map, string key) =>
        map.Find(key) is { } entry && entry.Value is not YamlTreeScalar { IsNull: true } ? entry.Value : null;

    internal YamlTreeNode Required(YamlTreeMapping map, string key, string path, string expected)
    {
        var field = path.Length == 0 ? key : path + "." + key;
        var entry = map.Find(key);
        if (entry is null)
        {
            throw Error(map, field, $"missing required field '{key}' ({expected})");
        }
        return entry.Value.Value;
    }

    internal YamlTreeMapping? Mapping(YamlTreeNode? node, string field, string expected)
    {
        if (node is null || node is YamlTreeScalar { IsNull: true })
        {
            return null;
        }
        return node as YamlTreeMapping ?? throw Error(node, field, $"expected {expected}, got {node.Describe()}");
    }

    internal YamlTreeScalar Scalar(YamlTreeNode node, string field, string expected)
    {
        if (node is YamlTreeScalar { IsNull: false } scalar)
        {
            return scalar;
        }
        throw Error(node, field, $"expected {expected}, got {node.Describe()}");
    }

    internal T Quantity<T>(YamlTreeNode node, string field, Func<string, QuantityParseResult<T>> parse)
        where T : struct
    {
        var scalar = node as YamlTreeScalar;
        var result = parse(scalar is { IsNull: false } ? scalar.Value : "");
        if (result.Success && scalar is { IsNull: false })
        {
            return result.Value;
        }
        var message = result.Error ?? "";
        if (scalar is null || scalar.IsNull)
        {
            // Name what was given instead of the empty text the parser saw.
            var cut = message.LastIndexOf(", got ", StringComparison.Ordinal);
            message = (cut >= 0 ? message[..cut] : message) + ", got " + node.Describe();
        }
        throw Error(node, field, message);
    }

    internal long Integer(YamlTreeNode node, string field, string expected)
    {
        var scalar = Scalar(node, field, expected);
        if (!scalar.IsPlain)
        {
            throw Error(node, field, $"expected {expected}, got {Describe(node)} (a number is written without quotes)");
        }
        if (!double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(node, field, $"expected {expected}, got {Describe(node)}");
        }
        if (value != Math.Floor(value))
        {
            throw Error(node, field, $"expected {expected}, got {Describe(node)} (not a whole number)");
        }
        return (long)Math.Clamp(value, -1e15, 1e15);
    }

    private double Number(YamlTreeNode node, string field, string expected, string[] units)
    {
        var scalar = Scalar(node, field, expected);
        if (!QuantityParser.TrySplit(scalar.Value, out var value, out var unit)
            || (unit.Length > 0 && Array.IndexOf(units, unit) < 0))
        {
            throw Error(node, field, $"expected {expected} as a number, got {Describe(node)}");
        }
        if (!scalar.IsPlain && unit.Length == 0)
        {
            throw Error(node, field, $"expected {expected} as a number, got {Describe(node)} (a number is written without quotes)");
        }
        return value;
    }

    private bool Boolean(YamlTreeNode node, string field)
    {
        var scalar = Scalar(node, field, "true or false");
        if (scalar.IsPlain)
        {
            switch (scalar.Value.ToLowerInvariant())
            {
                case "true":
                    return true;
                case "false":
                    return false;
            }
        }
        throw Error(node, field, $"expected true or false, got {Describe(node)}");
    }

    private string Choice(YamlTreeNode node, string field, string[] choices)
    {
        var expected = "one of " + string.Join(", ", choices);
        var text = Scalar(node, field, expected).Value.Trim().ToLowerInvariant();
        if (Array.IndexOf(choices, text) >= 0)
        {
            return text;
        }
        throw Error(node, field, $"expected {expected}, got {Describe(node)}");
    }

    internal static string Describe(YamlTreeNode node) => node.Describe();

    internal InputErrorException Error(YamlTreeNode? node, string field, string message) =>
        new(new InputError(file, node?.Line, node?.Column, field, message));

    internal void Warn(YamlTreeNode node, string field, string message) =>
        _warnings.Add(new InputWarning(file, node.Line, node.Column, field, message));
}
