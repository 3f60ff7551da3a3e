using System.Text.Json.Serialization.Metadata;

namespace Surge.Web;

/// <summary>
/// Serialises a typed answer (docs/formats.md) straight into the response pipe with the one source-generated serialiser
/// (<see cref="AnswerJsonContext"/>, the CLI's): no intermediate string, so a large answer (the leg day's is 85 KB) never
/// lands on the large-object heap.
/// </summary>
public sealed class JsonStreamResult<TAnswer>(TAnswer answer, JsonTypeInfo<TAnswer> typeInfo) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.BodyWriter, answer, typeInfo, httpContext.RequestAborted);
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
