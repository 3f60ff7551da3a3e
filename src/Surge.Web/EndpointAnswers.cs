using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Surge.Web;

/// <summary>What several endpoints declare alike about their answers (for the OpenAPI document and the rate limits), written once.</summary>
internal static class EndpointAnswers
{
    private const string JsonType = "application/json";

    /// <summary>Answers the typed answer <typeparamref name="TAnswer"/> (200; its schema in the OpenAPI document).</summary>
    public static RouteHandlerBuilder AnswersJson<TAnswer>(this RouteHandlerBuilder endpoint) =>
        endpoint.Produces<TAnswer>(StatusCodes.Status200OK, JsonType);

    /// <summary>Answers the typed answer <typeparamref name="TAnswer"/> (200), or 404 for an athlete the caller does not have.</summary>
    public static RouteHandlerBuilder AnswersAthleteJson<TAnswer>(this RouteHandlerBuilder endpoint) =>
        endpoint.AnswersJson<TAnswer>().ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>
    /// What the simulation endpoints (<c>/api/simulate</c>, <c>/compare</c>, <c>/train</c>, <c>/trial</c>) share: a JSON
    /// document in (its schema the typed <typeparamref name="TRequest"/>, which only describes it: the core's located
    /// readers read it) or one of <paramref name="otherTypes"/>, the typed answer <typeparamref name="TAnswer"/> out (or one of <paramref name="otherAnswerTypes"/>),
    /// problems for bad input, size, type and rate, the work budget and the per-client simulation rate limit.
    /// </summary>
    public static RouteHandlerBuilder Simulation<TRequest, TAnswer>(this RouteHandlerBuilder endpoint, string[] otherTypes, params string[] otherAnswerTypes)
        where TRequest : notnull =>
        endpoint
            .Accepts<TRequest>(JsonType, otherTypes)
            .Produces<TAnswer>(StatusCodes.Status200OK, JsonType, otherAnswerTypes)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .AddEndpointFilter(WorkBudget.Filter)
            .RequireRateLimiting(SurgeWebApp.SimulationPolicy);

    /// <summary>
    /// The schema of a 200 answer given as a file (CSV, PNG, SVG): ASP.NET describes every content type of one status
    /// with the JSON answer's schema; these are bytes, <c>{"type": "string", "format": "binary"}</c>.
    /// </summary>
    public static Task DescribeFileAnswers(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content is { } content)
        {
            foreach (var (type, media) in content)
            {
                if (!type.Equals(JsonType, StringComparison.OrdinalIgnoreCase))
                {
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                }
            }
        }
        return Task.CompletedTask;
    }
}
