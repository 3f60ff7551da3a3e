using Surge.App;
using Surge.Catalogue;
using Surge.Fitting;
using Surge.Import;
using Surge.Logs;
using Surge.Simulation;
using Surge.Storage;
using Surge.Tests.Support;
using Surge.Trials;
using Surge.Validation;

namespace Surge.Tests.App;

/// <summary>The import, history, fit, trial and validate use cases of the application layer, as both shells call them.</summary>
public sealed class UseCaseTests
{
    private static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    /// <summary>data/validation of the repository the tests run in.</summary>
    private static string CasesFolder => ValidationCases.FindFolder(AppContext.BaseDirectory, AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("no data/validation above the tests");

    /// <summary>A name no catalogue exercise matches, given to the squats of the shipped Strong export.</summary>
    private const string Unmatched = "Odd Squat Machine";

    private static WorkoutLog StrongExample(IReadOnlyDictionary<string, string>? mappings = null)
    {
        var result = InputFiles.LoadLog(Example("strong-8-weeks.csv"), new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg, mappings));
        return result.Log ?? throw new InvalidOperationException(result.Error?.ToString());
    }

    private static WorkoutLog WithUnmatchedName()
    {
        var text = File.ReadAllText(Example("strong-8-weeks.csv")).Replace("Squat (Barbell)", Unmatched, StringComparison.Ordinal);
        var result = WorkoutLogReader.Read(text, "odd.csv", new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg));
        return result.Log ?? throw new InvalidOperationException(result.Error?.ToString());
    }

    [Fact]
    public void LogImportsMappings_TheFilesMappingsWinOverTheStoredOnes_WhateverTheCase()
    {
        var stored = new Dictionary<string, string> { ["Hack Squat (Machine)"] = "leg press", ["Cable Fly"] = "cable fly" };
        var file = new Dictionary<string, string> { ["hack squat (machine)"] = "back squat" };

        var mappings = LogImports.Mappings(stored, file);

        Assert.Equal(2, mappings.Count);
        Assert.Equal("back squat", mappings["Hack Squat (Machine)"]);
        Assert.Equal("cable fly", mappings["CABLE FLY"]);
    }

    [Fact]
    public void SurgeStorePlanImport_CountsOnlyWorkoutsNotPresent_AndRepeatsWithinTheFile()
    {
        var log = StrongExample();
        var present = log.Workouts.Take(3).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
        var doubled = log with { Workouts = [.. log.Workouts, log.Workouts[^1]] };

        var (added, counts) = SurgeStore.PlanImport(doubled, present);

        Assert.Equal(log.Workouts.Count - 3, counts.WorkoutsAdded);
        Assert.Equal(3, counts.WorkoutsPresent);
        Assert.Equal(1, counts.Duplicates);
        Assert.Equal(log.Workouts.Skip(3).Sum(w => w.Sets.Count), counts.SetsAdded);
        Assert.Equal(log.Workouts.Skip(3), added);
    }

    [Fact]
    public void LogImportsStore_DryRunCountsWhatTheImportThenStores_AndAReimportAddsNothing()
    {
        using var folder = new TemporaryFolder();
        var database = folder.File("surge.db");
        var log = StrongExample();
        var mappings = new Dictionary<string, string> { ["Some Machine"] = "leg press" };

        var dry = LogImports.Store(null, log, "strong-8-weeks.csv", SurgeStore.DefaultAthlete, dryRun: true);
        ImportResult first, dryAgain, again;
        using (var store = SurgeStore.Open(database))
        {
            first = LogImports.Store(store, log, "strong-8-weeks.csv", SurgeStore.DefaultAthlete, dryRun: false, mappings);
            dryAgain = LogImports.Store(store, log, "strong-8-weeks.csv", SurgeStore.DefaultAthlete, dryRun: true);
            again = LogImports.Store(store, log, "strong-8-weeks.csv", SurgeStore.DefaultAthlete, dryRun: false);
            Assert.Equal("leg press", store.Mappings()["Some Machine"]);
        }

        Assert.Equal(dry, first);
        Assert.True(first.WorkoutsAdded > 0);
        Assert.Equal(0, again.WorkoutsAdded);
        Assert.Equal(first.WorkoutsAdded, again.WorkoutsPresent);
        Assert.Equal(again, dryAgain); // the dry run counts from the stored keys as the import does
    }

    [Fact]
    public void LogImportsNeedsStoredMappings_OnlyForANameTheCatalogueMissedAndTheStoreMaps()
    {
        var log = WithUnmatchedName();

        Assert.Contains(log.Unmatched, u => u.Name == Unmatched);
        Assert.True(LogImports.NeedsStoredMappings(log, new Dictionary<string, string> { [Unmatched] = "back squat" }));
        Assert.False(LogImports.NeedsStoredMappings(log, new Dictionary<string, string> { ["Bench Press (Barbell)"] = "bench press" }));
    }

    [Fact]
    public void HistoryRunsAnalyze_AppliesAMappingSavedAfterTheImport()
    {
        using var folder = new TemporaryFolder();
        var log = WithUnmatchedName();
        using var store = SurgeStore.Open(folder.File("surge.db"));
        store.Import(log, "strong-8-weeks.csv");
        var stored = store.Workouts();

        var before = HistoryRuns.Analyze(store, SurgeStore.DefaultAthlete, stored, ExerciseCatalogue.Default, SessionSimulator.Default, Surge.Adaptation.ProgramSimulator.Default);
        store.SaveMappings(new Dictionary<string, string> { [Unmatched] = "back squat" });
        var after = HistoryRuns.Analyze(store, SurgeStore.DefaultAthlete, stored, ExerciseCatalogue.Default, SessionSimulator.Default, Surge.Adaptation.ProgramSimulator.Default);

        int Matched(HistoryRun run) => run.Workouts.Sum(w => w.Sets.Count(s => s.Exercise is not null));
        Assert.True(Matched(after) > Matched(before));
        Assert.Contains(after.Workouts.SelectMany(w => w.Sets), s => s.ExerciseName == Unmatched && s.Exercise == "back squat");
        Assert.DoesNotContain(before.Workouts.SelectMany(w => w.Sets), s => s.ExerciseName == Unmatched && s.Exercise is not null);
        Assert.Equal(stored.Count, after.Report.Workouts);
    }

    [Fact]
    public void FitsFitSession_ASampleAfterTheRecord_IsBadInputNamingItsLine()
    {
        var session = InputFiles.LoadSession(Example("leg-day.yaml"), ExerciseCatalogue.Default).Session!;
        MeasuredSample[] samples = [new(2, 0, Measure.Lactate, 1.0), new(3, 100_000, Measure.Lactate, 2.0)];

        var error = Assert.Throws<InputException>(() => Fits.FitSession(session, samples, "s.csv", SessionSimulator.Default));

        Assert.StartsWith("s.csv:3: t_min: 100000 min is outside the session", error.Message);
    }

    [Fact]
    public void FitsProfileChanges_ASessionFitStoresItsFittedValues_ALogWithoutWorkoutsIsRefused()
    {
        var session = InputFiles.LoadSession(Example("leg-day.yaml"), ExerciseCatalogue.Default).Session!;
        var samples = InputFiles.LoadSamples(Example("leg-day-samples.csv")).Samples!;
        var fit = Fits.FitSession(session, samples, "leg-day-samples.csv", SessionSimulator.Default);

        var changes = Fits.ProfileChanges(fit);

        Assert.Equal(fit.Parameters.First(p => p.Name == PersonFitter.LactateResponse).Value, changes.LactateResponse);
        Assert.Equal(fit.Parameters.First(p => p.Name == PersonFitter.RestingTestosterone).Value, changes.MorningTestosteroneNmolPerL);
        Assert.Null(changes.StrengthResponsiveness);

        using var folder = new TemporaryFolder();
        using var store = SurgeStore.Open(folder.File("surge.db"));
        var empty = Assert.Throws<InputException>(() => Fits.FitLog(store, "nobody", ExerciseCatalogue.Default, Surge.Adaptation.ProgramSimulator.Default));
        Assert.Contains("the log of nobody holds no workouts", empty.Message);
    }

    [Fact]
    public void TrialRunsRun_TheWholeTrialIsAnalysed_AShardIsNot_AndTheShardsShareItsUnits()
    {
        var trial = InputFiles.LoadTrial(Example("trial-hormones.yaml"), ExerciseCatalogue.Default).Trial! with { N = 4 };

        var whole = TrialRuns.Run(trial);
        var shard = TrialRuns.Run(trial, 0, 2);

        Assert.NotNull(whole.Result);
        var computed = TrialResult.Compute(trial, whole.Run.Observations);
        Assert.Equal(computed.Contrasts.Select(c => c.ToString()), whole.Result.Contrasts.Select(c => c.ToString()));
        Assert.Equal(4, whole.Result.N);
        Assert.Null(shard.Result);
        Assert.Equal(TrialRuns.Units(trial), TrialRuns.Units(trial, 0, 2) + TrialRuns.Units(trial, 1, 2));
        Assert.Equal(whole.Run.Observations.Count, shard.Run.Observations.Count + TrialRuns.Run(trial, 1, 2).Run.Observations.Count);
    }

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(0.99, true)]
    [InlineData(0.49, false)]
    [InlineData(1.0, false)]
    [InlineData(double.NaN, false)]
    public void TrialRunsIsPowerTarget_FromHalfTo99Percent(double target, bool valid) =>
        Assert.Equal(valid, TrialRuns.IsPowerTarget(target));

    [Fact]
    public void ValidationCasesLocate_AGivenFolderIsReadAlone_WithEveryCaseFile()
    {
        var shipped = CasesFolder;
        var suite = ValidationCases.Locate(shipped, "/nonexistent", "/nonexistent");

        Assert.Equal([shipped], suite.Folders);
        Assert.Equal("--cases", suite.Option);
        Assert.Equal(Directory.GetFiles(shipped, "*.yaml").Order(), suite.Files.Order());
        Assert.Throws<InputException>(() => ValidationCases.Locate(null, Path.GetTempPath(), Path.GetTempPath()));
    }

    [Fact]
    public void ValidationCasesSelect_NoMatch_ListsEveryStudyOnItsOwnLine()
    {
        // The default suite: both piles.
        var suite = ValidationCases.Locate(null, AppContext.BaseDirectory, AppContext.BaseDirectory);
        var studies = ValidationCases.Load(suite, ExerciseCatalogue.Default);

        var error = Assert.Throws<InputException>(() => ValidationCases.Select(studies, "nosuchstudy"));
        var lines = error.Message.Split(Environment.NewLine);

        Assert.Equal("--study: no study matches 'nosuchstudy'; the studies are:", lines[0]);
        var calibration = studies.Where(s => s.Set == ValidationSet.Calibration).ToArray();
        var heldBack = studies.Where(s => s.Set == ValidationSet.Validation).ToArray();
        Assert.NotEmpty(calibration);
        Assert.NotEmpty(heldBack);
        // Each pile under its heading, every study once, one a line.
        string[] expected =
        [
            $"  calibration ({calibration.Length} studies, fitted):",
            .. calibration.Select(s => $"    {s.Name} ({s.File})"),
            $"  validation ({heldBack.Length} studies, held back from fitting):",
            .. heldBack.Select(s => $"    {s.Name} ({s.File})"),
        ];
        Assert.Equal(expected, lines.Skip(1));
        Assert.Contains(ValidationCases.Select(studies, studies[0].Name.ToUpperInvariant()), s => s.Name == studies[0].Name);
    }

    [Fact]
    public void ValidationCasesSelect_MisspeltFileName_SuggestsTheNearestStudy()
    {
        var suite = ValidationCases.Locate(CasesFolder, "/nonexistent", "/nonexistent");
        var studies = ValidationCases.Load(suite, ExerciseCatalogue.Default);
        var file = Path.GetFileNameWithoutExtension(studies[0].File);
        // One letter dropped from the middle of a real file name.
        var misspelt = file.Remove(file.Length / 2, 1);
        Assert.DoesNotContain(studies, s => s.File.Contains(misspelt, StringComparison.OrdinalIgnoreCase) || s.Name.Contains(misspelt, StringComparison.OrdinalIgnoreCase));

        var error = Assert.Throws<InputException>(() => ValidationCases.Select(studies, misspelt));

        Assert.StartsWith($"--study: no study matches '{misspelt}'; did you mean '{file}'?; the studies are:", error.Message, StringComparison.Ordinal);
    }
}
