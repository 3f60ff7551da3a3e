using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Surge.Catalogue;
using Surge.Files;
using Surge.Reports;
using Surge.Trials;

namespace Surge.Web;

/// <summary>The size of trial one caller may run through <c>POST /api/trial</c>.</summary>
/// <param name="SubjectsPerArm">Most subjects per arm (parallel) or in all (within).</param>
/// <param name="Weeks">Most weeks of any arm's program.</param>
/// <param name="Arms">Most arms.</param>
public sealed record TrialLimits(int SubjectsPerArm, int Weeks, int Arms)
{
    /// <summary>Visitors without an account: n ≤ 50 per arm, 12 weeks, 4 arms.</summary>
    public static TrialLimits Anonymous { get; } = new(50, 12, 4);

    /// <summary>Signed-in users: n ≤ 200 per arm, 52 weeks, 6 arms.</summary>
    public static TrialLimits SignedIn { get; } = new(200, 52, 6);
}

/// <summary>
/// <c>POST /api/trial</c>: a trial document (formats.md, "Virtual trials: surge trial"; every arm inline) run on the
/// server by the core's trial runner, answered with the <c>surge trial --json</c> object plus every subject's values
/// (<c>subjects</c>), the <c>limits</c> that applied and the <c>warnings</c>. Smaller for visitors without an account.
/// </summary>
public static class TrialApi
{
    private const string JsonType = "application/json";
    private const string CsvType = "text/csv";

    private static readonly JsonSerializerOptions _indented = new() { WriteIndented = true };

    /// <summary>Trials run at once on this server (each already uses every core); more wait for a turn.</summary>
    public const int ConcurrentTrials = 2;

    /// <summary>How long a trial waits for its turn before the answer is 503 with Retry-After.</summary>
    public static readonly TimeSpan QueueTimeout = TimeSpan.FromSeconds(30);

    private static readonly SemaphoreSlim _turns = new(ConcurrentTrials, ConcurrentTrials);

    /// <summary>Where trials run: at most one task per core for all of them together.</summary>
    private static readonly TaskScheduler _trialScheduler =
        new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Environment.ProcessorCount).ConcurrentScheduler;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/trial", Run)
            .WithTags("Simulation")
            .Accepts<JsonElement>(JsonType, "application/yaml")
            .Produces<JsonElement>(StatusCodes.Status200OK, JsonType, CsvType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddEndpointFilter(WorkBudget.Filter)
            .RequireRateLimiting(SurgeWebApp.SimulationPolicy)
            .WithSummary("Run a virtual trial (the trial file's schema, every arm inline); answers the `surge trial --json` object plus subjects, limits and warnings; ?download=json answers exactly what `surge trial --json` prints, ?download=csv the file `--csv` writes (as attachments). Without an account: n ≤ 50 per arm, 12 weeks, 4 arms; signed in: 200, 52, 6.");
        app.MapGet("/api/trial/limits", Limits)
            .WithTags("Simulation")
            .Produces<JsonElement>(StatusCodes.Status200OK, JsonType)
            .WithSummary("The trial size this caller may run: {signed_in, n_per_arm, weeks, arms, anonymous: {...}, signed_in_limits: {...}}.");
    }

    private static async Task<IResult> Limits(HttpRequest request) =>
        Results.Text(LimitsJson(await LimitsFor(request.HttpContext)).ToJsonString(), JsonType, Encoding.UTF8);

    /// <summary><c>{"signed_in", "n_per_arm", "weeks", "arms", "anonymous": {…}, "signed_in_limits": {…}}</c>.</summary>
    private static JsonObject LimitsJson(TrialLimits limits)
    {
        static JsonObject Of(TrialLimits l) => new() { ["n_per_arm"] = l.SubjectsPerArm, ["weeks"] = l.Weeks, ["arms"] = l.Arms };
        var json = Of(limits);
        json.Insert(0, "signed_in", ReferenceEquals(limits, TrialLimits.SignedIn));
        json["anonymous"] = Of(TrialLimits.Anonymous);
        json["signed_in_limits"] = Of(TrialLimits.SignedIn);
        return json;
    }

    /// <summary>The limits for whoever sent <paramref name="context"/>: signed in (an account that exists) or not.</summary>
    public static async Task<TrialLimits> LimitsFor(HttpContext context)
    {
        var id = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null)
        {
            return TrialLimits.Anonymous;
        }
        var users = context.RequestServices.GetRequiredService<UserManager<IdentityUser>>();
        return await users.FindByIdAsync(id) is null ? TrialLimits.Anonymous : TrialLimits.SignedIn;
    }

    private static async Task<IResult> Run(HttpRequest request, string? download)
    {
        var context = request.HttpContext;
        var file = Download(download);
        if (file is { Problem: { } wrongDownload })
        {
            return wrongDownload;
        }
        var (body, problem) = await BodyReader.ReadAsync(context.Request, allowYaml: true);
        if (body is null)
        {
            return problem!;
        }
        var parse = TrialFile.Parse(body.Text, body.FileName, ExerciseCatalogue.Default, allowArmFiles: false);
        if (!parse.Success)
        {
            return Problems.FromInputError(parse.Error ?? new InputError(body.FileName, null, null, "", "could not be read as a trial"));
        }
        var trial = parse.Trial!;
        var limits = await LimitsFor(context);
        if (Check(trial, limits) is { } tooLarge)
        {
            return tooLarge;
        }
        if (!await _turns.WaitAsync(QueueTimeout, context.RequestAborted))
        {
            context.Response.Headers.RetryAfter = "10";
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, "Busy",
                $"{ConcurrentTrials} trials are running on this server and this one waited {QueueTimeout.TotalSeconds:0} s for its turn: try again shortly");
        }
        TrialRun run;
        try
        {
            // Checked after every unit (subject): a client that disconnects, or a spent budget, stops the remaining ones.
            // On a scheduler of one task per core: the runner's Parallel.For schedules its workers on the current
            // scheduler, so at most that many subjects are in flight when a check stops the trial (on the shared pool,
            // which grows under load, over a hundred were seen still running).
            var budget = WorkBudget.For(context);
            run = await Task.Factory.StartNew(
                () => TrialRunner.Default.Run(trial, 0, 1, () =>
                {
                    budget.Meter?.TrialUnitDone();
                    budget.Check();
                }),
                context.RequestAborted,
                TaskCreationOptions.DenyChildAttach,
                _trialScheduler);
        }
        finally
        {
            _turns.Release();
        }
        var result = TrialResult.Compute(trial, run.Observations);
        if (file is { Kind: "json" })
        {
            // What `surge trial --json` prints (its line end included), from the same writer.
            return Results.File(Encoding.UTF8.GetBytes(TrialOutput.Json(result) + "\n"), JsonType, "trial.json");
        }
        if (file is { Kind: "csv" })
        {
            return Results.File(Encoding.UTF8.GetBytes(TrialOutput.Csv(run)), CsvType, "trial-subjects.csv");
        }
        var answer = JsonNode.Parse(TrialOutput.Json(result))!.AsObject();
        answer["subjects"] = Subjects(trial, run.Observations);
        answer["limits"] = LimitsJson(limits);
        answer["warnings"] = new JsonArray(parse.Warnings.Select(w => (JsonNode?)JsonValue.Create(w.ToString())).ToArray());
        return Results.Text(answer.ToJsonString(_indented), JsonType, Encoding.UTF8);
    }

    /// <summary>
    /// <c>?download=</c>: null when absent (the page's answer), the file kind (<c>json</c>, <c>csv</c>), or the problem
    /// naming the accepted values.
    /// </summary>
    private static (string? Kind, IResult? Problem)? Download(string? download)
    {
        if (download is null)
        {
            return null;
        }
        var kind = download.Trim().ToLowerInvariant();
        return kind is "json" or "csv"
            ? (kind, null)
            : (null, Problems.Field("download", $"expected json (what surge trial --json prints) or csv (the file surge trial --csv writes), got '{download}'"));
    }

    /// <summary>The 400 naming the field when <paramref name="trial"/> is larger than <paramref name="limits"/> allow; null when it fits.</summary>
    private static IResult? Check(Trial trial, TrialLimits limits)
    {
        var who = ReferenceEquals(limits, TrialLimits.SignedIn)
            ? "for a signed-in user"
            : $"without an account (sign in for up to {TrialLimits.SignedIn.SubjectsPerArm} per arm, {TrialLimits.SignedIn.Weeks} weeks, {TrialLimits.SignedIn.Arms} arms)";
        if (trial.N > limits.SubjectsPerArm)
        {
            var per = trial.Design == TrialDesign.Parallel ? "subjects per arm" : "subjects";
            return Problems.Field("cohort.n", $"at most {limits.SubjectsPerArm} {per} on the web {who}, got {trial.N}");
        }
        if (trial.Arms.Count > limits.Arms)
        {
            return Problems.Field("arms", $"at most {limits.Arms} arms on the web {who}, got {trial.Arms.Count}");
        }
        foreach (var arm in trial.Arms)
        {
            if (arm.Program is { } program && program.Weeks > limits.Weeks)
            {
                return Problems.Field($"arms.{arm.Name}.program.weeks", $"at most {limits.Weeks} weeks per program on the web {who}, got {program.Weeks}");
            }
            if (arm.Program is { } sized && ProgramSize.Problem(sized, ProgramSize.WebMaximumSets) is { } tooLarge)
            {
                return Problems.Field($"arms.{arm.Name}.program.{ProgramSize.Field(sized)}", tooLarge);
            }
            if (arm.Session is { } session && session.SetCount > SurgeApi.MaximumSets)
            {
                return Problems.Field($"arms.{arm.Name}.session.exercises", $"at most {SurgeApi.MaximumSets} sets per session, got {session.SetCount}");
            }
        }
        return null;
    }

    /// <summary><c>[{"subject", "arm", "values": {outcome key: value}}]</c>, subjects numbered from 1 within their arm (parallel) or the cohort (within).</summary>
    private static JsonArray Subjects(Trial trial, IReadOnlyList<SubjectObservation> observations)
    {
        var list = new JsonArray();
        foreach (var observation in observations.OrderBy(o => o.Arm).ThenBy(o => o.Subject))
        {
            var values = new JsonObject();
            for (var o = 0; o < trial.Outcomes.Count; o++)
            {
                var value = observation.Values[o];
                values[trial.Outcomes[o].Key] = double.IsFinite(value) ? value : null;
            }
            var subject = trial.Design == TrialDesign.Parallel ? observation.Subject - (observation.Arm * trial.N) : observation.Subject;
            list.Add(new JsonObject
            {
                ["subject"] = subject + 1,
                ["arm"] = trial.Arms[observation.Arm].Name,
                ["values"] = values,
            });
        }
        return list;
    }
}
