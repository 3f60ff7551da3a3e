using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit;

namespace Surge.TestData;

/// <summary>What one reader's fuzz run did.</summary>
/// <param name="Reader">The reader's name.</param>
/// <param name="Inputs">Mutated inputs given to it.</param>
/// <param name="Parsed">Inputs it accepted.</param>
/// <param name="Rejected">Inputs it refused with its documented format error.</param>
/// <param name="Elapsed">Wall time of the whole run.</param>
/// <param name="Slowest">The slowest single input.</param>
public sealed record FuzzOutcome(string Reader, int Inputs, int Parsed, int Rejected, TimeSpan Elapsed, TimeSpan Slowest)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Reader}: {Inputs} inputs, {Parsed} parsed, {Rejected} refused with the format error, {Elapsed.TotalSeconds:0.00} s, slowest {Slowest.TotalMilliseconds:0.0} ms");
}

/// <summary>
/// A small seeded mutation fuzzer for the readers: each input is a shipped example with 1–8 random edits (lines
/// deleted, duplicated, swapped or cut; characters swapped, inserted or deleted; tokens of the format, extreme
/// numbers, control characters, surrogates and byte-order marks inserted; spans repeated). The reader must either
/// accept the input or refuse it with its documented format error — never another exception, never more than the
/// per-input time budget, never a hang.
/// </summary>
/// <remarks>
/// Why not a library: SharpFuzz (on NuGet) drives AFL or libFuzzer, external engines that instrument the assemblies
/// and run open-ended, not a bounded, reproducible run inside <c>dotnet test</c>; FsCheck (already used here) finds
/// and shrinks failures of generated values, but a mutation fuzzer needs no shrinking and FsCheck's per-case
/// machinery would spend the 60 s CI budget on bookkeeping. This mutator is ~150 lines, seeded (input <c>i</c> of a
/// reader is the same on every machine: <c>new Random(seed * 1,000,003 + i)</c>), and a failure names the reader,
/// the index and the input, so it replays exactly. <c>SURGE_FUZZ_INPUTS</c> raises the count (scripts/fuzz.sh).
/// </remarks>
public static class Fuzzer
{
    /// <summary>Inputs per reader: 10,000, or <c>SURGE_FUZZ_INPUTS</c> when set (the nightly-style run).</summary>
    public static int InputsPerReader =>
        int.TryParse(Environment.GetEnvironmentVariable("SURGE_FUZZ_INPUTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 10_000;

    /// <summary>
    /// The most time one input may take. Generous: alone, the slowest input of any reader takes under 1 s (most under
    /// 0.1 s), but in CI the suites share two cores, and a request that trains a mutated trial was seen to take 3.7 s
    /// there; the budget catches runaway inputs (issue 15's 300,000-character name cost 11.8 s), not jitter.
    /// </summary>
    public static readonly TimeSpan PerInputBudget = TimeSpan.FromSeconds(10);

    /// <summary>The longest a mutated input may grow (repeated spans), characters.</summary>
    public const int MaximumLength = 256 * 1024;

    /// <summary>Tokens of YAML and JSON documents.</summary>
    public static readonly string[] YamlTokens =
    [
        "\0", "\t", "{", "}", "[", "]", ":", ": ", "- ", ",", "&a ", "*a", "&b [*a, *a, *a, *a] ", "!!binary ", "!!str ", "!!int ", "!custom ", "'", "\"", "\\", "\\u0000",
        "---\n", "...\n", "? ", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "#", "|", ">", "|-\n  x\n", "@", "`", "<<: *a\n", "~", "null", "true", "false", "[]", "{}",
        "sets: 3\n", "reps: 10\n", "load: 70 %1RM\n", "rest: 90 s\n", "exercise: back squat\n", "weeks: 2\n", "week: {}\n", "blocks: []\n", "athlete: {}\n",
        "sets: [{reps: 5}]\n", "  - ", "    ", "\n  ", "\"\\uD800\"", "\"\\\"", "{\"a\":", "[[[[[[[[[[", "]]]]]]]]]]", "{\"sessions\": [", "\"names\": [\"a\"]",
    ];

    /// <summary>Tokens of CSV exports.</summary>
    public static readonly string[] CsvTokens =
    [
        "\0", ",", ";", "\"", "\"\"", "\r\n", "\n", "\r", "\t", "\"a,b\"", "\"a\nb\"", "W", "D", "F", "Rest Timer", "Note", "warmup", "normal", "dropset", "failure",
        "2026-02-30 25:61:00", "2025-01-30 12:34:56 pm", "12:34:56\u202Fam", "15 Sep 2024, 18:02", "3 févr. 2026, 18:00", "1h 5m", "29m", "62,5", "20.0", "-1", "0",
        "\uFEFF", "Weight (kg)", "Weight (lbs)", "weight_kg", "set_index", "\\n", "Squat (Barbell)", "\"\"\"", ",,,,,,,,,,", ";;;;;;;;",
    ];

    private static readonly string[] _numbers =
    [
        "0", "-0", "-1", "1e308", "1e999", "-1e999", "NaN", "Infinity", "99999999999999999999", "0x10", "1_000", "1,5", "1.5.5", "4294967296", "2147483648", "-2147483649", "1e-320", "٣",
    ];

    private static readonly string[] _characters =
    [
        "\0", "\u0001", "\u0007", "\b", "\u001B", "\u007F", "\u0085", "\u00A0", "\u2028", "\u2029", "\u202F", "\uFEFF", "\uFFFD", "\uFFFF", "\uD800", "\uDC00", "\U0001F600", "\u0301", "é", "ß",
    ];

    /// <summary>Applies 1–8 seeded edits to <paramref name="text"/>.</summary>
    public static string Mutate(string text, Random random, IReadOnlyList<string> tokens)
    {
        var edits = 1 + random.Next(8);
        for (var n = 0; n < edits; n++)
        {
            text = Edit(text, random, tokens);
            if (text.Length > MaximumLength)
            {
                text = text[..MaximumLength];
            }
        }
        return text;
    }

    private static string Edit(string text, Random random, IReadOnlyList<string> tokens)
    {
        int At() => random.Next(text.Length + 1);
        var lines = text.Split('\n');
        var line = random.Next(lines.Length);
        switch (random.Next(14))
        {
            case 0:
                return string.Join('\n', lines.Where((_, i) => i != line));
            case 1:
                return string.Join('\n', lines.SelectMany((l, i) => i == line ? new[] { l, l } : [l]));
            case 2:
                {
                    var other = random.Next(lines.Length);
                    (lines[line], lines[other]) = (lines[other], lines[line]);
                    return string.Join('\n', lines);
                }
            case 3:
                lines[line] = lines[line][..random.Next(lines[line].Length + 1)];
                return string.Join('\n', lines);
            case 4:
                return text[..At()];
            case 5 when text.Length >= 2:
                {
                    var at = random.Next(text.Length - 1);
                    return string.Concat(text.AsSpan(0, at), text[at + 1].ToString(), text[at].ToString(), text.AsSpan(at + 2));
                }
            case 6:
                return text.Insert(At(), tokens[random.Next(tokens.Count)]);
            case 7:
                return text.Insert(At(), _characters[random.Next(_characters.Length)]);
            case 8:
                return text.Insert(At(), ((char)random.Next(0, 0x3000)).ToString());
            case 9 when text.Length > 0:
                {
                    var start = random.Next(text.Length);
                    return text.Remove(start, Math.Min(text.Length - start, 1 + random.Next(40)));
                }
            case 10:
                return ReplaceNumber(text, random);
            case 11 when text.Length > 0:
                {
                    // A span repeated many times: long names, long lines, deep or wide structures.
                    var start = random.Next(text.Length);
                    var span = text.Substring(start, Math.Min(text.Length - start, 1 + random.Next(60)));
                    var times = random.Next(2) == 0 ? 2 + random.Next(10) : 100 + random.Next(2000);
                    return text.Insert(start, string.Concat(Enumerable.Repeat(span, times)));
                }
            case 12 when text.Length > 0:
                {
                    var at = random.Next(text.Length);
                    var structural = tokens[random.Next(Math.Min(tokens.Count, 12))];
                    return string.Concat(text.AsSpan(0, at), structural, text.AsSpan(at + 1));
                }
            default:
                return random.Next(4) == 0 ? "\uFEFF" + text : text.Replace("\n", random.Next(2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal);
        }
    }

    private static string ReplaceNumber(string text, Random random)
    {
        var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i]) && (i == 0 || !char.IsAsciiDigit(text[i - 1]))).ToArray();
        if (digits.Length == 0)
        {
            return text.Insert(random.Next(text.Length + 1), _numbers[random.Next(_numbers.Length)]);
        }
        var start = digits[random.Next(digits.Length)];
        var end = start;
        while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
        {
            end++;
        }
        return string.Concat(text.AsSpan(0, start), _numbers[random.Next(_numbers.Length)], text.AsSpan(end));
    }

    /// <summary>
    /// Gives <paramref name="count"/> mutated inputs (of <paramref name="examples"/>) to <paramref name="read"/>, which
    /// returns true when it accepted the input and false when it refused it with the documented error, and throws
    /// anything else. Fails, naming the reader, the input's index and the input, at the first other exception, the
    /// first input over <see cref="PerInputBudget"/>, or a hang.
    /// </summary>
    public static FuzzOutcome Run(string reader, int seed, IReadOnlyList<string> examples, IReadOnlyList<string> tokens, Func<string, bool> read, int? count = null)
    {
        Assert.NotEmpty(examples);
        var inputs = count ?? InputsPerReader;
        var current = -1;
        string? currentInput = null;
        var (parsed, rejected) = (0, 0);
        var slowest = TimeSpan.Zero;
        string? failure = null;
        var total = Stopwatch.StartNew();
        var worker = new Thread(() =>
        {
            var watch = new Stopwatch();
            for (var i = 0; i < inputs && failure is null; i++)
            {
                var random = new Random(unchecked((seed * 1_000_003) + i));
                var input = Mutate(examples[random.Next(examples.Count)], random, tokens);
                Volatile.Write(ref currentInput, input);
                Volatile.Write(ref current, i);
                watch.Restart();
                try
                {
                    if (read(input))
                    {
                        parsed++;
                    }
                    else
                    {
                        rejected++;
                    }
                }
                catch (Exception e)
                {
                    failure = $"{reader}: input {i} (seed {seed}) threw {e.GetType().FullName}: {e.Message}\n{Excerpt(input)}\n{e.StackTrace}";
                }
                watch.Stop();
                slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
                if (failure is null && watch.Elapsed > PerInputBudget)
                {
                    failure = string.Create(CultureInfo.InvariantCulture,
                        $"{reader}: input {i} (seed {seed}) took {watch.Elapsed.TotalMilliseconds:0} ms, over the budget of {PerInputBudget.TotalMilliseconds:0} ms\n{Excerpt(input)}");
                }
            }
        }, maxStackSize: 16 * 1024 * 1024)
        { IsBackground = true, Name = "fuzz " + reader };
        worker.Start();
        // A hang is reported with the input it hung on (the thread is abandoned: background, it ends with the run).
        var limit = TimeSpan.FromSeconds(60) + TimeSpan.FromMilliseconds(inputs * 10.0);
        if (!worker.Join(limit))
        {
            Assert.Fail($"{reader}: no answer within {limit.TotalSeconds:0} s; hung on input {Volatile.Read(ref current)} (seed {seed})\n{Excerpt(Volatile.Read(ref currentInput) ?? "")}");
        }
        total.Stop();
        if (failure is not null)
        {
            Assert.Fail(failure);
        }
        return new FuzzOutcome(reader, inputs, parsed, rejected, total.Elapsed, slowest);
    }

    private static string Excerpt(string input)
    {
        var text = input.Length > 2000 ? input[..2000] + $"… ({input.Length} characters)" : input;
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            escaped.Append(c is '\n' or '\t' || !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}");
        }
        return "--- input ---\n" + escaped + "\n--- end ---";
    }
}
