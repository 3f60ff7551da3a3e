using System.Text.Json;
using Surge.Catalogue;
using Surge.Cli.Commands;
using Surge.Cli.Terminal;
using Surge.Reports;
using Surge.Simulation;
using Surge.Tests.Support;
using Surge.Validation;

namespace Surge.Cli.Tests;

public sealed class ValidateCommandTests
{
    internal const string PassingStudy = """
        study: Passing et al. 2026
        citation: "Passing A, Test B. A study that the model passes. J Test 1:1-2, 2026"
        subjects: "10 trained men"
        note: "Wide ranges: the model lies inside them."
        athlete: {sex: male, age: 25, training_status: trained}
        conditions:
          squat:
            label: "5 x 10 back squat at 70 %1RM"
            session:
              start: "17:00"
              record_until: 30 min
              exercises:
                - {exercise: back squat, sets: 5, reps: 10, load: 70 %1RM, rest: 90 s}
          rest:
            label: "seated rest"
            session:
              start: "17:00"
              record_until: 30 min
              exercises: []
        observations:
          - {id: passing-total-t, condition: squat, measure: total_testosterone, when: end+0, unit: nmol/L, observed: 21, spread: 10, n: 10, baseline: 20}
          - {id: passing-lactate, condition: squat, measure: lactate, when: end+0, unit: mmol/L, observed: 8, spread: 3, spread_kind: se, n: 16}
          - {id: passing-lactate-order, condition: squat, measure: lactate, when: end+0, unit: mmol/L, compare: greater_than, other: rest, n: 10}
        """;

    private const string FailingStudy = """
        study: Failing et al. 2026
        citation: "Failing C. A study that the model fails. J Test 2:3-4, 2026"
        subjects: "8 trained men"
        conditions:
          bench:
            label: "5 x 10 bench press at 70 %1RM"
            session:
              start: "17:00"
              record_until: 30 min
              exercises:
                - {exercise: bench press, sets: 5, reps: 10, load: 70 %1RM, rest: 90 s}
        observations:
          - {id: failing-total-t, condition: bench, measure: total_testosterone, when: end+0, unit: nmol/L, observed: 60, spread: 1, n: 8, baseline: 20}
        """;

    private const string BrokenStudy = """
        study: Broken et al. 2026
        citation: "Broken D. 2026"
        subjects: "5 men"
        conditions:
          squat:
            label: "squats"
            session:
              exercises:
                - {exercise: back squat, sets: 3, reps: 10, load: 70 %1RM, rest: 90 s}
        observations:
          - {id: broken-t, condition: squat, measure: total_testosterone, when: end+0, unit: nmol/L, observed: 20, spread: 5, n: 5, colour: red}
        """;

    private static TemporaryFolder Cases(params (string Name, string Text)[] files)
    {
        var folder = new TemporaryFolder();
        foreach (var (name, text) in files)
        {
            File.WriteAllText(folder.File(name), text);
        }
        return folder;
    }

    [Fact]
    public void Validate_PassingCases_PrintsTableAndSummaryAndExits0()
    {
        using var cases = Cases(("passing.yaml", PassingStudy));

        var run = CliRunner.Run("validate", "--cases", cases.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Passing et", run.Out);
        Assert.Contains("5 x 10", run.Out); // the condition's label
        Assert.Contains("21.00 ± 10.00 nmol/L (n=10)", run.Out);
        Assert.Contains("SE→SD", run.Out);
        Assert.Contains("squat > rest (n=10)", run.Out);
        Assert.Matches(@"squat > rest \(n=10\); predicted squat − rest = \+\d", run.Out); // the difference, named
        Assert.Contains("0.050 – ∞ mmol/L", run.Out); // right side by more than 5 % of the rest value (1 mmol/L)
        Assert.Contains("14.68 – 27.32 nmol/L", run.Out); // 21 ± 2 SE, SE = 10/√10
        Assert.EndsWith("3 cases from 1 study: 3 pass, 0 near, 0 fail (100.0 % pass)", run.Out.TrimEnd());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public void Validate_RedirectedOutput_ListsEveryStudyAndConditionInFull()
    {
        // A pipe is 160 columns wide: too narrow for the eight-column table, so the cases are listed under their study
        // and condition, which keep their full names (the table squeezed those two columns to nothing).
        using var cases = Cases(("passing.yaml", PassingStudy), ("failing.yaml", FailingStudy));

        var run = CliRunner.Run("validate", "--cases", cases.Path);

        var lines = run.Out.Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.Contains("Passing et al. 2026", lines);
        Assert.Contains("Failing et al. 2026", lines);
        Assert.Contains("  5 x 10 back squat at 70 %1RM", lines);
        Assert.Contains("  5 x 10 bench press at 70 %1RM", lines);
        Assert.Contains(lines, l => l.StartsWith("    total_testosterone end+0: observed 60.00 ± 1.000 nmol/L (n=8); predicted ", StringComparison.Ordinal) && l.EndsWith(": fail", StringComparison.Ordinal));
        Assert.DoesNotContain("…", run.Out);
        Assert.All(lines, l => Assert.True(l.Length <= 160, $"{l.Length} characters: {l}"));
    }

    [Fact]
    public void ValidationTable_WideConsole_KeepsStudyAndConditionColumns()
    {
        var study = ValidationCaseFile.Parse(PassingStudy, "passing.yaml", ExerciseCatalogue.Default).Study!;
        var report = ValidationGrader.Grade([study], SessionSimulator.Default);
        var output = new StringWriter();
        var console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Ansi = Spectre.Console.AnsiSupport.No,
            ColorSystem = Spectre.Console.ColorSystemSupport.NoColors,
            Out = new Spectre.Console.AnsiConsoleOutput(output),
        });
        console.Profile.Width = ValidationTable.TableMinimumWidth + 20;

        ValidationTable.Write(console, report);

        var text = output.ToString();
        Assert.Contains("╭", text);
        Assert.Contains("Passing et", text);
        Assert.Contains("5 x 10 back", text);
        Assert.DoesNotContain("…", text);
    }

    [Fact]
    public void Grade_OrderingOnTheWrongSide_IsAFailNotNear()
    {
        // Rest-day lactate "greater than" the squat session's: the wrong sign is a fail, whatever its size.
        var text = PassingStudy.Replace("{id: passing-lactate-order, condition: squat, measure: lactate, when: end+0, unit: mmol/L, compare: greater_than, other: rest, n: 10}",
            "{id: wrong-order, condition: rest, measure: lactate, when: end+0, unit: mmol/L, compare: greater_than, other: squat, n: 10}", StringComparison.Ordinal);
        var study = ValidationCaseFile.Parse(text, "wrong.yaml", ExerciseCatalogue.Default).Study!;

        var graded = ValidationGrader.Grade([study], SessionSimulator.Default).Cases.Single(c => c.Observation.Id == "wrong-order");

        Assert.True(graded.Predicted < 0, $"difference {graded.Predicted}");
        Assert.Equal(Verdict.Fail, graded.Verdict);
    }

    [Fact]
    public void Grade_OrderingOfEqualConditions_FailsAndThePassRangeStartsAboveTheAssayError()
    {
        // Two identical conditions: a difference of 0 is not on the right side, and passing needs more than 5 % of the other value.
        var text = PassingStudy.Replace("other: rest, n: 10}", "other: squat, n: 10}", StringComparison.Ordinal);
        var study = ValidationCaseFile.Parse(text, "same.yaml", ExerciseCatalogue.Default).Study!;

        var graded = ValidationGrader.Grade([study], SessionSimulator.Default).Cases.Single(c => c.Observation.Id == "passing-lactate-order");

        Assert.Equal(0.0, graded.Predicted);
        Assert.Equal(Verdict.Fail, graded.Verdict); // not on the right side at all
        Assert.True(graded.Low > 0, $"the pass range starts above 0: {graded.Low}");
    }

    [Fact]
    public void Validate_CalibrationFolder_ReportsItsCasesAsCalibration()
    {
        using var root = new TemporaryFolder();
        var calibration = Directory.CreateDirectory(Path.Combine(root.Path, "calibration")).FullName;
        File.WriteAllText(Path.Combine(calibration, "passing.yaml"), PassingStudy);

        var run = CliRunner.Run("validate", "--cases", calibration, "--json");

        using var json = JsonDocument.Parse(run.Out);
        Assert.All(json.RootElement.GetProperty("cases").EnumerateArray(), c => Assert.Equal("calibration", c.GetProperty("set").GetString()));
        var sets = json.RootElement.GetProperty("sets");
        Assert.Equal(3, sets.GetProperty("calibration").GetProperty("total").GetInt32());
        Assert.Equal(0, sets.GetProperty("validation").GetProperty("total").GetInt32());
    }

    [Fact]
    public void Validate_FailingCase_Exits1AndCountsIt()
    {
        using var cases = Cases(("passing.yaml", PassingStudy), ("failing.yaml", FailingStudy));

        var run = CliRunner.Run("validate", "--cases", cases.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("4 cases from 2 studies: 3 pass, 0 near, 1 fail (75.0 % pass)", run.Out);
        Assert.Contains("59.29 – 60.71 nmol/L", run.Out);
    }

    [Fact]
    public void Validate_BrokenCaseFile_Exits2WithFileLineColumnAndField()
    {
        using var cases = Cases(("passing.yaml", PassingStudy), ("broken.yaml", BrokenStudy));
        var report = Path.Combine(cases.Path, "report.html");

        var run = CliRunner.Run("validate", "--cases", cases.Path, "--report", report);

        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"broken\.yaml:11:\d+: observations\[0\]\.colour: unknown field 'colour'", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal("", run.Out);
        Assert.False(File.Exists(report));
        Assert.Equal(["broken.yaml", "passing.yaml"], Directory.GetFiles(cases.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Validate_MissingOrEmptyCasesFolder_Exits2()
    {
        using var cases = Cases();

        var missing = CliRunner.Run("validate", "--cases", Path.Combine(cases.Path, "nowhere"));
        var empty = CliRunner.Run("validate", "--cases", cases.Path);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error);
        Assert.Equal(2, empty.ExitCode);
        Assert.Contains("no case files", empty.Error);
    }

    [Fact]
    public void Validate_Json_HasTheFormatsObject()
    {
        using var cases = Cases(("passing.yaml", PassingStudy), ("failing.yaml", FailingStudy));

        var run = CliRunner.Run("validate", "--cases", cases.Path, "--json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("passed").GetInt32());
        Assert.Equal(0, root.GetProperty("near").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        var all = root.GetProperty("cases").EnumerateArray().ToArray();
        Assert.Equal(4, all.Length);
        string[] keys = ["id", "study", "measure", "when", "unit", "observed", "spread", "n", "low", "high", "predicted", "verdict"];
        Assert.All(all, c => Assert.All(keys, key => Assert.True(c.TryGetProperty(key, out _), $"missing '{key}'")));

        var failing = all.Single(c => c.GetProperty("id").GetString() == "failing-total-t");
        Assert.Equal("Failing et al. 2026", failing.GetProperty("study").GetString());
        Assert.Equal("total_testosterone", failing.GetProperty("measure").GetString());
        Assert.Equal("end+0", failing.GetProperty("when").GetString());
        Assert.Equal("nmol/L", failing.GetProperty("unit").GetString());
        Assert.Equal(60.0, failing.GetProperty("observed").GetDouble());
        Assert.Equal(1.0, failing.GetProperty("spread").GetDouble());
        Assert.Equal(8, failing.GetProperty("n").GetInt32());
        Assert.Equal(60.0 - 2.0 / Math.Sqrt(8), failing.GetProperty("low").GetDouble(), 9);
        Assert.Equal(60.0 + 2.0 / Math.Sqrt(8), failing.GetProperty("high").GetDouble(), 9);
        Assert.Equal("validation", failing.GetProperty("set").GetString());
        var z = failing.GetProperty("standardised_residual").GetDouble();
        Assert.Equal((failing.GetProperty("predicted").GetDouble() - 60.0) / (1.0 / Math.Sqrt(8)), z, 9);
        Assert.InRange(failing.GetProperty("predicted").GetDouble(), 15.0, 40.0);
        Assert.Equal("fail", failing.GetProperty("verdict").GetString());

        var se = all.Single(c => c.GetProperty("id").GetString() == "passing-lactate");
        Assert.Equal(12.0, se.GetProperty("spread").GetDouble(), 12);
        Assert.Equal("se", se.GetProperty("spread_kind").GetString());

        var ordering = all.Single(c => c.GetProperty("id").GetString() == "passing-lactate-order");
        Assert.Equal(0.05, ordering.GetProperty("low").GetDouble(), 6); // 5 % of the rest condition's 1.0 mmol/L (assay error)
        Assert.Equal(JsonValueKind.Null, ordering.GetProperty("high").ValueKind);
        Assert.Equal(JsonValueKind.Null, ordering.GetProperty("observed").ValueKind);
        Assert.True(ordering.GetProperty("predicted").GetDouble() > 0);
        Assert.Equal("greater_than", ordering.GetProperty("comparison").GetString());
    }

    [Fact]
    public void Validate_Study_FiltersByNameOrFileCaseInsensitively()
    {
        using var cases = Cases(("passing.yaml", PassingStudy), ("failing.yaml", FailingStudy));

        var byName = CliRunner.Run("validate", "--cases", cases.Path, "--study", "PASSING ET");
        var byFile = CliRunner.Run("validate", "--cases", cases.Path, "--study", "failing.y");

        Assert.Equal(0, byName.ExitCode);
        Assert.DoesNotContain("Failing et al.", byName.Out);
        Assert.Contains("3 cases from 1 study", byName.Out);
        Assert.Equal(1, byFile.ExitCode);
        Assert.DoesNotContain("Passing et al.", byFile.Out);
        Assert.Contains("1 case from 1 study", byFile.Out);
    }

    [Fact]
    public void Validate_StudyWithoutMatch_Exits2NamingTheStudies()
    {
        using var cases = Cases(("passing.yaml", PassingStudy), ("failing.yaml", FailingStudy));

        var run = CliRunner.Run("validate", "--cases", cases.Path, "--study", "nobody");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no study matches 'nobody'", run.Error);
        Assert.Contains("Passing et al. 2026 (passing.yaml)", run.Error);
        Assert.Contains("Failing et al. 2026 (failing.yaml)", run.Error);
    }

    [Fact]
    public void Validate_Report_WritesSelfContainedHtmlWithFiguresEvenWhenACaseFails()
    {
        using var cases = Cases(("passing.yaml", PassingStudy), ("failing.yaml", FailingStudy));
        var report = cases.File("report.html");

        var run = CliRunner.Run("validate", "--cases", cases.Path, "--report", report);

        Assert.Equal(1, run.ExitCode);
        var html = File.ReadAllText(report);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("4 cases from 2 studies: 3 pass, 0 near, 1 fail (75.0 % pass)", html);
        Assert.Contains("data:image/png;base64,", html);
        Assert.Contains("Passing A, Test B. A study that the model passes.", html);
        Assert.Contains("10 trained men", html);
        Assert.Contains("Wide ranges: the model lies inside them.", html);
        Assert.Contains("<td class=\"fail\">fail</td>", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script src", html);
        Assert.Empty(Directory.GetFiles(cases.Path, "*.tmp*"));
    }

    [Fact]
    public void Validate_ReportToMissingFolder_Exits2BeforeGrading()
    {
        using var cases = Cases(("passing.yaml", PassingStudy));

        var run = CliRunner.Run("validate", "--cases", cases.Path, "--report", Path.Combine(cases.Path, "no", "report.html"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--report", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Validate_Markdown_WritesTheGeneratedPage()
    {
        using var cases = Cases(("passing.yaml", PassingStudy), ("failing.yaml", FailingStudy));
        var markdown = cases.File("validation.md");

        var run = CliRunner.Run("validate", "--cases", cases.Path, "--markdown", markdown);

        Assert.Equal(1, run.ExitCode);
        var text = File.ReadAllText(markdown);
        Assert.StartsWith("# Validation against published studies", text);
        Assert.Contains("surge validate --markdown docs/validation.md", text);
        Assert.Contains("**Score: 4 cases from 2 studies: 3 pass, 0 near, 1 fail (75.0 % pass).**", text);
        Assert.Contains("## How a case is graded", text);
        Assert.Contains("## Case-file format", text);
        Assert.Contains("| Failing et al. 2026 | 5 x 10 bench press at 70 %1RM | total_testosterone | end+0 | 60.00 ± 1.000 nmol/L (n=8) |", text);
        Assert.Contains("| 59.29 – 60.71 nmol/L | **fail** |", text);
        Assert.Contains("Failing C. A study that the model fails. J Test 2:3-4, 2026", text);
        Assert.DoesNotContain(cases.Path, text);
    }

    [Fact]
    public void Validate_WithoutCasesOption_FindsTheRepositoryCases()
    {
        var run = CliRunner.Run("validate", "--json");

        Assert.True(run.ExitCode is 0 or 1, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        Assert.NotEqual(0, json.RootElement.GetProperty("cases").GetArrayLength());
    }

    [Fact]
    public void ValidationPlots_Figures_OnePerMeasureWithTheComparedCurvesAndObservedPoints()
    {
        var study = ValidationCaseFile.Parse(PassingStudy, "passing.yaml", ExerciseCatalogue.Default).Study!;
        var report = ValidationGrader.Grade([study], SessionSimulator.Default);

        var figures = ValidationPlots.Figures(report, study);

        Assert.Equal(["Passing et al. 2026: Total testosterone", "Passing et al. 2026: Blood lactate"], figures.Select(f => f.Title));
        var testosterone = figures[0];
        Assert.Equal([("squat", true), ("rest", false)], testosterone.Curves.Select(c => (c.Condition, c.Graded)));
        var point = Assert.Single(testosterone.Points);
        Assert.Equal((0.0, 21.0), (point.MinutesAfterEnd, point.Observed));
        Assert.Equal(21.0 - 2.0 * 10.0 / Math.Sqrt(10), point.Low, 9);
        Assert.Equal(21.0 + 2.0 * 10.0 / Math.Sqrt(10), point.High, 9);
        var lactate = figures[1];
        Assert.Equal([("squat", true), ("rest", true)], lactate.Curves.Select(c => (c.Condition, c.Graded)));
        Assert.Equal("passing-lactate", Assert.Single(lactate.Points).Id);
        var squat = report.Simulations[(study.Name, "squat")];
        var atEnd = lactate.Curves[0].MinutesAfterEnd.ToList().IndexOf(Math.Floor(squat.Session.EndMin) - squat.Session.EndMin);
        Assert.Equal(squat[Measure.Lactate].Values[(int)Math.Floor(squat.Session.EndMin)], lactate.Curves[0].Values[atEnd], 12);
        Assert.NotEmpty(ValidationPlots.Png(lactate, ["squat", "rest"]));
    }

    [Fact]
    public void FindCasesFolder_RepositoryAbove_IsFoundFromTheCurrentFolder()
    {
        using var repository = new TemporaryFolder();
        var cases = Path.Combine(repository.Path, "data", "validation");
        var deep = Path.Combine(repository.Path, "a", "b");
        Directory.CreateDirectory(cases);
        Directory.CreateDirectory(deep);
        using var program = new TemporaryFolder();

        Assert.Equal(cases, ValidateCommand.FindCasesFolder(deep, program.Path));
    }

    [Fact]
    public void FindCasesFolder_NoRepository_FallsBackToTheCopyNextToTheProgram()
    {
        using var current = new TemporaryFolder();
        using var program = new TemporaryFolder();
        var shipped = Path.Combine(program.Path, "validation");

        Assert.Null(ValidateCommand.FindCasesFolder(current.Path, program.Path));
        Directory.CreateDirectory(shipped);
        Assert.Equal(shipped, ValidateCommand.FindCasesFolder(current.Path, program.Path));
    }

    [Fact]
    public void ProgramFolder_AfterBuild_HoldsTheShippedCases()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, ValidateCommand.ShippedCasesFolder);

        Assert.True(Directory.Exists(shipped), shipped);
        Assert.NotEmpty(Directory.GetFiles(shipped, "*.yaml"));
    }
}
