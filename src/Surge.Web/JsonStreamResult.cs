namespace Surge.Web;

/// <summary>
/// Writes a JSON answer straight into the response pipe with the CLI's writer options: no intermediate string or
/// buffer, so a large answer (the leg day's is 85 KB) never lands on the large-object heap.
/// </summary>
public sealed class JsonStreamResult(Action<Utf8JsonWriter> write) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, JsonOutput.WriterOptions))
        {
            write(writer);
        }
        await response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }
}
