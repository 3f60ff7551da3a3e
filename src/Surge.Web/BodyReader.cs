using Microsoft.AspNetCore.Http.Features;

namespace Surge.Web;

/// <summary>What a request body held: its text and whether it is YAML (else JSON).</summary>
/// <param name="Text">The body as UTF-8 text.</param>
/// <param name="IsYaml">Whether the content type was a YAML one.</param>
public sealed record RequestBody(string Text, bool IsYaml)
{
    /// <summary>The document name the readers put in messages.</summary>
    public string FileName => IsYaml ? "request.yaml" : "request.json";
}

/// <summary>Reads a request body within <see cref="SurgeApi.MaximumBodyBytes"/>, checking its content type.</summary>
public static class BodyReader
{
    private static readonly string[] _jsonTypes = ["application/json", "text/json"];
    private static readonly string[] _yamlTypes = ["application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"];

    /// <summary>The body, or the problem result to answer with (415, 413).</summary>
    public static async Task<(RequestBody? Body, IResult? Problem)> ReadAsync(HttpRequest request, bool allowYaml)
    {
        var mediaType = MediaType(request.ContentType);
        var isJson = _jsonTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase)
                     || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        var isYaml = allowYaml && _yamlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase);
        if (!isJson && !isYaml)
        {
            var accepted = allowYaml ? "application/json or application/yaml" : "application/json";
            return (null, Problems.Create(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported media type",
                $"the body must be {accepted}, got '{(mediaType.Length == 0 ? "no content type" : mediaType)}'"));
        }
        if (request.ContentLength > SurgeApi.MaximumBodyBytes)
        {
            return (null, TooLarge());
        }
        var feature = request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = SurgeApi.MaximumBodyBytes;
        }
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > SurgeApi.MaximumBodyBytes)
                {
                    return (null, TooLarge());
                }
                buffer.Write(chunk, 0, read);
            }
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)
                .GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return (new RequestBody(text.TrimStart('\uFEFF'), isYaml), null);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }
        catch (DecoderFallbackException)
        {
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Invalid input", "the body is not valid UTF-8 text"));
        }
    }

    private static IResult TooLarge() => Problems.Create(
        StatusCodes.Status413PayloadTooLarge,
        "Request body too large",
        $"the body must be at most {SurgeApi.MaximumBodyBytes / (1024 * 1024)} MB");

    private static string MediaType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return "";
        }
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        return (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
    }
}
