namespace Surge.Web;

/// <summary>A simulation request ran past its time budget (<see cref="WorkBudget"/>); answered 503.</summary>
public sealed class WorkBudgetExceededException(TimeSpan budget)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"the request needed more than its budget of {budget.TotalSeconds:0.##} s of computing"))
{
    public TimeSpan Budget { get; } = budget;
}

/// <summary>Counts the work the simulation endpoints did (units of trials, sessions simulated): how tests see that work stopped.</summary>
public sealed class WorkMeter
{
    private long _trialUnits;
    private long _sessions;

    /// <summary>Trial units (a subject, or a subject's arms in a within design) simulated so far.</summary>
    public long TrialUnits => Interlocked.Read(ref _trialUnits);

    /// <summary>Sessions (simulate, each of a comparison) and programs (train) simulated so far.</summary>
    public long Simulations => Interlocked.Read(ref _sessions);

    /// <summary>
    /// Called after each trial unit is counted (tests only): lets a test make every unit take a known time, so what it
    /// checks (a budget or a disconnect stopping the remaining units) does not depend on how fast the model or the
    /// machine is.
    /// </summary>
    internal Action? AfterTrialUnit { get; set; }

    internal void TrialUnitDone()
    {
        Interlocked.Increment(ref _trialUnits);
        AfterTrialUnit?.Invoke();
    }

    internal void SimulationDone() => Interlocked.Increment(ref _sessions);

    private long _importsParsed;
    private long _importsStored;
    private long _importsEnded;

    /// <summary>Uploads (<c>POST /api/import</c>) whose every row was read.</summary>
    public long ImportsParsed => Interlocked.Read(ref _importsParsed);

    /// <summary>Uploads whose log was stored (the transaction committed).</summary>
    public long ImportsStored => Interlocked.Read(ref _importsStored);

    /// <summary>Upload requests that ended, however (answered, refused, failed or stopped).</summary>
    public long ImportsEnded => Interlocked.Read(ref _importsEnded);

    /// <summary>
    /// Called with the request's cancellation each time the parsing of an upload reports progress, first before its
    /// first row (tests only): lets a test hold an import in the middle of its parsing until the client has gone, so
    /// that what it checks does not depend on how fast the machine parses.
    /// </summary>
    internal Action<CancellationToken>? WhileImportParsing { get; set; }

    /// <summary>Called with the request's cancellation once an upload is parsed, before it is stored (tests only).</summary>
    internal Action<CancellationToken>? AfterImportParsed { get; set; }

    internal void ImportProgress(CancellationToken cancellation) => WhileImportParsing?.Invoke(cancellation);

    internal void ImportParsed(CancellationToken cancellation)
    {
        Interlocked.Increment(ref _importsParsed);
        AfterImportParsed?.Invoke(cancellation);
    }

    internal void ImportStored() => Interlocked.Increment(ref _importsStored);

    internal void ImportEnded() => Interlocked.Increment(ref _importsEnded);
}

/// <summary>Passes an upload's parsing progress to <see cref="WorkMeter.ImportProgress"/>, on the parsing thread.</summary>
internal sealed class ImportProgress(WorkMeter meter, CancellationToken cancellation) : IProgress<double>
{
    public void Report(double value) => meter.ImportProgress(cancellation);
}

/// <summary>
/// The time budget and the cancellation of one simulation request: <see cref="Check"/> is called between pieces of
/// work (before each session of a comparison, before and after a program, after every unit of a trial) and stops the
/// request when the client has gone (<see cref="HttpContext.RequestAborted"/>) or the budget is spent. The work inside
/// one piece is bounded by the size limits (a session of at most 200 sets, a program of at most 20,000 sets: well
/// under a second); a trial, the one request whose work is large by nature, is stopped between its subjects.
/// </summary>
public sealed class WorkBudget
{
    /// <summary>The setting: seconds one simulation request may compute (default <see cref="DefaultSeconds"/>).</summary>
    public const string SecondsKey = "Surge:Limits:RequestSeconds";

    /// <summary>Default budget, seconds: five times the largest signed-in trial on two cores (5.9 s), so only a runaway request meets it.</summary>
    public const double DefaultSeconds = 30;

    private readonly long _start = System.Diagnostics.Stopwatch.GetTimestamp();

    private WorkBudget(TimeSpan budget, WorkMeter? meter, CancellationToken aborted)
    {
        Aborted = aborted;
        Budget = budget;
        Meter = meter;
    }

    /// <summary>Cancelled when the client disconnects.</summary>
    public CancellationToken Aborted { get; }

    /// <summary>How long the request may compute.</summary>
    public TimeSpan Budget { get; }

    /// <summary>Where the work done is counted (null outside a host).</summary>
    public WorkMeter? Meter { get; }

    /// <summary>The budget of the request of <paramref name="context"/>.</summary>
    public static WorkBudget For(HttpContext context)
    {
        var configuration = context.RequestServices.GetService<IConfiguration>();
        var seconds = configuration?.GetValue(SecondsKey, DefaultSeconds) ?? DefaultSeconds;
        if (!(seconds > 0))
        {
            throw new InvalidOperationException($"{SecondsKey}: expected a positive number of seconds, got {seconds}");
        }
        return new WorkBudget(TimeSpan.FromSeconds(seconds), context.RequestServices.GetService<WorkMeter>(), context.RequestAborted);
    }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the client has gone, <see cref="WorkBudgetExceededException"/> when the budget is spent.</summary>
    public void Check()
    {
        Aborted.ThrowIfCancellationRequested();
        if (System.Diagnostics.Stopwatch.GetElapsedTime(_start) > Budget)
        {
            throw new WorkBudgetExceededException(Budget);
        }
    }

    /// <summary>The title of the 503 problem of a spent budget.</summary>
    public const string OverBudgetTitle = "Over the time budget";

    /// <summary>The detail of the 503 problem of a spent budget: how long, the setting, what to do.</summary>
    public static string OverBudgetDetail(WorkBudgetExceededException e) =>
        $"{e.Message} (the setting {SecondsKey}); the server stopped it: make the request smaller (fewer sessions, weeks, subjects or arms)";

    /// <summary>
    /// The endpoint filter of every simulation endpoint: a spent budget answers 503 with a problem saying so; a client
    /// that has gone gets nothing more (status 499, never sent).
    /// </summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        try
        {
            return await next(invocation);
        }
        catch (WorkBudgetExceededException e)
        {
            return Problems.Create(StatusCodes.Status503ServiceUnavailable, OverBudgetTitle, OverBudgetDetail(e));
        }
        catch (OperationCanceledException) when (invocation.HttpContext.RequestAborted.IsCancellationRequested)
        {
            const int ClientClosedRequest = 499;
            return Results.StatusCode(ClientClosedRequest);
        }
    }
}
