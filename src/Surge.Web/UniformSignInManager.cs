using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Surge.Web;

/// <summary>
/// Signs in as Identity's manager does, except that an unknown email costs a password hash too, so the time of the
/// answer does not tell whether an account exists (Identity answers an unknown email at once: 6 ms against 88 ms).
/// Used by the pages' form sign-in and by <c>POST /api/account/login</c>. Wrong passwords are counted per email and
/// client address (<see cref="SignInThrottle"/>) instead of locking the account for everyone. Every answer, whatever
/// its outcome (unknown email, wrong password, refused by the throttle, signed in), takes at least
/// <see cref="MinimumMilliseconds"/>: the floor lies well above the work itself (one PBKDF2 hash, ~80 ms, and a few
/// queries, which still differ by a few milliseconds between the paths), so the time says nothing within the jitter
/// of the network, and guessing is slowed too.
/// </summary>
public sealed class UniformSignInManager(
    UserManager<IdentityUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<IdentityUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<IdentityUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<IdentityUser> confirmation,
    SignInThrottle throttle,
    IConfiguration configuration)
    : SignInManager<IdentityUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    private static readonly IdentityUser _nobody = new() { UserName = "nobody" };

    /// <summary>A hash made like every stored one (same algorithm and iterations), checked against for unknown emails.</summary>
    private static readonly Lazy<string> _decoyHash = new(() => new PasswordHasher<IdentityUser>().HashPassword(_nobody, Guid.NewGuid().ToString("N")));

    /// <summary>The setting: the least time a sign-in answer takes, milliseconds (default <see cref="DefaultMinimumMilliseconds"/>; 0 turns the floor off).</summary>
    public const string MinimumMillisecondsKey = "Surge:SignIn:MinimumMilliseconds";

    /// <summary>Default floor: about five times the hash on two idle cores, above it on a busy machine too.</summary>
    public const int DefaultMinimumMilliseconds = 500;

    /// <summary>The least time a sign-in answer takes (see the summary).</summary>
    public TimeSpan MinimumMilliseconds { get; } = TimeSpan.FromMilliseconds(Math.Max(0, configuration.GetValue(MinimumMillisecondsKey, DefaultMinimumMilliseconds)));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = await SignInOnceAsync(userName, password, isPersistent, lockoutOnFailure);
        // Task.Delay counts whole milliseconds (a fractional rest is cut off) and a timer may fire a little early, so
        // wait again until the floor has really passed: every answer takes at least the floor.
        for (var rest = MinimumMilliseconds - System.Diagnostics.Stopwatch.GetElapsedTime(started); rest > TimeSpan.Zero;
             rest = MinimumMilliseconds - System.Diagnostics.Stopwatch.GetElapsedTime(started))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(rest.TotalMilliseconds)), CancellationToken.None);
        }
        return result;
    }

    private async Task<SignInResult> SignInOnceAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var address = Context.Connection.RemoteIpAddress;
        if (lockoutOnFailure && await throttle.IsBlockedAsync(userName, address))
        {
            return SignInResult.LockedOut;
        }
        var user = await UserManager.FindByNameAsync(userName);
        SignInResult result;
        if (user is null)
        {
            UserManager.PasswordHasher.VerifyHashedPassword(_nobody, _decoyHash.Value, password);
            result = SignInResult.Failed;
        }
        else
        {
            // Never Identity's account-wide lockout: an outsider could shut the owner out with 10 wrong passwords.
            result = await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: false);
        }
        if (result.Succeeded)
        {
            await throttle.SucceededAsync(userName, address);
        }
        else if (lockoutOnFailure && !result.IsNotAllowed && !result.RequiresTwoFactor)
        {
            await throttle.FailedAsync(userName, address);
        }
        return result;
    }
}
