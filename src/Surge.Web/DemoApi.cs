using Surge.History;
using Surge.Import;
using Surge.Logs;

namespace Surge.Web;

/// <summary>
/// <c>GET /api/history/demo</c>: the History page's demo for visitors without an account — the <c>surge history
/// --json</c> analysis of the shipped example log (<c>examples/strong-8-weeks.csv</c>, a Strong export in kg, embedded
/// in this assembly), with the default profile. Nothing is read from or written to the database; the answer is made
/// once per process (the log and the model do not change) and is the same for everyone.
/// </summary>
public static class DemoApi
{
    /// <summary>The example log's file name (in <c>examples/</c>, and the embedded resource's).</summary>
    public const string DemoFile = "strong-8-weeks.csv";

    /// <summary>The athlete name the demo's analysis carries.</summary>
    public const string DemoAthlete = "demo";

    private const string JsonType = "application/json";

    private static readonly Lazy<string> _answer = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/history/demo", () => Results.Text(_answer.Value, JsonType, Encoding.UTF8))
            .WithTags("Logs")
            .RequireRateLimiting(SurgeWebApp.HistoryPolicy)
            .Produces<HistoryAnswer>(StatusCodes.Status200OK, JsonType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithSummary("For anyone, no account: the `surge history --json` analysis of the shipped example log examples/strong-8-weeks.csv (Strong, kg; the default profile), plus demo: {file, format, unit}. Nothing is stored.");
    }

    /// <summary>The example log's bytes, as shipped.</summary>
    public static byte[] DemoLog()
    {
        using var stream = typeof(DemoApi).Assembly.GetManifestResourceStream("Surge.Web.demo." + DemoFile)
            ?? throw new InvalidOperationException($"the demo log {DemoFile} is not embedded in {typeof(DemoApi).Assembly.GetName().Name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static string Build()
    {
        var parse = WorkoutLogReader.Read(DemoLog(), DemoFile, new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg));
        var log = parse.Log ?? throw new InvalidOperationException($"the demo log {DemoFile} does not read: {parse.Error}");
        var report = HistoryAnalyzer.Analyze(log.Workouts, AthleteSettings.None, ExerciseCatalogue.Default, SessionSimulator.Default, ProgramSimulator.Default);
        var answer = HistoryJson.Answer(report, DemoAthlete, AthleteSettings.None, strengthFrom: log.Workouts) with
        {
            Demo = new HistoryDemoAnswer("examples/" + DemoFile, "strong", "kg"),
        };
        return AnswerJson.Write(answer, AnswerJson.Relaxed.HistoryAnswer);
    }
}
