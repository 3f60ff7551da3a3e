using Surge.Catalogue;
using Surge.Cli;
using Surge.Cli.Commands;
using Surge.Cli.Tests;
using Surge.Files;
using Surge.Import;
using Surge.Logs;
using Surge.Physiology;
using Surge.TestData;
using Surge.Tests.Support;
using Surge.Validation;
using Xunit.Abstractions;

namespace Surge.Cli.Tests.Fuzz;

/// <summary>
/// Every reader of the command line gets <see cref="Fuzzer.InputsPerReader"/> (10,000 in CI) seeded mutations of the
/// shipped examples: each is read or refused with the reader's documented format error (a result with an
/// <see cref="InputError"/>, the parameter file's <see cref="FormatException"/>, the mapping file's
/// <see cref="CliException"/>), never another exception, never over the per-input budget, never a hang.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly ExerciseCatalogue _catalogue = ExerciseCatalogue.Default;

    private static string[] Examples(params string[] names) => [.. names.Select(n => File.ReadAllText(CliRunner.Example(n)))];

    private static string[] ImportSamples(string prefix) =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Import", "data"), prefix + "*.csv").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    /// <summary>A located error: a message, and a line and column that are 1-based when given.</summary>
    private static bool Refused(InputError? error, string file)
    {
        Assert.NotNull(error);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        // A validation case places an error inside a condition as "file (conditions.NAME, line N)".
        Assert.StartsWith(file, error.File, StringComparison.Ordinal);
        Assert.True(error.Line is null or >= 1 && error.Column is null or >= 1, $"bad position {error.Line}:{error.Column}");
        return false;
    }

    private void Report(FuzzOutcome outcome) => output.WriteLine(outcome.ToString());

    [Fact]
    public void SessionFiles_MutatedExamples_ReadOrLocatedError()
    {
        var examples = Examples("leg-day.yaml", "arm-day.yaml", "full-body.yaml", "full-body.json", "one-arm.yaml", "woman-leg-day.yaml",
            "strength-5rm-3min.yaml", "hypertrophy-10rm-1min.yaml", "rest-control.yaml");
        Report(Fuzzer.Run("session file", 1, examples, Fuzzer.YamlTokens, text =>
        {
            var result = SessionFile.Parse(text, "fuzz.yaml", _catalogue, new DateOnly(2026, 11, 20));
            return result.Success ? result.Session is not null : Refused(result.Error, "fuzz.yaml");
        }));
    }

    [Fact]
    public void ProgramFiles_MutatedExamples_ReadOrLocatedError()
    {
        var examples = Examples("program-west-arms-only.yaml", "program-west-arms-then-legs.yaml", "program-detraining.yaml", "program-strength-block.yaml",
            "program-hypertrophy-split.yaml", "program-beginner-full-body-12wk.yaml", "program-low-protein.yaml");
        Report(Fuzzer.Run("program file", 2, examples, Fuzzer.YamlTokens, text =>
        {
            var result = ProgramFile.Parse(text, "fuzz.yaml", _catalogue);
            return result.Success ? result.Program is not null : Refused(result.Error, "fuzz.yaml");
        }));
    }

    [Fact]
    public void TrialFiles_MutatedExamples_ReadOrLocatedError()
    {
        var examples = Examples("trial-sets.yaml", "trial-hormones.yaml");
        Report(Fuzzer.Run("trial file", 3, examples, Fuzzer.YamlTokens, text =>
        {
            var result = TrialFile.Parse(text, "fuzz.yaml", _catalogue);
            return result.Success ? result.Trial is not null : Refused(result.Error, "fuzz.yaml");
        }));
    }

    [Fact]
    public void ValidationCases_MutatedShippedCases_ReadOrLocatedError()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, ValidateCommand.ShippedCasesFolder);
        var examples = Directory.GetFiles(folder, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        Report(Fuzzer.Run("validation case", 4, examples, Fuzzer.YamlTokens, text =>
        {
            var result = ValidationCaseFile.Parse(text, "fuzz.yaml", _catalogue);
            return result.Success ? result.Study is not null : Refused(result.Error, "fuzz.yaml");
        }));
    }

    [Theory]
    [InlineData(LogFormat.Strong, "strong")]
    [InlineData(LogFormat.Hevy, "hevy")]
    public void WorkoutLogs_MutatedSamples_ReadOrLocatedError(LogFormat format, string prefix)
    {
        var examples = ImportSamples(prefix);
        if (format == LogFormat.Strong)
        {
            examples = [.. examples, File.ReadAllText(CliRunner.Example("strong-8-weeks.csv"))];
        }
        Report(Fuzzer.Run($"{prefix} export", format == LogFormat.Strong ? 5 : 6, examples, Fuzzer.CsvTokens, text =>
        {
            var result = WorkoutLogReader.Read(text, "fuzz.csv", new LogReadOptions(format, _catalogue, WeightUnit.Kg));
            return result.Success ? result.Error is null : Refused(result.Error, "fuzz.csv");
        }));
    }

    [Fact]
    public void SampleFiles_MutatedSamples_ReadOrLocatedError()
    {
        string[] examples =
        [
            "t_min,measure,value,unit\n0,total_testosterone,18.2,nmol/L\n30,total_testosterone,22.5,nmol/L\n45,growth_hormone,6.1,ug/L\n60,lactate,7.9,mmol/L\n",
            "t_min,measure,value,unit\n0,total_testosterone,520,ng/dL\n55,cortisol,480,nmol/L\n90,free_testosterone,400,pmol/L\n",
        ];
        Report(Fuzzer.Run("samples file", 7, examples, Fuzzer.CsvTokens, text =>
        {
            var result = SampleReader.Parse(text, "fuzz.csv");
            return result.Samples is not null ? result.Error is null : Refused(result.Error, "fuzz.csv");
        }));
    }

    /// <summary>The parameter file (data/parameters.yaml, shipped inside the core): whole, or windows of its entries.</summary>
    [Fact]
    public void ParameterFiles_MutatedShippedParameters_ReadOrFormatException()
    {
        using var stream = typeof(ModelParameters).Assembly.GetManifestResourceStream("Surge.Data.parameters.yaml")!;
        var whole = new StreamReader(stream).ReadToEnd();
        var entries = whole.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToArray();
        var examples = new List<string> { whole };
        for (var start = 0; start < entries.Length; start += 20)
        {
            examples.Add("parameters:\n" + string.Join('\n', entries.Skip(start).Take(20)) + "\n");
        }
        Report(Fuzzer.Run("parameter file", 8, examples, Fuzzer.YamlTokens, text =>
        {
            try
            {
                return ModelParameters.Parse(text, "fuzz.yaml") is not null;
            }
            catch (FormatException e)
            {
                Assert.StartsWith("fuzz.yaml", e.Message);
                return false;
            }
        }));
    }

    /// <summary><c>surge import --map</c>: the mapping file, read from disk as the command does.</summary>
    [Fact]
    public void MappingFiles_Mutated_ReadOrCliError()
    {
        using var folder = new TemporaryFolder();
        var path = folder.File("map.yaml");
        string[] examples =
        [
            "# app name: catalogue exercise\nmappings:\n  \"Zercher Walk\": \"zercher squat\"\n",
            "mappings:\n  Squat (Machine): hack squat\n  \"Bicep Curl (Cable)\": cable curl\n  Lat Pulldown (Single Arm): lat pulldown\n",
            "mappings: {\"Hip Thrust (Barbell)\": \"hip thrust\", \"Chest Fly\": \"dumbbell fly\"}\n",
            "mappings:\n",
        ];
        Report(Fuzzer.Run("mapping file", 9, examples, Fuzzer.YamlTokens, text =>
        {
            // As UTF-8 (a lone surrogate becomes U+FFFD's bytes, as any editor would write it).
            File.WriteAllBytes(path, System.Text.Encoding.UTF8.GetBytes(text));
            try
            {
                return ImportCommand.ReadMappings(path, _catalogue) is not null;
            }
            catch (CliException e)
            {
                Assert.StartsWith(path, e.Message.Replace("--map: ", "", StringComparison.Ordinal));
                return false;
            }
        }));
    }
}
