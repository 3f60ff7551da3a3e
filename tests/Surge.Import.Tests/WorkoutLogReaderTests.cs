using Surge.App;
using Surge.Catalogue;
using Surge.Import;
using Surge.Logs;

namespace Surge.Import.Tests;

public sealed class WorkoutLogReaderTests
{
    private const double KgPerLb = 0.45359237;

    internal static string DataPath(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "data", name);

    internal static string Sample(string name) => File.ReadAllText(DataPath(name));

    private static WorkoutLog Log(string name, LogFormat format, WeightUnit? unit = null, IReadOnlyDictionary<string, string>? mappings = null)
    {
        var result = WorkoutLogReader.Read(Sample(name), name, new LogReadOptions(format, ExerciseCatalogue.Default, unit, mappings));
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Null(result.Error);
        return result.Log!;
    }

    private static Dictionary<string, int> SkippedByReason(WorkoutLog log) =>
        log.Skipped.GroupBy(s => s.Reason).ToDictionary(g => g.Key, g => g.Count());

    private static IEnumerable<LoggedSet> Sets(WorkoutLog log) => log.Workouts.SelectMany(w => w.Sets);

    [Fact]
    public void StrongSemicolonKg_CountsSetsKindsSkippedAndUnmatched()
    {
        var log = Log("strong-semicolon-kg.csv", LogFormat.Strong);
        Assert.Equal(LogFormat.Strong, log.Format);
        Assert.Equal("strong-semicolon", log.Layout);
        Assert.Equal(2, log.Workouts.Count);
        Assert.Equal(18, log.SetCount);
        Assert.Equal([8, 10], log.Workouts.Select(w => w.Sets.Count));
        Assert.Equal(2, Sets(log).Count(s => s.Kind == SetKind.WarmUp));
        Assert.Equal(1, Sets(log).Count(s => s.Kind == SetKind.Drop));
        Assert.Equal(1, Sets(log).Count(s => s.Kind == SetKind.Failure));
        Assert.Equal(
            new Dictionary<string, int> { ["rest timer"] = 10, ["note"] = 1, ["timed"] = 1, ["cardio"] = 1 },
            SkippedByReason(log));
        var unmatched = Assert.Single(log.Unmatched);
        Assert.Equal("Zercher Walk", unmatched.Name);
        Assert.Equal(2, unmatched.Sets);
        Assert.Equal(3, unmatched.Suggestions.Count);
        Assert.Contains("zercher squat", unmatched.Suggestions);
        Assert.All(Sets(log).Where(s => s.ExerciseName == "Zercher Walk"), s => Assert.Null(s.Exercise));
        Assert.All(Sets(log).Where(s => s.ExerciseName != "Zercher Walk"), s => Assert.NotNull(s.Exercise));
        Assert.Empty(log.Warnings);

        var legs = log.Workouts[0];
        Assert.Equal(new DateTime(2026, 1, 5, 17, 2, 0), legs.Start);
        Assert.Equal("Legs", legs.Title);
        Assert.Equal(TimeSpan.FromHours(1), legs.Duration);
        Assert.Equal("strong:2026-01-05T17:02:00:1", legs.Key);
        Assert.Equal(Enumerable.Range(1, 8), legs.Sets.Select(s => s.Order));
        // The decimal comma inside the quotes.
        Assert.Equal(102.5, legs.Sets[3].WeightKg);
        Assert.Equal(9.0, legs.Sets[3].Rpe);
        // Line numbers count from the header (line 1); the warm-up is the first row.
        Assert.Equal(2, legs.Sets[0].Line);
        // Body weight without added load.
        Assert.Null(log.Workouts[1].Sets[^1].WeightKg);
        Assert.Equal("Pull Up", log.Workouts[1].Sets[^1].ExerciseName);
    }

    [Fact]
    public void StrongSemicolon_RestComesFromTheRestTimerRowBelowTheSet()
    {
        var legs = Log("strong-semicolon-kg.csv", LogFormat.Strong).Workouts[0];
        Assert.Equal([90.0, 180.0, 180.0, 180.0, 120.0, null, 120.0, null], legs.Sets.Select(s => s.RestSeconds));
        Assert.All(legs.Sets, s => Assert.False(s.RestInferred));
    }

    [Fact]
    public void StrongSemicolonLbs_ConvertsPoundsAndInfersRestWhereNoTimerRows()
    {
        var log = Log("strong-semicolon-lbs.csv", LogFormat.Strong);
        Assert.Equal("strong-semicolon", log.Layout);
        Assert.Equal(2, log.Workouts.Count);
        Assert.Equal(9, log.SetCount);
        Assert.Equal(1, Sets(log).Count(s => s.Kind == SetKind.WarmUp));
        Assert.Equal(new Dictionary<string, int> { ["rest timer"] = 3 }, SkippedByReason(log));
        Assert.Empty(log.Unmatched);
        var push = log.Workouts[0];
        Assert.Equal(185 * KgPerLb, push.Sets[1].WeightKg!.Value, 9);
        Assert.Equal("strong:2026-02-02T07:30:00:12", push.Key);
        Assert.All(push.Sets, s => Assert.False(s.RestInferred));

        // Pull: 900 s, 3 sets × 10 reps × 4 s of work: (900 − 120) / 2 = 390 s between sets.
        var pull = log.Workouts[1];
        Assert.Equal(TimeSpan.FromSeconds(900), pull.Duration);
        Assert.Equal([390.0, 390.0, null], pull.Sets.Select(s => s.RestSeconds));
        Assert.Equal([true, true, false], pull.Sets.Select(s => s.RestInferred));
    }

    [Fact]
    public void StrongComma12_ReadsTwelveHourTimesDecimalCountsAndTextDurations()
    {
        var log = Log("strong-comma-12.csv", LogFormat.Strong, WeightUnit.Kg);
        Assert.Equal("strong-comma-12", log.Layout);
        Assert.Equal(2, log.Workouts.Count);
        Assert.Equal(7, log.SetCount);
        Assert.Equal(1, Sets(log).Count(s => s.Kind == SetKind.WarmUp));
        Assert.Equal(new Dictionary<string, int> { ["timed"] = 1, ["cardio"] = 1 }, SkippedByReason(log));
        var legs = log.Workouts[0];
        Assert.Equal(new DateTime(2025, 1, 30, 17, 34, 56), legs.Start);
        Assert.Equal(TimeSpan.FromMinutes(65), legs.Duration);
        Assert.Equal("strong:2025-01-30T17:34:56:Evening Legs", legs.Key);
        Assert.Equal(5, legs.Sets[0].Reps);
        Assert.Equal(100.0, legs.Sets[1].WeightKg);
        Assert.Equal(8.0, legs.Sets[1].Rpe);
        var upper = log.Workouts[1];
        Assert.Equal(new DateTime(2025, 2, 1, 9, 5, 0), upper.Start);
        Assert.Equal(TimeSpan.FromMinutes(29), upper.Duration);
        Assert.All(legs.Sets.SkipLast(1), s => Assert.True(s.RestInferred));
        // The unit came from the command line: say so.
        var warning = Assert.Single(log.Warnings);
        Assert.Equal(1, warning.Line);
        Assert.Contains("kg", warning.Message);
    }

    [Fact]
    public void StrongComma10_InPounds()
    {
        var log = Log("strong-comma-10.csv", LogFormat.Strong, WeightUnit.Lb);
        Assert.Equal("strong-comma-10", log.Layout);
        Assert.Equal(2, log.Workouts.Count);
        Assert.Equal(7, log.SetCount);
        Assert.Empty(log.Skipped);
        Assert.Equal(80 * KgPerLb, log.Workouts[0].Sets[0].WeightKg!.Value, 9);
        Assert.Equal([7.0, 8.0, 8.5, null, null], log.Workouts[0].Sets.Select(s => s.Rpe));
        Assert.Equal(TimeSpan.FromHours(1), log.Workouts[1].Duration);
    }

    [Theory]
    [InlineData("strong-comma-12.csv")]
    [InlineData("strong-comma-10.csv")]
    public void StrongComma_WithoutUnit_IsAnErrorNeverAGuess(string name)
    {
        var result = WorkoutLogReader.Read(Sample(name), name, new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default));
        Assert.False(result.Success);
        Assert.Null(result.Log);
        Assert.Equal(1, result.Error!.Line);
        Assert.Equal("the Strong comma export has no weight unit: give --unit kg or --unit lb", result.Error.Message);
    }

    [Fact]
    public void StrongLegacy_UnitPerRowAndWorkoutDuration()
    {
        var log = Log("strong-legacy.csv", LogFormat.Strong);
        Assert.Equal("strong-legacy", log.Layout);
        Assert.Equal(2, log.Workouts.Count);
        Assert.Equal(9, log.SetCount);
        Assert.Empty(log.Skipped);
        Assert.Empty(log.Unmatched);
        var dayA = log.Workouts[0];
        Assert.Equal(100.0, dayA.Sets[0].WeightKg);
        Assert.Equal(135 * KgPerLb, dayA.Sets[3].WeightKg!.Value, 9);
        Assert.Equal(TimeSpan.FromMinutes(45), dayA.Duration);
        Assert.Equal("strong:2019-03-04T18:30:00:Day A", dayA.Key);
        Assert.Null(log.Workouts[1].Sets[1].WeightKg);
        Assert.Equal(TimeSpan.FromHours(1), log.Workouts[1].Duration);
    }

    [Fact]
    public void Hevy_BothDateFormatsFrenchMonthSetTypesRpeAndCardio()
    {
        var log = Log("hevy.csv", LogFormat.Hevy);
        Assert.Equal(LogFormat.Hevy, log.Format);
        Assert.Equal("hevy", log.Layout);
        Assert.Equal(3, log.Workouts.Count);
        Assert.Equal(17, log.SetCount);
        Assert.Equal([7, 7, 3], log.Workouts.Select(w => w.Sets.Count));
        Assert.Equal(2, Sets(log).Count(s => s.Kind == SetKind.WarmUp));
        Assert.Equal(1, Sets(log).Count(s => s.Kind == SetKind.Drop));
        Assert.Equal(1, Sets(log).Count(s => s.Kind == SetKind.Failure));
        Assert.Equal(new Dictionary<string, int> { ["cardio"] = 1, ["timed"] = 1 }, SkippedByReason(log));
        var unmatched = Assert.Single(log.Unmatched);
        Assert.Equal(("Zercher Walk", 1), (unmatched.Name, unmatched.Sets));

        var push = log.Workouts[0];
        Assert.Equal(new DateTime(2024, 9, 15, 18, 2, 0), push.Start);
        Assert.Equal(TimeSpan.FromMinutes(68), push.Duration);
        Assert.Equal("hevy:2024-09-15T18:02:00:Push Day", push.Key);
        Assert.Equal([null, 8.0, 8.5, 10.0, null, null, null], push.Sets.Select(s => s.Rpe));
        Assert.All(push.Sets.SkipLast(1), s => Assert.True(s.RestInferred));

        Assert.Equal(new DateTime(2024, 9, 17, 18, 0, 0), log.Workouts[1].Start);
        Assert.Equal(TimeSpan.FromMinutes(65), log.Workouts[1].Duration);
        var dos = log.Workouts[2];
        Assert.Equal(new DateTime(2026, 2, 3, 18, 0, 0), dos.Start);
        Assert.Equal(TimeSpan.FromHours(1), dos.Duration);
        Assert.Equal("hevy:2026-02-03T18:00:00:Dos", dos.Key);
    }

    [Fact]
    public void HevyShortHeaderInPounds_BodyWeightSetsHaveNoLoad()
    {
        var log = Log("hevy-lbs-short.csv", LogFormat.Hevy);
        Assert.Equal("hevy-short", log.Layout);
        var workout = Assert.Single(log.Workouts);
        Assert.Equal(5, workout.Sets.Count);
        Assert.Equal(50 * KgPerLb, workout.Sets[0].WeightKg!.Value, 9);
        Assert.Null(workout.Sets[3].WeightKg);
        Assert.Null(workout.Sets[3].Rpe);
        Assert.Equal(new DateTime(2024, 10, 1, 7, 0, 0), workout.Start);
        // 2400 s, (3 × 10 + 2 × 8) reps × 4 s: (2400 − 184) / 4 = 554 s.
        Assert.Equal([554.0, 554.0, 554.0, 554.0, null], workout.Sets.Select(s => s.RestSeconds));
    }

    [Theory]
    [InlineData("hevy.csv", LogFormat.Strong, "a Hevy export")]
    [InlineData("strong-semicolon-kg.csv", LogFormat.Hevy, "a Strong export")]
    [InlineData("not-a-log.csv", LogFormat.Strong, "Shopping list")]
    [InlineData("not-a-log.csv", LogFormat.Hevy, "Shopping list")]
    public void WrongFormat_IsAnErrorOnLineOne(string name, LogFormat format, string found)
    {
        var result = WorkoutLogReader.Read(Sample(name), name, new LogReadOptions(format, ExerciseCatalogue.Default));
        Assert.Null(result.Log);
        Assert.Equal(1, result.Error!.Line);
        Assert.Equal(name, result.Error.File);
        Assert.Contains(format == LogFormat.Strong ? "expected a Strong export" : "expected a Hevy export", result.Error.Message);
        Assert.Contains(found, result.Error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData("  \r\n")]
    public void EmptyFile_IsAnError(string text)
    {
        var result = WorkoutLogReader.Read(text, "empty.csv", new LogReadOptions(LogFormat.Hevy, ExerciseCatalogue.Default));
        Assert.Equal(1, result.Error!.Line);
    }

    [Fact]
    public void HeaderWithoutRows_IsAnError()
    {
        var header = Sample("hevy.csv").Split('\n')[0];
        var result = WorkoutLogReader.Read(header + "\n", "hevy.csv", new LogReadOptions(LogFormat.Hevy, ExerciseCatalogue.Default));
        Assert.Contains("no rows", result.Error!.Message);
    }

    [Fact]
    public void Read_Windows1252Export_ReadsTheAccentsAndWarns()
    {
        var text = Sample("strong-comma-10.csv").Replace("Romanian Deadlift (Barbell)", "Soulevé de terre roumain", StringComparison.Ordinal);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var bytes = System.Text.Encoding.GetEncoding(1252).GetBytes(text);

        var log = WorkoutLogReader.Read(bytes, "latin.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg)).Log!;

        var warning = Assert.Single(log.Warnings, w => w.Message.Contains("not UTF-8", StringComparison.Ordinal));
        Assert.Equal(2, warning.Line);
        Assert.Contains("0xE9", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Windows-1252", warning.Message, StringComparison.Ordinal);
        Assert.Contains(log.Workouts.SelectMany(w => w.Sets), s => s.ExerciseName == "Soulevé de terre roumain");
        Assert.DoesNotContain(log.Workouts.SelectMany(w => w.Sets), s => s.ExerciseName.Contains('\uFFFD'));
    }

    [Fact]
    public void Read_Utf8Export_NoEncodingWarning()
    {
        var text = Sample("strong-comma-10.csv").Replace("Romanian Deadlift (Barbell)", "Soulevé de terre roumain", StringComparison.Ordinal);
        var log = WorkoutLogReader.Read(System.Text.Encoding.UTF8.GetBytes(text), "utf8.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg)).Log!;
        Assert.DoesNotContain(log.Warnings, w => w.Message.Contains("not UTF-8", StringComparison.Ordinal));
        Assert.Contains(log.Workouts.SelectMany(w => w.Sets), s => s.ExerciseName == "Soulevé de terre roumain");
    }

    [Fact]
    public void Summary_HundredThousandMalformedRows_CountedByKindNotListed()
    {
        var lines = Sample("strong-comma-10.csv").Split('\n').Where(l => l.Length > 0).ToList();
        var good = lines[1];
        var bad = new System.Text.StringBuilder(string.Join('\n', lines)).Append('\n');
        for (var i = 0; i < 100_000; i++)
        {
            bad.Append(good.Replace(",80,8,", i % 2 == 0 ? $",w{i},8," : $",80,r{i},", StringComparison.Ordinal)).Append('\n');
        }
        var log = WorkoutLogReader.Read(bad.ToString(), "m.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg)).Log!;
        Assert.Equal(100_000, log.Skipped.Count(s => s.Kind.StartsWith("malformed", StringComparison.Ordinal)));

        var summary = Surge.Reports.HistoryImportOutput.Summarise(log, new Surge.Reports.ImportCounts(0, 0, 0), dryRun: true);
        Assert.Equal([KeyValuePair.Create("malformed: reps", 50_000), KeyValuePair.Create("malformed: weight", 50_000)], summary.Skipped.Where(p => p.Key.StartsWith("malformed", StringComparison.Ordinal)));
        var json = Surge.Reports.HistoryImportOutput.Json(summary);
        Assert.True(json.Length < 4_000, $"{json.Length} characters of summary");
        Assert.Contains("\"malformed: weight\": \"malformed: weight 'w0' (line", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedRows_AreSkippedWithTheirLineNumbers()
    {
        var lines = Sample("strong-comma-10.csv").Split('\n').ToList();
        lines[2] = lines[2].Replace(",80,8,", ",eighty,8,", StringComparison.Ordinal);      // line 3: weight
        lines[3] = lines[3].Replace(",80,8,", ",80,8x,", StringComparison.Ordinal);        // line 4: reps
        lines[4] = "2024-13-04 18:00:00" + lines[4][19..];                                 // line 5: date
        lines[6] = "2024-11-06 18:00:00,Full Body";                                        // line 7: too few fields
        var result = WorkoutLogReader.Read(string.Join('\n', lines), "m.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg));
        var log = result.Log!;
        Assert.Equal(3, log.SetCount);
        Assert.Equal([3, 4, 5, 7], log.Skipped.Select(s => s.Line));
        Assert.All(log.Skipped, s => Assert.StartsWith("malformed: ", s.Reason));
        Assert.Equal("malformed: weight 'eighty' (line 3)", log.Skipped[0].Reason);
        Assert.Equal("malformed: reps '8x' (line 4)", log.Skipped[1].Reason);
        Assert.Contains("date", log.Skipped[2].Reason);
        Assert.EndsWith("(line 7)", log.Skipped[3].Reason);
    }

    [Fact]
    public void ShortRowThatLacksOnlyUnusedColumns_IsRead_ExtraNonEmptyFieldsAreNot()
    {
        var lines = Sample("strong-semicolon-lbs.csv").Split('\n').ToList();
        lines[1] = lines[1][..lines[1].LastIndexOf(';')];          // no "Workout Notes": still readable
        lines[3] += ";\"stray\"";                                   // a 14th value
        var log = WorkoutLogReader.Read(string.Join('\n', lines), "s.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default)).Log!;
        Assert.Equal(8, log.SetCount);
        var skipped = Assert.Single(log.Skipped, s => s.Reason.StartsWith("malformed", StringComparison.Ordinal));
        Assert.Equal("malformed: 14 fields where the header has 13 (line 4)", skipped.Reason);
        // The rest timer below the skipped set is not given to the warm-up above it.
        Assert.Equal(90.0, log.Workouts[0].Sets[0].RestSeconds);
    }

    [Fact]
    public void NoReadableRow_IsAnErrorAtTheFirstBadRow()
    {
        var text = "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,RPE\n"
            + "yesterday,Pull,50m,Deadlift (Barbell),1,80,8,0,0,7\n"
            + "today,Pull,50m,Deadlift (Barbell),2,80,8,0,0,7\n";
        var result = WorkoutLogReader.Read(text, "bad.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg));
        Assert.Null(result.Log);
        Assert.Equal(2, result.Error!.Line);
        Assert.Contains("date 'yesterday'", result.Error.Message);
    }

    [Fact]
    public void QuotedFieldsWithNewlinesAndDoubledQuotes_KeepLineNumbersRight()
    {
        // The curl's note spans two lines: the rows after it are one line further down.
        var log = Log("strong-semicolon-kg.csv", LogFormat.Strong);
        var upper = log.Workouts[1];
        var curl = upper.Sets.Single(s => s.ExerciseName == "Bicep Curl (Dumbbell)");
        var pushdown = upper.Sets.Single(s => s.ExerciseName == "Triceps Pushdown (Cable - Straight Bar)");
        Assert.Equal(curl.Line + 2, pushdown.Line);
    }

    [Fact]
    public void SameTextTwice_SameKeys_AndAnOverlappingExportSharesThem()
    {
        var text = Sample("strong-semicolon-kg.csv");
        var first = WorkoutLogReader.Read(text, "a.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default)).Log!;
        var again = WorkoutLogReader.Read(text, "b.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default)).Log!;
        Assert.Equal(first.Workouts.Select(w => w.Key), again.Workouts.Select(w => w.Key));

        // A later export: the second workout again plus a new one.
        var lines = text.Split("\r\n");
        var upper = lines.Where(l => l.StartsWith("\"2\"", StringComparison.Ordinal));
        var next = upper.Select(l => l.Replace("\"2\";\"2026-01-07 18:10:00\"", "\"3\";\"2026-01-09 18:00:00\"", StringComparison.Ordinal));
        var later = string.Join("\r\n", new[] { lines[0] }.Concat(upper).Concat(next));
        var overlap = WorkoutLogReader.Read(later, "c.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default)).Log!;
        Assert.Equal(2, overlap.Workouts.Count);
        Assert.Equal(first.Workouts[1].Key, overlap.Workouts[0].Key);
        Assert.DoesNotContain(overlap.Workouts[1].Key, first.Workouts.Select(w => w.Key));
    }

    [Fact]
    public void Hevy_TheSameWorkoutInTheOtherDateFormat_HasTheSameKey()
    {
        var text = Sample("hevy.csv");
        var rewritten = text.Replace("\"15 Sep 2024, 18:02\"", "\"2024-09-15 18:02\"", StringComparison.Ordinal);
        var a = WorkoutLogReader.Read(text, "a.csv", new LogReadOptions(LogFormat.Hevy, ExerciseCatalogue.Default)).Log!;
        var b = WorkoutLogReader.Read(rewritten, "b.csv", new LogReadOptions(LogFormat.Hevy, ExerciseCatalogue.Default)).Log!;
        Assert.Equal(a.Workouts.Select(w => w.Key), b.Workouts.Select(w => w.Key));
    }

    [Fact]
    public void Mappings_ResolveUnknownNames_CaseInsensitively()
    {
        var mappings = new Dictionary<string, string> { ["zercher WALK"] = "Zercher Squat" };
        var log = Log("strong-semicolon-kg.csv", LogFormat.Strong, mappings: mappings);
        Assert.Empty(log.Unmatched);
        Assert.All(Sets(log).Where(s => s.ExerciseName == "Zercher Walk"), s => Assert.Equal("zercher squat", s.Exercise));
    }

    [Fact]
    public void Mapping_ToAnUnknownName_IsWarnedAndTheNameStaysUnmatched()
    {
        var mappings = new Dictionary<string, string> { ["Zercher Walk"] = "Farmer Zercher Thing" };
        var log = Log("strong-semicolon-kg.csv", LogFormat.Strong, mappings: mappings);
        Assert.Single(log.Unmatched);
        Assert.Contains(log.Warnings, w => w.Message.Contains("Farmer Zercher Thing", StringComparison.Ordinal));
    }

    [Fact]
    public void UnitGivenButTheHeaderNamesAnother_HeaderWinsWithAWarning()
    {
        var log = Log("strong-semicolon-kg.csv", LogFormat.Strong, WeightUnit.Lb);
        Assert.Equal(100.0, log.Workouts[0].Sets[1].WeightKg);
        Assert.Single(log.Warnings);
    }

    [Fact]
    public void Load_ReadsTheFileWithItsBom_AndReportsMissingFiles()
    {
        var progress = new List<double>();
        var result = InputFiles.LoadLog(DataPath("strong-semicolon-kg.csv"),
            new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, Progress: new SyncProgress(progress)));
        Assert.True(result.Success);
        Assert.Equal(18, result.Log!.SetCount);
        Assert.Equal(0.0, progress[0]);
        Assert.Equal(1.0, progress[^1]);

        var missing = InputFiles.LoadLog(DataPath("no-such-file.csv"), new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default));
        Assert.False(missing.Success);
        Assert.Null(missing.Error!.Line);
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool).</summary>
    internal sealed class SyncProgress(List<double> values) : IProgress<double>
    {
        public void Report(double value) => values.Add(value);
    }

    [Fact]
    public void Read_CancelledWhileReadingTheRows_StopsBeforeTheNextRow()
    {
        using var cancel = new CancellationTokenSource();
        var reports = 0;
        // Cancelled at the first progress report, before the first row: no row is read after it.
        var progress = new CallbackProgress(_ =>
        {
            reports++;
            cancel.Cancel();
        });

        Assert.ThrowsAny<OperationCanceledException>(() =>
            WorkoutLogReader.Read(Sample("strong-semicolon-kg.csv"), "strong-semicolon-kg.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, Progress: progress), cancellation: cancel.Token));
        Assert.Equal(1, reports);
    }

    private sealed class CallbackProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value) => report(value);
    }
}
