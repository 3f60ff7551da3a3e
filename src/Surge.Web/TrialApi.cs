using System.Threading.Channels;
using Microsoft.AspNetCore.Mvc;
using Surge.Trials;

namespace Surge.Web;

/// <summary>
/// <c>POST /api/trial</c>: a trial document (formats.md, "Virtual trials: surge trial"; every arm inline) run on the
/// server by the core's trial runner, answered with the <c>surge trial --json</c> object plus every subject's values
/// (<c>subjects</c>), the <c>limits</c> that applied and the <c>warnings</c>. Smaller for visitors without an account.
/// </summary>
public static class TrialApi
{
    private const string JsonType = "application/json";
    private const string CsvType = "text/csv";


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
            .Simulation<TrialDocument, TrialRunAnswer>(["application/yaml"], CsvType)
            .WithSummary("Run a virtual trial (the trial file's schema, every arm a program or a session, inline); answers the `surge trial --json` object plus subjects, limits and warnings; ?download=json answers exactly what `surge trial --json` prints, ?download=csv the file `--csv` writes (as attachments); ?power=P[&replicates=R][&max_n=N] answers what `surge trial --power P --json` prints (the n per arm at which a share P of simulated trials reaches p < 0.05, per contrast) plus n_tried, trials_simulated, limits and warnings (with Accept: application/x-ndjson: a {\"progress\": …} line per simulated trial, then {\"result\": that answer}). Without an account: n ≤ 50 per arm, 12 weeks, 4 arms, 100 replicates; signed in: 200, 52, 6, 1000.");
        app.MapGet("/api/trial/limits", Limits)
            .WithTags("Simulation")
            .AnswersJson<TrialLimitsAnswer>()
            .WithSummary("The trial size this caller may run: {signed_in, n_per_arm, weeks, arms, power_replicates, anonymous: {...}, signed_in_limits: {...}}.");
    }

    private static async Task<IResult> Limits(HttpRequest request) =>
        Results.Text(AnswerJson.Write(LimitsAnswer(await LimitsFor(request.HttpContext)), AnswerJson.Compact.TrialLimitsAnswer), JsonType, Encoding.UTF8);

    /// <summary><c>{"signed_in", "n_per_arm", "weeks", "arms", "power_replicates", "anonymous": {…}, "signed_in_limits": {…}}</c>.</summary>
    private static TrialLimitsAnswer LimitsAnswer(TrialLimits limits)
    {
        static TrialLimitValues Of(TrialLimits l) => new(l.SubjectsPerArm, l.Weeks, l.Arms, l.PowerReplicates);
        return new TrialLimitsAnswer(ReferenceEquals(limits, TrialLimits.SignedIn), limits.SubjectsPerArm, limits.Weeks, limits.Arms, limits.PowerReplicates,
            Of(TrialLimits.Anonymous), Of(TrialLimits.SignedIn));
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

    private static async Task<IResult> Run(
        HttpRequest request,
        string? download,
        string? power,
        string? replicates,
        [FromQuery(Name = "max_n")] string? maximumN)
    {
        var context = request.HttpContext;
        var file = Download(download);
        if (file is { Problem: { } wrongDownload })
        {
            return wrongDownload;
        }
        if (power is not null && file is not null)
        {
            return Problems.Field("power", "a power search runs many trials: it cannot be downloaded (ask without download= for its answer)");
        }
        if (power is null && (replicates is not null || maximumN is not null))
        {
            return Problems.Field(replicates is not null ? "replicates" : "max_n", "only with power= (a power search)");
        }
        var (body, problem) = await BodyReader.ReadAsync(context.Request, allowYaml: true);
        if (body is null)
        {
            return problem!;
        }
        var parse = TrialFile.Parse(body.Text, body.FileName, ExerciseCatalogue.Default);
        if (!parse.Success)
        {
            return Problems.FromInputError(parse.Error ?? new InputError(body.FileName, null, null, "", "could not be read as a trial"));
        }
        var trial = parse.Trial!;
        var limits = await LimitsFor(context);
        if (power is not null)
        {
            return await RunPower(context, parse, limits, power, replicates, maximumN);
        }
        if (Check(trial, limits) is { } tooLarge)
        {
            return tooLarge;
        }
        var budget = WorkBudget.For(context);
        var (outcome, busy) = await OnTrialScheduler(context, () => TrialRuns.Run(trial, unitDone: () => UnitDone(budget)));
        if (busy is not null)
        {
            return busy;
        }
        var (run, result) = (outcome!.Run, outcome.Result!);
        if (file is { Kind: "json" })
        {
            // What `surge trial --json` prints (its line end included), from the same writer.
            return Results.File(Encoding.UTF8.GetBytes(TrialOutput.Json(result) + "\n"), JsonType, "trial.json");
        }
        if (file is { Kind: "csv" })
        {
            return Results.File(Encoding.UTF8.GetBytes(TrialOutput.Csv(run)), CsvType, "trial-subjects.csv");
        }
        var answer = TrialRunAnswer.Of(TrialOutput.Answer(result), Subjects(trial, run.Observations), LimitsAnswer(limits), Warnings(parse));
        return Results.Text(AnswerJson.Write(answer, AnswerJsonContext.Default.TrialRunAnswer), JsonType, Encoding.UTF8);
    }

    /// <summary>
    /// <c>?power=P[&amp;replicates=R][&amp;max_n=N]</c>: what <c>surge trial --power P --replicates R --max-n N --json</c> prints
    /// (the core's <see cref="TrialPower"/>), plus <c>n_tried</c>, <c>trials_simulated</c>, <c>limits</c> and
    /// <c>warnings</c>. The largest n is the caller's <see cref="TrialLimits.SubjectsPerArm"/> (and the default); the
    /// cohort's own n is not used. Every unit of every replicate counts against the work budget, as a trial's do.
    /// </summary>
    private static async Task<IResult> RunPower(HttpContext context, TrialFileResult parse, TrialLimits limits, string power, string? replicates, string? maximumN)
    {
        var who = Who(limits);
        if (!double.TryParse(power, NumberStyles.Float, CultureInfo.InvariantCulture, out var target) || !TrialRuns.IsPowerTarget(target))
        {
            return Problems.Field("power", $"{TrialRuns.PowerTargetExpected}, got '{power}'");
        }
        var replicateCount = DefaultPowerReplicates;
        if (replicates is not null
            && (!int.TryParse(replicates, NumberStyles.Integer, CultureInfo.InvariantCulture, out replicateCount) || replicateCount < MinimumPowerReplicates))
        {
            return Problems.Field("replicates", $"expected a whole number of simulated trials per n, at least {MinimumPowerReplicates}, got '{replicates}'");
        }
        if (replicateCount > limits.PowerReplicates)
        {
            return Problems.Field("replicates", $"at most {limits.PowerReplicates} simulated trials per n on the web {who}, got {replicateCount}");
        }
        var largest = limits.SubjectsPerArm;
        if (maximumN is not null
            && (!int.TryParse(maximumN, NumberStyles.Integer, CultureInfo.InvariantCulture, out largest) || largest < Trial.MinimumSubjects))
        {
            return Problems.Field("max_n", $"expected a whole number of subjects, at least {Trial.MinimumSubjects}, got '{maximumN}'");
        }
        var trial = parse.Trial!;
        if (Check(trial with { N = largest }, limits, "max_n") is { } tooLarge)
        {
            return tooLarge;
        }
        var budget = WorkBudget.For(context);
        var nCount = TrialPower.Grid(largest).Count();
        IReadOnlyList<PowerResult> Search(List<int> tried, Action<int, int>? replicateDone) =>
            TrialRuns.Power(trial, target, replicateCount, largest, nTried: n =>
            {
                budget.Check();
                tried.Add(n);
            }, unitDone: () => UnitDone(budget), replicateDone: replicateDone);
        TrialPowerRunAnswer Answer(IReadOnlyList<PowerResult> results, List<int> tried) =>
            new(TrialOutput.PowerAnswer(trial, target, replicateCount, results).Power, largest, tried.ToArray(), tried.Count * replicateCount,
                LimitsAnswer(limits), Warnings(parse));
        if (WantsProgress(context.Request))
        {
            return new PowerProgressStream(replicateCount, nCount, Search, Answer);
        }
        var tried = new List<int>();
        var (results, busy) = await OnTrialScheduler(context, () => Search(tried, null));
        if (busy is not null)
        {
            return busy;
        }
        return Results.Text(AnswerJson.Write(Answer(results!, tried), AnswerJsonContext.Default.TrialPowerRunAnswer), JsonType, Encoding.UTF8);
    }

    /// <summary>
    /// The media type a client names in <c>Accept</c> to follow a power search as it runs: newline-delimited JSON, a
    /// <c>{"progress": …}</c> line after every simulated trial, then one <c>{"result": …}</c> line (the answer without
    /// streaming) or one <c>{"problem": …}</c> line (the search stopped after the answer began).
    /// </summary>
    public const string ProgressType = "application/x-ndjson";

    private static bool WantsProgress(HttpRequest request) =>
        request.Headers.Accept.Any(a => a is not null && a.Contains(ProgressType, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// A power search answered as <see cref="ProgressType"/>. Nothing is sent until the search has its turn and its
    /// first simulated trial is done, so a busy server, a bad request and a budget spent before then answer the same
    /// problems as without streaming; after that the status is 200 and a stop is the last line,
    /// <c>{"problem": {"status", "title", "detail"}}</c>. A client that goes away stops the search (every unit checks).
    /// </summary>
    private sealed class PowerProgressStream(
        int replicates,
        int nCount,
        Func<List<int>, Action<int, int>?, IReadOnlyList<PowerResult>> search,
        Func<IReadOnlyList<PowerResult>, List<int>, TrialPowerRunAnswer> answer) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var lines = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            var tried = new List<int>();
            var simulated = 0;
            var work = OnTrialScheduler(httpContext, () => search(tried, (n, done) =>
            {
                simulated++;
                lines.Writer.TryWrite(AnswerJson.Write(
                    new TrialPowerProgressLine(new TrialPowerProgress(n, done, replicates, tried.Count, nCount, simulated, nCount * replicates)),
                    AnswerJson.Compact.TrialPowerProgressLine));
            }));
            _ = work.ContinueWith(t =>
            {
                _ = t.Exception;
                lines.Writer.TryComplete();
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

            var response = httpContext.Response;
            var aborted = httpContext.RequestAborted;
            try
            {
                if (!await lines.Reader.WaitToReadAsync(CancellationToken.None))
                {
                    // Over before its first simulated trial: busy, or stopped; answered as without streaming.
                    var (_, busy) = await work;
                    if (busy is not null)
                    {
                        await busy.ExecuteAsync(httpContext);
                        return;
                    }
                }
                response.StatusCode = StatusCodes.Status200OK;
                response.ContentType = ProgressType + "; charset=utf-8";
                response.Headers.CacheControl = "no-store";
                var batch = new StringBuilder();
                while (await lines.Reader.WaitToReadAsync(aborted))
                {
                    batch.Clear();
                    while (lines.Reader.TryRead(out var line))
                    {
                        batch.Append(line).Append('\n');
                    }
                    await response.WriteAsync(batch.ToString(), aborted);
                    await response.Body.FlushAsync(aborted);
                }
                string last;
                try
                {
                    var (results, _) = await work;
                    last = AnswerJson.Write(new TrialPowerResultLine(answer(results!, tried)), AnswerJson.Compact.TrialPowerResultLine);
                }
                catch (WorkBudgetExceededException e)
                {
                    last = AnswerJson.Write(
                        new TrialPowerProblemLine(new TrialPowerProblem(StatusCodes.Status503ServiceUnavailable, WorkBudget.OverBudgetTitle, WorkBudget.OverBudgetDetail(e))),
                        AnswerJson.Compact.TrialPowerProblemLine);
                }
                await response.WriteAsync(last + "\n", aborted);
                await response.Body.FlushAsync(aborted);
            }
            catch (WorkBudgetExceededException e) when (!response.HasStarted)
            {
                await Problems.Create(StatusCodes.Status503ServiceUnavailable, WorkBudget.OverBudgetTitle, WorkBudget.OverBudgetDetail(e)).ExecuteAsync(httpContext);
            }
            catch (OperationCanceledException) when (aborted.IsCancellationRequested)
            {
                // The client has gone: the search stops at its next check; nothing more to send.
            }
        }
    }

    /// <summary>Simulated trials per n of a power search when <c>replicates</c> is not given (as <c>surge trial --power</c>).</summary>
    public const int DefaultPowerReplicates = 100;

    /// <summary>The fewest simulated trials per n of a power search (as <c>surge trial --replicates</c>).</summary>
    public const int MinimumPowerReplicates = 10;

    /// <summary>After every unit (subject): counted, and the budget checked — a client that disconnects, or a spent budget, stops the remaining ones.</summary>
    private static void UnitDone(WorkBudget budget)
    {
        budget.Meter?.TrialUnitDone();
        budget.Check();
    }

    private static string[] Warnings(TrialFileResult parse) => parse.Warnings.Select(w => w.ToString()).ToArray();

    /// <summary>
    /// Runs <paramref name="work"/> when a turn is free (at most <see cref="ConcurrentTrials"/> at once), on the trial
    /// scheduler; the 503 problem (with Retry-After) when no turn came within <see cref="QueueTimeout"/>.
    /// </summary>
    private static async Task<(T? Value, IResult? Busy)> OnTrialScheduler<T>(HttpContext context, Func<T> work)
        where T : class
    {
        if (!await _turns.WaitAsync(QueueTimeout, context.RequestAborted))
        {
            context.Response.Headers.RetryAfter = "10";
            return (null, Problems.Create(StatusCodes.Status503ServiceUnavailable, "Busy",
                $"{ConcurrentTrials} trials are running on this server and this one waited {QueueTimeout.TotalSeconds:0} s for its turn: try again shortly"));
        }
        try
        {
            // On a scheduler of one task per core: the runner's Parallel.For schedules its workers on the current
            // scheduler, so at most that many subjects are in flight when a check stops the trial (on the shared pool,
            // which grows under load, over a hundred were seen still running).
            return (await Task.Factory.StartNew(work, context.RequestAborted, TaskCreationOptions.DenyChildAttach, _trialScheduler), null);
        }
        finally
        {
            _turns.Release();
        }
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

    /// <summary>Who the limits are for, as the problems say it.</summary>
    private static string Who(TrialLimits limits) => ReferenceEquals(limits, TrialLimits.SignedIn)
        ? "for a signed-in user"
        : $"without an account (sign in for up to {TrialLimits.SignedIn.SubjectsPerArm} per arm, {TrialLimits.SignedIn.Weeks} weeks, {TrialLimits.SignedIn.Arms} arms)";

    /// <summary>
    /// The 400 naming the field when <paramref name="trial"/> is larger than <paramref name="limits"/> allow; null when
    /// it fits. <paramref name="nField"/> names where its n came from (<c>max_n</c> for a power search).
    /// </summary>
    private static IResult? Check(Trial trial, TrialLimits limits, string nField = "cohort.n")
    {
        var who = Who(limits);
        if (trial.N > limits.SubjectsPerArm)
        {
            var per = trial.Design == TrialDesign.Parallel ? "subjects per arm" : "subjects";
            return Problems.Field(nField, $"at most {limits.SubjectsPerArm} {per} on the web {who}, got {trial.N}");
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
    private static TrialSubjectValues[] Subjects(Trial trial, IReadOnlyList<SubjectObservation> observations) =>
        observations.OrderBy(o => o.Arm).ThenBy(o => o.Subject).Select(observation => new TrialSubjectValues(
            (trial.Design == TrialDesign.Parallel ? observation.Subject - (observation.Arm * trial.N) : observation.Subject) + 1,
            trial.Arms[observation.Arm].Name,
            AnswerJson.Keyed(Enumerable.Range(0, trial.Outcomes.Count), o => trial.Outcomes[o].Key, o => AnswerJson.Finite(observation.Values[o])))).ToArray();
}
