using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace Surge.Web;

/// <summary>
/// Accounts. For the pages: form posts <c>/account/register</c>, <c>/account/login</c>, <c>/account/logout</c> (cookie,
/// antiforgery token required) and <c>GET /api/antiforgery</c>. For API clients: Identity's endpoints under
/// <c>/api/account</c> (<c>register</c>, <c>login</c> → bearer token, <c>refresh</c>, <c>manage/info</c>, …).
/// <c>GET /api/account</c> answers who is signed in, or 401.
/// </summary>
public static class AccountApi
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinimumPasswordLength = 10;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/account")
            .AddEndpointFilter<NeutralRegistrationFilter>()
            .MapIdentityApi<IdentityUser>()
            .RequireRateLimiting(SurgeWebApp.AccountPolicy)
            .WithTags("Accounts");
        app.MapGet("/api/account", Me)
            .RequireAuthorization()
            .AddEndpointFilter<ExistingUserFilter>()
            .AnswersJson<AccountAnswer>()
            .WithTags("Accounts")
            .WithSummary("Who is signed in: {\"email\": …}; 401 without credentials.");
        app.MapDelete("/api/account", DeleteAccount)
            .RequireAuthorization()
            .AddEndpointFilter<ExistingUserFilter>()
            .AddEndpointFilter<AntiforgeryFilter>()
            .RequireRateLimiting(SurgeWebApp.AccountPolicy)
            .Produces(StatusCodes.Status204NoContent)
            .WithTags("Accounts")
            .WithSummary("Close your account: deletes every athlete, workout, import record and exercise mapping you stored, then the account, and signs out.");
        app.MapGet("/api/antiforgery", Token)
            .AnswersJson<AntiforgeryAnswer>()
            .WithTags("Accounts")
            .WithSummary("The antiforgery token for the pages' forms and cookie-authenticated requests (field and header names included).");

        var forms = app.MapGroup("/account")
            .DisableAntiforgery() // validated by AntiforgeryFilter, which answers a problem naming the token
            .AddEndpointFilter<AntiforgeryFilter>()
            .RequireRateLimiting(SurgeWebApp.AccountPolicy)
            .WithTags("Accounts");
        forms.MapPost("/register", Register)
            .AnswersJson<RegisteredAnswer>()
            .WithSummary("Form post (email, password, antiforgery token): creates the account (then sign in with /account/login); an email that has an account already gets the same answer.");
        forms.MapPost("/login", Login)
            .AnswersJson<AccountAnswer>()
            .WithSummary("Form post (email, password, antiforgery token): signs in with a cookie; 401 on a wrong email or password.");
        forms.MapPost("/logout", Logout)
            .WithSummary("Form post (antiforgery token): signs out.");
    }

    private static IResult Me(ClaimsPrincipal user) =>
        Results.Json(new AccountAnswer(user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name), WebAnswerJsonContext.Web.AccountAnswer);

    private static async Task<IResult> DeleteAccount(ClaimsPrincipal principal, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, LogDatabase database)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return Problems.Create(StatusCodes.Status401Unauthorized, "Unauthorized", "this account does not exist (any more)");
        }
        using (var store = database.Open(user.Id))
        {
            store.DeleteOwnedData();
        }
        var deleted = await users.DeleteAsync(user);
        if (!deleted.Succeeded)
        {
            return Problems.Create(StatusCodes.Status500InternalServerError, "The account was not deleted", "your stored data was deleted, but the account itself could not be: " + string.Join(" ", deleted.Errors.Select(e => e.Description)));
        }
        await signIn.SignOutAsync();
        return Results.NoContent();
    }

    private static IResult Token(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return Results.Json(new AntiforgeryAnswer(tokens.RequestToken, SurgeWebApp.AntiforgeryField, SurgeWebApp.AntiforgeryHeader), WebAnswerJsonContext.Web.AntiforgeryAnswer);
    }

    /// <summary>
    /// The answer to every registration that is not refused for its password or address: the same whether the email was
    /// new (the account is created) or had an account already (nothing changes), so registering tells no one who has an
    /// account. Nobody is signed in by registering; the pages sign in next.
    /// </summary>
    public static readonly RegisteredAnswer Registered = new(
        "registered",
        "sign in with this email and password (POST /account/login); if the email had an account already, it is unchanged and its own password signs in");

    private static async Task<IResult> Register([FromForm] string? email, [FromForm] string? password, UserManager<IdentityUser> users)
    {
        if (Missing(email, password) is { } missing)
        {
            return missing;
        }
        var user = new IdentityUser { UserName = email!.Trim(), Email = email.Trim() };
        var created = await users.CreateAsync(user, password!);
        var errors = new Dictionary<string, string[]>();
        foreach (var error in created.Errors.Where(e => !NeutralRegistrationFilter.IsDuplicate(e.Code)))
        {
            var field = error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email";
            errors[field] = [.. errors.GetValueOrDefault(field, []), error.Description];
        }
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, detail: string.Join(" ", errors.Values.SelectMany(e => e)), title: "The account was not created");
        }
        return Results.Json(Registered, WebAnswerJsonContext.Web.RegisteredAnswer);
    }

    private static async Task<IResult> Login([FromForm] string? email, [FromForm] string? password, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
    {
        if (Missing(email, password) is { } missing)
        {
            return missing;
        }
        // By name (the email): an unknown one costs a password hash too (UniformSignInManager), so timing tells nothing.
        var result = await signIn.PasswordSignInAsync(email!.Trim(), password!, isPersistent: true, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Problems.Create(StatusCodes.Status401Unauthorized, "Sign-in refused", $"too many wrong passwords for this email from this address: try again in {SignInThrottle.Window.TotalMinutes:0} minutes");
        }
        if (!result.Succeeded)
        {
            return Problems.Create(StatusCodes.Status401Unauthorized, "Sign-in refused", "wrong email or password");
        }
        var user = await users.FindByNameAsync(email.Trim());
        return Results.Json(new AccountAnswer(user?.Email ?? email.Trim()), WebAnswerJsonContext.Web.AccountAnswer);
    }

    private static async Task<IResult> Logout(SignInManager<IdentityUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.NoContent();
    }

    private static IResult? Missing(string? email, string? password)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(email))
        {
            errors["email"] = ["an email address is required"];
        }
        if (string.IsNullOrEmpty(password))
        {
            errors["password"] = ["a password is required"];
        }
        return errors.Count == 0 ? null : Results.ValidationProblem(errors, detail: string.Join("; ", errors.Select(e => $"{e.Key}: {e.Value[0]}")), title: Problems.InvalidInput);
    }
}
