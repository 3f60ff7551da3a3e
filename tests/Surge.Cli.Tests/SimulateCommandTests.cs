using System.Text.Json;
using Surge.Tests.Support;

namespace Surge.Cli.Tests;

public sealed class SimulateCommandTests
{
    private static readonly string[] _sessionKeys = ["start", "end_min", "sets", "active_muscle_mass_kg", "volume_load_kg"];
    private static readonly string[] _measureIds = ["total_testosterone", "free_testosterone", "growth_hormone", "cortisol", "lactate"];
    private static readonly string[] _measureKeys = ["unit", "baseline", "peak", "peak_t", "peak_change_pct", "back_to_baseline_t", "series"];

    [Fact]
    public void Simulate_Default_PrintsTableWithMeasuresSessionAndWhy()
    {
        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("leg-day.yaml", run.Out);
        Assert.Contains("session: 16 sets · duration ", run.Out);
        Assert.Contains("start 2026-11-20 17:30", run.Out);
        Assert.Contains("active muscle mass ", run.Out);
        Assert.Contains("volume load ", run.Out);
        foreach (var header in new[] { "measure", "unit", "baseline", "peak", "change", "peak, from the last set", "back to baseline, from the last set" })
        {
            Assert.Contains(header, run.Out);
        }
        var lines = run.Out.Split('\n');
        Assert.Contains(lines, l => l.Contains("Total testosterone") && l.Contains("nmol/L") && l.Contains(" %") && l.Contains(" min"));
        Assert.Contains(lines, l => l.Contains("Free testosterone") && l.Contains("pmol/L"));
        Assert.Contains(lines, l => l.Contains("Growth hormone") && l.Contains("µg/L"));
        // GH peaks during the leg day's last exercise: said as "before", not as a negative time after.
        Assert.Contains(lines, l => l.Contains("Growth hormone") && l.Contains(" min before"));
        // GH rises a hundred-fold from its tiny resting level: said as a fold change, not as "+11297 %".
        Assert.Contains(lines, l => l.Contains("Growth hormone") && l.Contains("× ") && !l.Contains("+1"));
        Assert.Contains(lines, l => l.Contains("Total testosterone") && l.Contains(" min after"));
        Assert.DoesNotContain(lines, l => l.Contains(" -") && l.Contains(" min"));
        Assert.Contains(lines, l => l.Contains("Cortisol") && l.Contains("nmol/L"));
        Assert.Contains(lines, l => l.Contains("Blood lactate") && l.Contains("mmol/L"));
        Assert.Contains("why:", run.Out);
        foreach (var why in new[] { "lowest phosphocreatine", "lactate produced", "plasma volume change", "peak sympathetic drive", "HPA drive", "damage index", "PV-corrected total T change" })
        {
            Assert.Contains(why, run.Out);
        }
        Assert.DoesNotContain('\u001b', run.Out);
    }

    [Fact]
    public void Simulate_Table_Utf8Output_WritesMicrogramsPerLitre()
    {
        var run = CliRunner.Run(new System.Text.UTF8Encoding(false), "simulate", CliRunner.Example("leg-day.yaml"));

        Assert.Equal(0, run.ExitCode);
        var gh = run.Out.Split('\n').Where(l => l.Contains("Growth hormone", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(gh);
        Assert.All(gh, l => Assert.Contains("µg/L", l));
        Assert.DoesNotContain("ug/L", run.Out);
    }

    [Fact]
    public void Simulate_Table_AsciiOutput_WritesUgPerLitre()
    {
        var run = CliRunner.Run(System.Text.Encoding.ASCII, "simulate", CliRunner.Example("leg-day.yaml"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Out.Split('\n'), l => l.Contains("Growth hormone", StringComparison.Ordinal) && l.Contains("ug/L", StringComparison.Ordinal));
        Assert.DoesNotContain("µ", run.Out);
    }

    [Theory]
    [InlineData("--json")]
    [InlineData("--csv")]
    public void Simulate_JsonAndCsv_Utf8Output_KeepUgPerLitre(string format)
    {
        using var folder = new TemporaryFolder();
        string[] args = format == "--json" ? ["simulate", CliRunner.Example("leg-day.yaml"), "--json"] : ["simulate", CliRunner.Example("leg-day.yaml"), "--csv", folder.File("out.csv")];

        var run = CliRunner.Run(new System.Text.UTF8Encoding(false), args);

        Assert.Equal(0, run.ExitCode);
        var text = format == "--json" ? run.Out : File.ReadAllText(folder.File("out.csv"));
        Assert.Contains("ug/L", text);
        Assert.DoesNotContain("µ", text);
    }

    [Fact]
    public void Compare_Table_Utf8VersusAsciiOutput_WritesTheUnitAsTheOutputCanShowIt()
    {
        string[] args = ["compare", CliRunner.Example("leg-day.yaml"), CliRunner.Example("full-body.yaml")];

        var unicode = CliRunner.Run(new System.Text.UTF8Encoding(false), args);
        var ascii = CliRunner.Run(System.Text.Encoding.ASCII, args);

        Assert.Equal(0, unicode.ExitCode);
        Assert.Equal(0, ascii.ExitCode);
        Assert.Contains("µg/L", unicode.Out);
        Assert.DoesNotContain("ug/L", unicode.Out);
        Assert.Contains("ug/L", ascii.Out);
        Assert.DoesNotContain("µ", ascii.Out);
    }

    [Fact]
    public void Simulate_Json_HasExactlyTheFixedKeys()
    {
        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        var session = root.GetProperty("session");
        foreach (var key in _sessionKeys)
        {
            Assert.True(session.TryGetProperty(key, out _), $"session.{key} is missing");
        }
        Assert.Equal("2026-11-20T17:30:00", session.GetProperty("start").GetString());
        Assert.Equal(16, session.GetProperty("sets").GetInt32());
        var measures = root.GetProperty("measures");
        Assert.Equal(_measureIds, measures.EnumerateObject().Select(p => p.Name));
        foreach (var id in _measureIds)
        {
            var measure = measures.GetProperty(id);
            Assert.Equal(_measureKeys, measure.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.String, measure.GetProperty("unit").ValueKind);
            Assert.Contains(measure.GetProperty("back_to_baseline_t").ValueKind, new[] { JsonValueKind.Number, JsonValueKind.Null });
        }
        Assert.Equal("nmol/L", measures.GetProperty("total_testosterone").GetProperty("unit").GetString());
        Assert.Equal("pmol/L", measures.GetProperty("free_testosterone").GetProperty("unit").GetString());
        Assert.Equal("ug/L", measures.GetProperty("growth_hormone").GetProperty("unit").GetString());
        Assert.Equal("mmol/L", measures.GetProperty("lactate").GetProperty("unit").GetString());
    }

    [Fact]
    public void Simulate_Json_SetTimesGiveEverySetInOrderEndingAtTheSessionEnd()
    {
        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--json");

        using var json = JsonDocument.Parse(run.Out);
        var session = json.RootElement.GetProperty("session");
        var times = session.GetProperty("set_times").EnumerateArray()
            .Select(t => (Start: t.GetProperty("start_min").GetDouble(), End: t.GetProperty("end_min").GetDouble())).ToArray();
        Assert.Equal(session.GetProperty("sets").GetInt32(), times.Length);
        Assert.Equal(0.0, times[0].Start, 6);
        for (var i = 0; i < times.Length; i++)
        {
            Assert.True(times[i].End > times[i].Start, $"set {i + 1}: {times[i].Start}–{times[i].End} min");
            Assert.True(times[i].End - times[i].Start < 3, $"set {i + 1} lasts {times[i].End - times[i].Start} min");
            Assert.True(i == 0 || times[i].Start > times[i - 1].End, $"set {i + 1} starts before set {i} ends");
        }
        Assert.Equal(session.GetProperty("end_min").GetDouble(), times[^1].End, 6);
    }

    [Fact]
    public void Simulate_Json_SetPlanGivesExternalLoadPercentAndReserve()
    {
        using var folder = new TemporaryFolder();
        var file = folder.File("squat.yaml");
        File.WriteAllText(file, """
            exercises:
              - {exercise: back squat, one_rm: 150 kg, sets: 1, reps: 8, load: 60 %1RM, rest: 2 min}
              - {exercise: back squat, one_rm: 160 kg, sets: 5, reps: 5, load: 135 kg, rpe: 8, rest: 3 min}
            """);

        var run = CliRunner.Run("simulate", file, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Out);
        var plan = json.RootElement.GetProperty("session").GetProperty("set_plan").EnumerateArray().ToArray();
        Assert.Equal(6, plan.Length);
        Assert.Equal("back squat", plan[0].GetProperty("exercise").GetString());
        Assert.Equal("both", plan[0].GetProperty("side").GetString());
        Assert.Equal(8, plan[0].GetProperty("reps").GetInt32());
        Assert.Equal(90.0, plan[0].GetProperty("load_kg").GetDouble(), 6);
        Assert.Equal(60.0, plan[0].GetProperty("percent_1rm").GetDouble(), 6);
        Assert.All(plan[1..], set =>
        {
            Assert.Equal(135.0, set.GetProperty("load_kg").GetDouble(), 6);
            Assert.Equal(84.375, set.GetProperty("percent_1rm").GetDouble(), 6);
            Assert.Equal(2.0, set.GetProperty("rir").GetDouble(), 6);
            Assert.True(set.GetProperty("end_min").GetDouble() > set.GetProperty("start_min").GetDouble());
        });
    }

    [Fact]
    public void Simulate_Json_SeriesHasOnePointPerMinuteToEndPlusRecordUntil()
    {
        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--json");

        using var json = JsonDocument.Parse(run.Out);
        var endMin = json.RootElement.GetProperty("session").GetProperty("end_min").GetDouble();
        var expectedPoints = (int)Math.Floor(endMin + 180.0) + 1; // leg-day.yaml: record_until 180 min
        foreach (var measure in json.RootElement.GetProperty("measures").EnumerateObject())
        {
            var series = measure.Value.GetProperty("series").EnumerateArray().ToArray();
            Assert.Equal(expectedPoints, series.Length);
            for (var i = 0; i < series.Length; i++)
            {
                Assert.Equal(new[] { "t", "value" }, series[i].EnumerateObject().Select(p => p.Name));
                Assert.Equal(i, series[i].GetProperty("t").GetDouble());
                Assert.True(double.IsFinite(series[i].GetProperty("value").GetDouble()));
            }
        }
    }

    [Fact]
    public void Simulate_JsonWithCsvAndPlot_WritesAllAndKeepsStdoutValidJson()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("series.csv");
        var png = folder.File("curves.png");

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--json", "--csv", csv, "--plot", png);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.True(File.Exists(csv));
        Assert.True(File.Exists(png));
        Assert.Equal(2, Directory.GetFiles(folder.Path).Length); // no temporary files left behind
    }

    [Fact]
    public void Simulate_Csv_HasHeaderAndFiveRowsPerPoint()
    {
        using var folder = new TemporaryFolder();
        var csv = folder.File("series.csv");

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--csv", csv);
        var points = PointCount(CliRunner.Example("leg-day.yaml"));

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(csv);
        Assert.Equal("t_min,measure,value,unit", lines[0]);
        Assert.Equal(5 * points, lines.Length - 1);
        Assert.Equal(["0", "total_testosterone"], lines[1].Split(',')[..2]);
        Assert.All(lines.Skip(1), line =>
        {
            var cells = line.Split(',');
            Assert.Equal(4, cells.Length);
            Assert.True(double.TryParse(cells[2], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
        });
        Assert.Contains(lines, l => l.Contains(",lactate,") && l.EndsWith(",mmol/L", StringComparison.Ordinal));
    }

    [Fact]
    public void Simulate_PlotPng_WritesPngFile()
    {
        using var folder = new TemporaryFolder();
        var png = folder.File("curves.png");

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--plot", png);

        Assert.Equal(0, run.ExitCode);
        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 1000);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
    }

    [Fact]
    public void Simulate_PlotSvg_WritesSvgFile()
    {
        using var folder = new TemporaryFolder();
        var svg = folder.File("curves.svg");

        var run = CliRunner.Run("simulate", CliRunner.Example("leg-day.yaml"), "--plot", svg);

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(svg);
        Assert.Contains("<svg", text);
        Assert.Contains("</svg>", text);
    }

    [Fact]
    public void Simulate_RestControlSession_Succeeds()
    {
        var run = CliRunner.Run("simulate", CliRunner.Example("rest-control.yaml"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(0, json.RootElement.GetProperty("session").GetProperty("sets").GetInt32());
    }

    private static int PointCount(string file)
    {
        using var json = JsonDocument.Parse(CliRunner.Run("simulate", file, "--json").Out);
        return json.RootElement.GetProperty("measures").GetProperty("lactate").GetProperty("series").GetArrayLength();
    }

    [Theory]
    [InlineData(25.12, "+25.1 %")]
    [InlineData(-12.6, "-12.6 %")]
    [InlineData(400.0, "+400.0 %")]
    [InlineData(1502.3, "× 16.0")]
    [InlineData(11296.9, "× 114")]
    public void Format_Change_IsAPercentageUpTo400AndAFoldChangeBeyond(double percent, string expected) =>
        Assert.Equal(expected, Surge.Reports.Format.Change(percent));
}
