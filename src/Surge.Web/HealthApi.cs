namespace Surge.Web;

/// <summary>
/// Probes for a load balancer or an orchestrator: <c>GET /healthz</c> (the process answers: always 200, touches
/// nothing) and <c>GET /readyz</c> (the database is reachable and every migration is applied: 200, else 503). Neither is
/// rate limited, needs credentials or says anything about accounts or data.
/// </summary>
public static class HealthApi
{
    /// <summary>How long <c>/readyz</c> waits for the database before answering 503.</summary>
    public static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(5);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/healthz", () => Results.Json(new HealthAnswer("alive"), WebAnswerJsonContext.Web.HealthAnswer))
            .AnswersJson<HealthAnswer>()
            .WithTags("Health")
            .WithSummary("Liveness: 200 {\"status\": \"alive\"} while the process serves requests (checks nothing else).");
        app.MapGet("/readyz", Ready)
            .AnswersJson<HealthAnswer>()
            .Produces<HealthAnswer>(StatusCodes.Status503ServiceUnavailable, "application/json")
            .WithTags("Health")
            .WithSummary("Readiness: 200 {\"status\": \"ready\"} when the database is reachable and migrated, else 503 with the reason.");
    }

    private static async Task<IResult> Ready(LogDatabase database, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(ReadinessTimeout);
        string? reason;
        try
        {
            reason = await SurgeStore.NotReadyReasonAsync(database.Connection, timeout.Token);
        }
        catch (StoreException)
        {
            reason = "the database is misconfigured";
        }
        return reason is null
            ? Results.Json(new HealthAnswer("ready"), WebAnswerJsonContext.Web.HealthAnswer)
            : Results.Json(new HealthAnswer("not ready", reason), WebAnswerJsonContext.Web.HealthAnswer, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
