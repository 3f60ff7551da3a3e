using System.Globalization;
using System.Text;
using Surge.Catalogue;
using Surge.Reports;
using Xunit.Abstractions;

namespace Surge.Validation.Tests;

/// <summary>The literature validation suite: CI fails on any case file that does not load and on any failing case.</summary>
public sealed class ValidationSuiteTests(ITestOutputHelper output)
{
    public const int MinimumStudies = 12;
    public const int MinimumObservations = 30;

    [Fact]
    public void CasesFolder_Always_HoldsCaseFiles()
    {
        Assert.True(Directory.Exists(ValidationSuite.CasesFolder), $"no cases folder at {ValidationSuite.CasesFolder}");
        Assert.NotEmpty(Directory.GetFiles(ValidationSuite.CasesFolder, "*.yaml"));
    }

    [Theory]
    [MemberData(nameof(ValidationSuite.CaseFileNames), MemberType = typeof(ValidationSuite))]
    public void CaseFile_Each_Loads(string file)
    {
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ValidationSuite.CasesFolder)!, file));

        var result = ValidationCaseFile.Parse(text, file, ExerciseCatalogue.Default);

        Assert.True(result.Success, result.Error?.ToString());
        Assert.NotEmpty(result.Study!.Observations);
    }

    [Fact]
    public void Suite_Size_HasAtLeast12StudiesAnd30Observations()
    {
        var studies = ValidationSuite.Studies;
        var observations = studies.Sum(s => s.Observations.Count);
        output.WriteLine($"{studies.Count} studies, {observations} observations");

        Assert.True(
            studies.Count >= MinimumStudies && observations >= MinimumObservations,
            $"the validation suite needs at least {MinimumStudies} studies and {MinimumObservations} observations; " +
            $"it has {studies.Count} studies ({string.Join(", ", studies.Select(s => s.File))}) and {observations} observations");
    }

    [Fact]
    public void Suite_StudyNames_AreUnique()
    {
        var duplicates = ValidationSuite.Studies.GroupBy(s => s.Name).Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' in {string.Join(", ", g.Select(s => s.File))}").ToArray();

        Assert.True(duplicates.Length == 0, "study names used twice: " + string.Join("; ", duplicates));
    }

    [Fact]
    public void Suite_ObservationIds_AreUniqueAcrossStudies()
    {
        var duplicates = ValidationSuite.Studies.SelectMany(s => s.Observations.Select(o => (s.File, o.Id)))
            .GroupBy(x => x.Id).Where(g => g.Count() > 1)
            .Select(g => $"'{g.Key}' in {string.Join(", ", g.Select(x => x.File))}").ToArray();

        Assert.True(duplicates.Length == 0, "observation ids used twice: " + string.Join("; ", duplicates));
    }

    /// <summary>The ids of known-failures.txt: the cases the model fails today, each with its reason.</summary>
    private static HashSet<string> KnownFailures() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "known-failures.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('|')[0].Trim())
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void Cases_NoneFailsBeyondTheKnownDisagreements()
    {
        // A fail that is not a documented disagreement is a regression; a documented one that now passes must leave
        // the list (it only shrinks by fixing the model).
        var report = ValidationSuite.Report;
        var known = KnownFailures();

        var failing = report.Cases.Where(c => c.Verdict == Verdict.Fail && !known.Contains(c.Observation.Id))
            .Select(c => $"  {c.Observation.Id} ({c.Study}, {c.Observation.Measure.Id()} at {c.Observation.When.Text}): " +
                         $"observed {ValidationText.Observed(c)}, range {ValidationText.Range(c)}, predicted {ValidationText.Predicted(c)}")
            .ToArray();
        var mended = known.Where(id => report.Cases.Any(c => c.Observation.Id == id && c.Verdict != Verdict.Fail)).ToArray();

        Assert.True(failing.Length == 0, $"{failing.Length} failing validation case(s) not in known-failures.txt:\n{string.Join("\n", failing)}");
        Assert.True(mended.Length == 0, $"no longer failing, remove from known-failures.txt: {string.Join(", ", mended)}");
        Assert.All(known, id => Assert.Contains(report.Cases, c => c.Observation.Id == id));
    }

    [Fact]
    public void Cases_All_RunWithoutWarnings()
    {
        // Every protocol means what its paper means: %1RM of the external 1RM, reps that fit the load (no "more reps
        // than the relation allows" and no default-1RM warnings).
        var warnings = ValidationSuite.Report.Simulations
            .SelectMany(entry => entry.Value.Warnings.Select(w => $"{entry.Key.Item1}, condition {entry.Key.Item2}: {w}"))
            .ToArray();
        Assert.True(warnings.Length == 0, string.Join(Environment.NewLine, warnings.Take(10)));
    }

    [Fact]
    public void Score_Always_IsPrintedAndWrittenForCi()
    {
        var line = "validation score: " + ValidationText.Summary(ValidationSuite.Report);

        output.WriteLine(line);
        var root = ValidationSuite.RepositoryRoot ?? AppContext.BaseDirectory;
        var folder = Path.Combine(root, "TestResults");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "validation-score.txt"), line + "\n", new UTF8Encoding(false));

        Assert.Matches(@"^validation score: \d+ cases from \d+ studies: \d+ pass, \d+ near, \d+ fail \(\d+\.\d %", line);
    }

    [Fact]
    public void PlotCurves_AtObservationTimes_EqualTheGradedPrediction()
    {
        var report = ValidationSuite.Report;

        // Trial statistics (means and SDs across simulated subjects) have no curve to plot.
        foreach (var graded in report.Cases.Where(c => !c.Observation.IsOrdering() && c.Observation.Comparison != Comparison.Difference && c.Observation.Statistic is null))
        {
            if (graded.Observation.IsLongTerm)
            {
                var program = report.Programs[(graded.Study, graded.Observation.Condition)];
                Assert.Equal(graded.Predicted, ValidationGrader.PredictLongTerm(graded.Observation, program));
                continue;
            }
            var result = report.Simulations[(graded.Study, graded.Observation.Condition)];
            var t = graded.Observation.When.MinutesSinceStart(result);

            var curve = ValidationPlots.CurveValue(graded.Observation, result, t);

            Assert.True(
                curve.Equals(graded.Predicted),
                $"{graded.Observation.Id}: plotted {curve.ToString("R", CultureInfo.InvariantCulture)}, graded {graded.Predicted.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    [Fact]
    public void Docs_ValidationMd_IsUpToDateWithTheCases()
    {
        Assert.True(ValidationSuite.RepositoryRoot is not null, "the repository root (Surge.slnx) was not found above the tests");
        var path = Path.Combine(ValidationSuite.RepositoryRoot!, "docs", "validation.md");
        var crossValidationPath = Path.Combine(ValidationSuite.RepositoryRoot!, "data", "cross-validation.json");
        Assert.True(File.Exists(crossValidationPath), "data/cross-validation.json is missing: run tools/Surge.Calibrate with --leave-one-study-out");
        var crossValidation = CrossValidationSummary.Parse(File.ReadAllText(crossValidationPath), crossValidationPath);
        var expected = ValidationMarkdown.Render(ValidationSuite.Report, crossValidation, Surge.Physiology.ModelParameters.Default.Fingerprint);
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";

        if (actual != expected)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            var first = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
                .First(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i]);
            Assert.Fail(
                $"docs/validation.md is not up to date with data/validation; run `{ValidationSuite.RegenerateCommand}` " +
                $"(e.g. dotnet run --project src/Surge.Cli -c Release -- validate --markdown docs/validation.md). " +
                $"First difference at line {first + 1}:\n  committed: {(first < actualLines.Length ? actualLines[first] : "(end of file)")}\n" +
                $"  generated: {(first < expectedLines.Length ? expectedLines[first] : "(end of file)")}");
        }
    }

    [Fact]
    public void Readme_OfTheHeldBackPile_ListsEveryCaseFileAndNoOther()
    {
        // data/validation/README.md says where every number of every held-back file was read; a file without its row
        // would be a study whose source nobody can check.
        Assert.True(ValidationSuite.RepositoryRoot is not null, "the repository root (Surge.slnx) was not found above the tests");
        var folder = Path.Combine(ValidationSuite.RepositoryRoot!, "data", "validation");
        var readme = File.ReadAllText(Path.Combine(folder, "README.md"));
        var listed = System.Text.RegularExpressions.Regex.Matches(readme, @"^\| `([^`]+\.yaml)` \|", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var files = Directory.GetFiles(folder, "*.yaml").Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);

        Assert.True(files.Count > 0, "no case files in data/validation");
        Assert.Empty(files.Except(listed).Order(StringComparer.Ordinal));
        Assert.Empty(listed.Except(files).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parameters_ThatNameAHeldBackStudy_SayItIsHeldBack()
    {
        // No parameter takes its value from a study that also grades it: a parameter source that names a held-back study
        // (first author and year of its name, e.g. "Mitchell et al. 2014") must say that the study is held back and what
        // it grades. Studies whose first author and year also name a calibration study (Ahtiainen 2003, West 2010) are
        // ambiguous by name and left out of the check; a name after "&" or "and" is a co-author, not the study.
        static (string Author, string Year)? Key(ValidationStudy study)
        {
            var match = System.Text.RegularExpressions.Regex.Match(study.Name, @"^(.+?)(?: et al\.| &| and)? ((?:19|20)\d\d)\b");
            return match.Success ? (match.Groups[1].Value.Split(" & ")[0].Trim(), match.Groups[2].Value) : null;
        }
        var calibration = ValidationSuite.Studies.Where(s => s.Set == ValidationSet.Calibration).Select(Key).OfType<(string, string)>().ToHashSet();
        var heldBack = ValidationSuite.Studies.Where(s => s.Set == ValidationSet.Validation).Select(Key).OfType<(string Author, string Year)>()
            .Where(k => !calibration.Contains(k)).Distinct().ToList();
        Assert.True(heldBack.Count > 50, $"only {heldBack.Count} held-back studies were read by name");

        var offending = new List<string>();
        foreach (var parameter in Surge.Physiology.ModelParameters.Default.All)
        {
            var source = parameter.Source;
            if (source.Contains("held-back", StringComparison.OrdinalIgnoreCase) || source.Contains("held back", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            offending.AddRange(heldBack
                .Where(k => System.Text.RegularExpressions.Regex.IsMatch(source,
                    @"(?<!(?:&|and)\s)\b" + System.Text.RegularExpressions.Regex.Escape(k.Author) + @"\b[^;()]{0,60}?\b" + k.Year + @"\b"))
                .Select(k => $"{parameter.Name}: names {k.Author} {k.Year}"));
        }
        Assert.Empty(offending);
    }

    [Fact]
    public void Docs_CrossValidationMd_IsForTheShippedParameters()
    {
        // The leave-one-study-out figures are computed by tools/Surge.Calibrate for one parameter set; they must not
        // be quoted for another.
        Assert.True(ValidationSuite.RepositoryRoot is not null, "the repository root (Surge.slnx) was not found above the tests");
        var path = Path.Combine(ValidationSuite.RepositoryRoot!, "docs", "cross-validation.md");
        Assert.True(File.Exists(path), "docs/cross-validation.md is missing: run tools/Surge.Calibrate with --leave-one-study-out");
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("Parameter fingerprint: `", StringComparison.Ordinal)) ?? "";
        var shipped = Surge.Physiology.ModelParameters.Default.Fingerprint;
        Assert.True(line.Contains($"`{shipped}`", StringComparison.Ordinal),
            $"docs/cross-validation.md was computed for another parameter set ({line}); the shipped set is `{shipped}`: " +
            "rerun dotnet run --project tools/Surge.Calibrate -c Release -- --fit NAMES --leave-one-study-out docs/cross-validation.md " +
            "with the names listed in the file");
    }

    [Fact]
    public void Data_CrossValidationJson_IsForTheShippedParameters()
    {
        // docs/validation.md quotes these figures; the tool writes them with docs/cross-validation.md.
        Assert.True(ValidationSuite.RepositoryRoot is not null, "the repository root (Surge.slnx) was not found above the tests");
        var path = Path.Combine(ValidationSuite.RepositoryRoot!, "data", "cross-validation.json");
        var summary = CrossValidationSummary.Parse(File.ReadAllText(path), path);
        Assert.Equal(Surge.Physiology.ModelParameters.Default.Fingerprint, summary.Fingerprint);
        Assert.Equal("all", summary.ByMeasure[^1].Name);
        Assert.Equal(ValidationSuite.Report.Studies.Count(s => s.Set == ValidationSet.Calibration), summary.ByStudy.Count);
    }

    [Fact]
    public void Docs_CalibrationMd_IsForTheShippedParameters()
    {
        // The standard errors and correlations of the calibrated parameters hold for one parameter set.
        Assert.True(ValidationSuite.RepositoryRoot is not null, "the repository root (Surge.slnx) was not found above the tests");
        var path = Path.Combine(ValidationSuite.RepositoryRoot!, "docs", "calibration.md");
        Assert.True(File.Exists(path), "docs/calibration.md is missing: run dotnet run --project tools/Surge.Calibrate -c Release -- --fit calibrated --uncertainty docs/calibration.md --posterior data/posterior.json");
        var text = File.ReadAllText(path);
        var shipped = Surge.Physiology.ModelParameters.Default;
        Assert.Contains($"Parameter fingerprint: `{shipped.Fingerprint}`", text, StringComparison.Ordinal);
        // Every calibrated parameter has its row.
        Assert.All(shipped.All.Where(p => p.Basis == "calibrated"), p => Assert.Contains($"| `{p.Name}` |", text, StringComparison.Ordinal));
    }
}
