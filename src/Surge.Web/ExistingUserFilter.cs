namespace Surge.Web;

/// <summary>
/// Refuses credentials of an account that no longer exists (a bearer token outlives a deleted account until it
/// expires; without this check it could store data for nobody): 401, as without credentials.
/// </summary>
public sealed class ExistingUserFilter(UserManager<IdentityUser> users) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var id = context.HttpContext.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || await users.FindByIdAsync(id) is null)
        {
            return Problems.Create(StatusCodes.Status401Unauthorized, "Unauthorized", "this account does not exist (any more): sign in again or register");
        }
        return await next(context);
    }
}
