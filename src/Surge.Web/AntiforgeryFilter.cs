using Microsoft.AspNetCore.Antiforgery;

namespace Surge.Web;

/// <summary>
/// Requires the antiforgery token on requests a browser's cookie could authenticate: every request without an
/// <c>Authorization: Bearer</c> header (API clients with a bearer token cannot be forged by another site). The token comes
/// in the form field <see cref="SurgeWebApp.AntiforgeryField"/> or the header <see cref="SurgeWebApp.AntiforgeryHeader"/>;
/// the pages get it from <c>GET /api/antiforgery</c>.
/// </summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var bearer = http.Request.Headers.Authorization.Any(h => h is not null && h.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase));
        if (!bearer)
        {
            try
            {
                await antiforgery.ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                return Problems.Create(
                    StatusCodes.Status400BadRequest,
                    "Missing or invalid antiforgery token",
                    $"this request needs the token from GET /api/antiforgery, in the form field {SurgeWebApp.AntiforgeryField} or the header {SurgeWebApp.AntiforgeryHeader} (it changes when you sign in or out), or an Authorization: Bearer token");
            }
        }
        return await next(context);
    }
}
