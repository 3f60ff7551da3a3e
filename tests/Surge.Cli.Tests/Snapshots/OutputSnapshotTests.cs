using Newtonsoft.Json.Linq;
using Snapshooter.Xunit;
using Surge.Tests.Support;

namespace Surge.Cli.Tests.Snapshots;

/// <summary>
/// Snapshots of the JSON and CSV outputs (docs/formats.md) on the shipped examples, surge run in-process as the other
/// CLI tests run it: any change to a number, a field or a column shows up here.
/// <para>
/// The numbers follow the model's parameters (data/parameters.yaml), so a change to the model changes them. To accept
/// the new outputs: <c>bash scripts/update-snapshots.sh</c> (it deletes <c>__snapshots__/*.snap</c>, reruns these tests,
/// which write each missing snapshot afresh, and shows the diff), then review <c>git diff</c> and commit the .snap files.
/// By hand: delete the .snap files in <c>Snapshots/__snapshots__/</c> (or copy those Snapshooter wrote into
/// <c>__snapshots__/__mismatch__/</c> over them) and rerun. With <c>SNAPSHOOTER_STRICT_MODE=true</c> (as in CI) a
/// missing snapshot fails instead of being written.
/// </para>
/// <para>
/// JSON is snapshotted parsed (whitespace and indentation do not matter; the CLI-vs-API tests own byte-exactness), CSV
/// as text with line endings as \n. What varies between machines is normalised: absolute paths of the examples
/// (compare's <c>file</c>) become <c>examples/NAME</c>. The outputs carry no time stamps or versions.
/// </para>
/// </summary>
public sealed class OutputSnapshotTests
{
    [Fact]
    public void Simulate_Json() => Snapshot.Match(Json("simulate", CliRunner.Example("leg-day.yaml"), "--json"));

    [Fact]
    public void Simulate_Csv() => Snapshot.Match(Csv(file => ["simulate", CliRunner.Example("leg-day.yaml"), "--csv", file]));

    [Fact]
    public void Train_Json() => Snapshot.Match(Json("train", CliRunner.Example("program-strength-block.yaml"), "--json"));

    [Fact]
    public void Train_Csv() => Snapshot.Match(Csv(file => ["train", CliRunner.Example("program-strength-block.yaml"), "--csv", file]));

    [Fact]
    public void Compare_Json() =>
        Snapshot.Match(Json("compare", CliRunner.Example("leg-day.yaml"), CliRunner.Example("arm-day.yaml"), "--json"));

    [Fact]
    public void Validate_Json_OneStudy() => Snapshot.Match(Json("validate", "--study", "ahtiainen2003", "--json"));

    [Fact]
    public void Trial_Json() => Snapshot.Match(Json("trial", CliRunner.Example("trial-sets.yaml"), "--json"));

    [Fact]
    public void Fit_Json_LegDaySamples() =>
        Snapshot.Match(Json("fit", "--session", CliRunner.Example("leg-day.yaml"), "--samples", CliRunner.Example("leg-day-samples.csv"), "--json"));

    [Fact]
    public void Import_Json_StrongExport()
    {
        using var folder = new TemporaryFolder();
        Snapshot.Match(Json("import", CliRunner.Example("strong-8-weeks.csv"), "--format", "strong", "--unit", "kg", "--db", folder.File("surge.db"), "--json"));
    }

    [Fact]
    public void History_Json_StrongExport()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        var import = CliRunner.Run("import", CliRunner.Example("strong-8-weeks.csv"), "--format", "strong", "--unit", "kg", "--db", db, "--json");
        Assert.True(import.ExitCode == 0, import.Error);
        Snapshot.Match(Json("history", "--db", db, "--json"));
    }

    /// <summary>The run's stdout parsed, after a successful run, with the examples' folder written <c>examples/</c>.</summary>
    private static JToken Json(params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        var json = JToken.Parse(run.Out);
        foreach (var value in json.SelectTokens("$..*").OfType<JValue>().Where(v => v.Type == JTokenType.String).ToArray())
        {
            value.Value = Normalise((string)value.Value!);
        }
        return json;
    }

    /// <summary>The CSV file the run wrote (the option's argument is a file in a fresh folder), line endings as \n.</summary>
    private static string Csv(Func<string, string[]> args)
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("out.csv");
        var run = CliRunner.Run(args(file));
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        return Normalise(File.ReadAllText(file).ReplaceLineEndings("\n"));
    }

    private static readonly string _examples = Path.Combine(AppContext.BaseDirectory, "examples") + Path.DirectorySeparatorChar;

    private static string Normalise(string text) => text.Replace(_examples, "examples/", StringComparison.Ordinal);
}
