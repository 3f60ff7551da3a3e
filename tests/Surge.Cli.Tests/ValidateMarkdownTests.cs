using Surge.Cli.Commands;
using Surge.Tests.Support;
using Surge.Validation;

namespace Surge.Cli.Tests;

/// <summary><c>surge validate --markdown</c> with the leave-one-study-out figures beside the cases (data/cross-validation.json).</summary>
public sealed class ValidateMarkdownTests
{
    [Fact]
    public void Validate_Markdown_PutsTheLeaveOneStudyOutFiguresBesideTheCasesIntoThePage()
    {
        using var folder = new TemporaryFolder();
        var cases = Directory.CreateDirectory(folder.File("validation")).FullName;
        File.WriteAllText(Path.Combine(cases, "passing.yaml"), ValidateCommandTests.PassingStudy);
        var summary = new CrossValidationSummary("0000000000000000", ["lactate_space"],
            [new CrossValidationRow("lactate", 1, 4, 2.29, 2.32), new CrossValidationRow("all", 1, 4, 2.29, 2.32)],
            [new CrossValidationRow("Collins et al. 1989", 1, 4, 2.29, 2.32)]);
        File.WriteAllText(folder.File(ValidateCommand.CrossValidationFile), summary.ToJson());
        var page = folder.File("validation.md");

        var run = CliRunner.Run("validate", "--cases", cases, "--markdown", page);

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(page);
        Assert.Contains("## Leave one study out", text, StringComparison.Ordinal);
        Assert.Contains("| lactate | 1 | 4 | 2.29 | 2.32 |", text, StringComparison.Ordinal);
        Assert.Contains("| Collins et al. 1989 | 4 | 2.29 | 2.32 |", text, StringComparison.Ordinal);
        // Figures of another parameter set are marked as such.
        Assert.Contains("These figures are for the parameter set `0000000000000000`, not the shipped one", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Markdown_BrokenLeaveOneStudyOutFile_ExitsTwoNamingItAndWritesNoPage()
    {
        using var folder = new TemporaryFolder();
        var cases = Directory.CreateDirectory(folder.File("validation")).FullName;
        File.WriteAllText(Path.Combine(cases, "passing.yaml"), ValidateCommandTests.PassingStudy);
        var figures = folder.File(ValidateCommand.CrossValidationFile);
        File.WriteAllText(figures, "{\"fingerprint\": 3}");
        var page = folder.File("validation.md");

        var run = CliRunner.Run("validate", "--cases", cases, "--markdown", page);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(figures, run.Error, StringComparison.Ordinal);
        Assert.Contains("not the leave-one-study-out figures", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(page));
    }

    [Fact]
    public void Validate_Markdown_WithoutLeaveOneStudyOutFile_LeavesTheSectionOut()
    {
        using var folder = new TemporaryFolder();
        var cases = Directory.CreateDirectory(folder.File("validation")).FullName;
        File.WriteAllText(Path.Combine(cases, "passing.yaml"), ValidateCommandTests.PassingStudy);
        var page = folder.File("validation.md");

        Assert.Equal(0, CliRunner.Run("validate", "--cases", cases, "--markdown", page).ExitCode);
        var text = File.ReadAllText(page);
        Assert.DoesNotContain("## Leave one study out", text, StringComparison.Ordinal);
        // The share of numeric cases: two of the study's three observations are values with a spread, one an ordering.
        Assert.Contains("Numeric cases (a value with its spread and n, each with a standardised residual): 2 of 3 (66.7 %)", text, StringComparison.Ordinal);
    }
}
