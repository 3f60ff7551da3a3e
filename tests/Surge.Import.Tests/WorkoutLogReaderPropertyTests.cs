using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Surge.Catalogue;
using Surge.Import;
using Surge.Logs;
using Surge.TestData;

namespace Surge.Import.Tests;

public sealed class WorkoutLogReaderPropertyTests
{
    private static readonly (string Name, LogFormat Format)[] _samples =
    [
        ("strong-semicolon-kg.csv", LogFormat.Strong),
        ("strong-semicolon-lbs.csv", LogFormat.Strong),
        ("strong-comma-12.csv", LogFormat.Strong),
        ("strong-comma-10.csv", LogFormat.Strong),
        ("strong-legacy.csv", LogFormat.Strong),
        ("hevy.csv", LogFormat.Hevy),
        ("hevy-lbs-short.csv", LogFormat.Hevy),
        ("not-a-log.csv", LogFormat.Strong),
    ];

    private static readonly Lazy<string[]> _texts = new(() => _samples.Select(s => WorkoutLogReaderTests.Sample(s.Name)).ToArray());

    private static readonly char[] _noise = [',', ';', '"', '\n', '\r', ' ', 'x', '0', '9', '.', '-', ':', '\uFEFF', '\u202F', 'é'];

    /// <summary>One mutation of a sample's lines: what it does and where.</summary>
    private sealed record Mutation(int Kind, int Line, int Position, int Value);

    private static readonly Gen<Mutation> _mutation =
        from kind in Gen.Choose(0, 7)
        from line in Gen.Choose(0, 40)
        from position in Gen.Choose(0, 200)
        from value in Gen.Choose(0, 1000)
        select new Mutation(kind, line, position, value);

    private static readonly Gen<(int Sample, Mutation[] Mutations, bool WithUnit)> _case =
        from sample in Gen.Choose(0, _samples.Length - 1)
        from count in Gen.Choose(1, 6)
        from mutations in Gen.ArrayOf(_mutation, count)
        from withUnit in Gen.Elements(true, false)
        select (sample, mutations, withUnit);

    private static string Apply(string text, IEnumerable<Mutation> mutations)
    {
        var lines = text.Split('\n').ToList();
        foreach (var m in mutations)
        {
            if (lines.Count == 0)
            {
                lines.Add("");
            }
            var i = m.Line % lines.Count;
            var line = lines[i];
            var at = line.Length == 0 ? 0 : m.Position % (line.Length + 1);
            var sep = line.Contains(';') ? ';' : ',';
            var fields = line.Split(sep).ToList();
            var f = m.Value % Math.Max(1, fields.Count);
            lines[i] = m.Kind switch
            {
                0 => line[..at],                                                     // truncate the line
                1 => line.Insert(at, _noise[m.Value % _noise.Length].ToString()),   // insert a character
                2 when line.Length >= 2 => Swap(line, Math.Min(at, line.Length - 2)), // swap two characters
                3 => string.Join(sep, fields.Where((_, k) => k != f)),               // drop a column
                4 => string.Join(sep, fields.Take(f).Append("\"extra\"").Concat(fields.Skip(f))), // add a column
                5 => string.Join(sep, fields.Select((v, k) => k == f ? WrongType(m.Value) : v)), // wrong type
                6 => "",                                                             // empty the line
                _ => line,
            };
            if (m.Kind == 7 && lines.Count > 1)
            {
                lines.RemoveAt(i);                                                   // drop the line
            }
        }
        return string.Join('\n', lines);
    }

    private static string Swap(string line, int at)
    {
        var chars = line.ToCharArray();
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        return new string(chars);
    }

    private static string WrongType(int value) => (value % 6) switch
    {
        0 => "\"abc\"",
        1 => "-5",
        2 => "1e308",
        3 => "\"1,2,3\"",
        4 => "\"",
        _ => "99999999999",
    };

    [Property(MaxTest = 400, Replay = "(20261127,1117)")]
    public Property Read_MutatedSamples_GiveALogOrAnError_NeverAnException() =>
        Prop.ForAll(_case.ToArbitrary(), c =>
        {
            var (name, format) = _samples[c.Sample];
            var text = Apply(_texts.Value[c.Sample], c.Mutations);
            var result = WorkoutLogReader.Read(text, name, new LogReadOptions(format, ExerciseCatalogue.Default, c.WithUnit ? WeightUnit.Kg : null));
            Assert.True(result.Log is null != (result.Error is null), "exactly one of log and error");
            if (result.Log is { } log)
            {
                Assert.All(log.Workouts.SelectMany(w => w.Sets), s =>
                {
                    Assert.True(s.Reps > 0);
                    Assert.True(s.WeightKg is null or > 0 && double.IsFinite(s.WeightKg ?? 0));
                    Assert.True(s.RestSeconds is null or >= 0);
                    Assert.True(s.Line >= 2);
                });
                Assert.All(log.Skipped, s => Assert.True(s.Line >= 2));
            }
            else
            {
                Assert.True(result.Error!.Line is null or >= 1);
            }
        });

    [Property(MaxTest = 200, Replay = "(20261127,2231)")]
    public Property Read_RandomText_GivesAnErrorOrALog_NeverAnException() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Elements(_noise.Concat("ab1;,\"\n".ToCharArray()).ToArray())).ToArbitrary(), chars =>
        {
            var text = new string(chars);
            foreach (var format in new[] { LogFormat.Strong, LogFormat.Hevy })
            {
                var result = WorkoutLogReader.Read(text, "random.csv", new LogReadOptions(format, ExerciseCatalogue.Default));
                Assert.True(result.Log is null != (result.Error is null));
            }
        });

    /// <summary>Ten years of a five-day week parse whole, with progress; the time it takes is ImportBenchmarks.Parse65k.</summary>
    [Fact]
    public void Read_TenYearsOfStrong_65000Sets_ParsesEveryRow()
    {
        const int workouts = 10 * 52 * 5;
        var text = GeneratedLogs.StrongExport(workouts, decimalComma: true);
        var reports = 0;
        var result = WorkoutLogReader.Read(text, "big.csv",
            new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, Progress: new CountingProgress(() => reports++)));
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Equal(workouts, result.Log!.Workouts.Count);
        Assert.Equal(workouts * 25, result.Log.SetCount);
        Assert.Equal(workouts * 5, result.Log.Workouts.Sum(w => w.Sets.Count(s => s.Kind == SetKind.WarmUp)));
        Assert.True(reports > 10);
    }

    private sealed class CountingProgress(Action report) : IProgress<double>
    {
        public void Report(double value) => report();
    }
}
