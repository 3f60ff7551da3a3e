using System.Globalization;
using System.Text;
using System.Text.Json;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

/// <summary><c>surge fit --session FILE --samples CSV</c> (formats.md, "Fitting to a person").</summary>
public sealed class FitCommandTests
{
    private static string Session(TemporaryFolder folder, string athlete)
    {
        var path = folder.File("session.yaml");
        var legDay = File.ReadAllText(CliRunner.Example("leg-day.yaml"));
        var body = legDay[legDay.IndexOf("start:", StringComparison.Ordinal)..];
        File.WriteAllText(path, $"athlete: {{ {athlete} }}\n{body}");
        return path;
    }

    /// <summary>Samples written by <c>surge simulate --csv</c> of the same session with a known level, every 15 min.</summary>
    private static string SimulatedSamples(TemporaryFolder folder, double restingNmolPerL)
    {
        var truth = Session(folder, $"sex: male, age: 30, resting_testosterone: {restingNmolPerL.ToString(CultureInfo.InvariantCulture)} nmol/L");
        var csv = folder.File("truth.csv");
        Assert.Equal(0, CliRunner.Run("simulate", truth, "--csv", csv).ExitCode);
        var lines = File.ReadAllLines(csv);
        var kept = lines.Skip(1).Where(l => int.Parse(l.Split(',')[0], CultureInfo.InvariantCulture) % 15 == 0
            && (l.Contains(",total_testosterone,", StringComparison.Ordinal) || l.Contains(",lactate,", StringComparison.Ordinal)));
        var path = folder.File("samples.csv");
        File.WriteAllLines(path, [lines[0], .. kept]);
        return path;
    }

    [Fact]
    public void Json_FitsTheRestingTestosteroneTheSamplesWereMadeWith()
    {
        using var folder = new TemporaryFolder();
        var samples = SimulatedSamples(folder, 27.0);
        var session = Session(folder, "sex: male, age: 30");

        var run = CliRunner.Run("fit", "--session", session, "--samples", samples, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        var root = JsonDocument.Parse(run.Out).RootElement;
        var p = root.GetProperty("parameters")[0];
        Assert.Equal("resting_testosterone", p.GetProperty("name").GetString());
        Assert.Equal(27.0, p.GetProperty("value").GetDouble(), 2);
        Assert.Equal("nmol/L", p.GetProperty("unit").GetString());
        Assert.True(p.GetProperty("se").GetDouble() >= 0);
        Assert.Equal(File.ReadAllLines(samples).Length - 1, root.GetProperty("observations").GetInt32());
        Assert.True(root.GetProperty("residual_sd").TryGetProperty("total_testosterone", out _));
        Assert.True(root.GetProperty("residual_sd").TryGetProperty("lactate", out _));

        var text = CliRunner.Run("fit", "--session", session, "--samples", samples);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("resting_testosterone", text.Out);
        Assert.Contains("nmol/L", text.Out);
    }

    [Fact]
    public void Samples_InNgPerDl_AreConverted()
    {
        using var folder = new TemporaryFolder();
        var session = Session(folder, "sex: male");
        var path = folder.File("ng.csv");
        File.WriteAllText(path, "t_min,measure,value,unit\n0,total_testosterone,577,ng/dL\n30,total_testosterone,640,ng/dL\n");

        var root = JsonDocument.Parse(CliRunner.Run("fit", "--session", session, "--samples", path, "--json").Out).RootElement;

        // About 577 ng/dL = 20 nmol/L at the session's start (17:30, below the 08:00 level).
        var value = root.GetProperty("parameters")[0].GetProperty("value").GetDouble();
        Assert.InRange(value, 20.0, 35.0);
    }

    [Theory]
    [InlineData("t_min,measure,value,unit\n0,total_testosterone,20,nmol/L\n5,cortisone,300,nmol/L\n", ":3:", "measure", "unknown measure 'cortisone'")]
    [InlineData("t_min,measure,value,unit\n0,total_testosterone,20,nmol/L\n5,total_testosterone,20,mg/L\n", ":3:", "unit", "nmol/L or ng/dL")]
    [InlineData("t_min,measure,value,unit\n0,total_testosterone,-2,nmol/L\n", ":2:", "value", "cannot be negative")]
    [InlineData("t_min,measure,value,unit\n0,total_testosterone,high,nmol/L\n", ":2:", "value", "expected a number")]
    [InlineData("t_min,measure,value,unit\n-5,total_testosterone,20,nmol/L\n", ":2:", "t_min", "0 or more")]
    [InlineData("t_min,measure,value,unit\n0,total_testosterone,20,nmol/L\n\n9000,total_testosterone,20,nmol/L\n", ":4:", "t_min", "outside the session")]
    [InlineData("time,measure,value,unit\n0,total_testosterone,20,nmol/L\n", ":1:", "t_min", "no column 't_min'")]
    [InlineData("t_min,measure,value,unit\n", ":2:", "", "no samples")]
    public void BadSamples_Exit2_NamingTheLineAndField(string csv, string line, string field, string expected)
    {
        using var folder = new TemporaryFolder();
        var session = Session(folder, "sex: male");
        var path = folder.File("bad.csv");
        File.WriteAllText(path, csv, new UTF8Encoding(false));

        var run = CliRunner.Run("fit", "--session", session, "--samples", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.csv" + line, run.Error);
        Assert.Contains(field, run.Error);
        Assert.Contains(expected, run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void Store_KeepsTheFittedValueInTheProfile_UsedByLaterPredictions()
    {
        using var folder = new TemporaryFolder();
        var samples = SimulatedSamples(folder, 12.0);
        var session = Session(folder, "sex: male, age: 30");
        var db = folder.File("surge.db");

        var run = CliRunner.Run("fit", "--session", session, "--samples", samples, "--json", "--store", "--db", db, "--athlete", "ann");

        Assert.True(run.ExitCode == 0, run.Error);
        var fitted = JsonDocument.Parse(run.Out).RootElement.GetProperty("parameters")[0].GetProperty("value").GetDouble();
        var profile = JsonDocument.Parse(CliRunner.Run("athlete", "--db", db, "--athlete", "ann", "--json").Out).RootElement;
        Assert.Equal(fitted, profile.GetProperty("resting_testosterone_nmol_per_l").GetDouble(), 9);
        Assert.Equal(12.0, fitted, 1);
    }

    [Fact]
    public void Store_OfTheShippedSamples_KeepsTheResponseFactors_WhichTheHistoryThenUses()
    {
        using var folder = new TemporaryFolder();
        var db = folder.File("surge.db");
        var log = Path.Combine(AppContext.BaseDirectory, "examples", "strong-8-weeks.csv");
        Assert.Equal(0, CliRunner.Run("import", log, "--format", "strong", "--unit", "kg", "--db", db).ExitCode);
        var before = JsonDocument.Parse(CliRunner.Run("history", "--db", db, "--json").Out).RootElement;

        var session = Path.Combine(AppContext.BaseDirectory, "examples", "leg-day.yaml");
        var samples = Path.Combine(AppContext.BaseDirectory, "examples", "leg-day-samples.csv");
        var run = CliRunner.Run("fit", "--session", session, "--samples", samples, "--json", "--store", "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("gh_response", run.Error);
        var fit = JsonDocument.Parse(run.Out).RootElement.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetDouble());
        var profile = JsonDocument.Parse(CliRunner.Run("athlete", "--db", db, "--json").Out).RootElement;
        foreach (var name in new[] { "gh_response", "cortisol_response", "lactate_response", "lactate_clearance" })
        {
            Assert.Equal(fit[name], profile.GetProperty(name).GetDouble(), 9);
        }
        // The samples are of a person with a GH response 1.6 times the average (examples/leg-day-samples.csv): the history
        // now predicts every workout's GH peak with it.
        var after = JsonDocument.Parse(CliRunner.Run("history", "--db", db, "--json").Out).RootElement;
        double[] Gh(JsonElement history) => [.. history.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("growth_hormone_peak").GetDouble())];
        double FirstGh(JsonElement history) => Gh(history)[0];
        // Every workout's GH peak is higher (by less than the factor: the GH feedback damps the rise).
        Assert.All(Gh(before).Zip(Gh(after)), p => Assert.True(p.Second > 1.1 * p.First, $"GH peak {p.First} -> {p.Second} ug/L"));

        // --reset-fit clears the factors again: the history is as before.
        Assert.Equal(0, CliRunner.Run("athlete", "--db", db, "--reset-fit").ExitCode);
        var reset = JsonDocument.Parse(CliRunner.Run("history", "--db", db, "--json").Out).RootElement;
        Assert.Equal(FirstGh(before), FirstGh(reset), 9);
    }

    [Fact]
    public void MissingOptions_Exit2_SayingWhatIsNeeded()
    {
        var run = CliRunner.Run("fit");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--session", run.Error);
        Assert.Contains("--samples", run.Error);
    }
}
