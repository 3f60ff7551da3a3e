using Microsoft.AspNetCore.Http.HttpResults;

namespace Surge.Web;

/// <summary>
/// <c>POST /api/account/register</c> with an email that has an account already answers as for a new one (200, no
/// body) instead of Identity's "already taken", so registering tells no one who has an account. A refused password
/// or a malformed address is still a 400 (the same for every email).
/// </summary>
public sealed class NeutralRegistrationFilter : IEndpointFilter
{
    /// <summary>Identity's error codes that would say the email has an account.</summary>
    public static bool IsDuplicate(string code) => code is "DuplicateUserName" or "DuplicateEmail";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        if (!context.HttpContext.Request.Path.Value!.EndsWith("/register", StringComparison.OrdinalIgnoreCase))
        {
            return result;
        }
        var problem = result switch
        {
            ValidationProblem direct => direct,
            INestedHttpResult { Result: ValidationProblem nested } => nested,
            _ => null,
        };
        return problem is not null && problem.ProblemDetails.Errors.Count > 0 && problem.ProblemDetails.Errors.Keys.All(IsDuplicate)
            ? TypedResults.Ok()
            : result;
    }
}
