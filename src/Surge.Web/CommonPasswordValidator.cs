namespace Surge.Web;

/// <summary>
/// Refuses passwords that are long enough but easy to guess (NIST SP 800-63B, section 5.1.1.2: check against
/// commonly used and breached values): control characters, too few different characters, repeated patterns
/// (<c>abcabcabca</c>), runs along the alphabet, the digits or the keyboard (<c>1234567890</c>, <c>qwertyuiop</c>),
/// and the most common passwords and words with digits or symbols around them (<c>password12</c>).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<IdentityUser>
{
    /// <summary>The fewest different characters a password must hold.</summary>
    public const int MinimumDistinctCharacters = 5;

    /// <summary>
    /// Words at the heart of the most common passwords in published breach corpora (lower case; digits and symbols
    /// around them are ignored, so "password12", "Password!!" and "123password" are all refused).
    /// </summary>
    private static readonly HashSet<string> _commonWords = new(StringComparer.Ordinal)
    {
        "password", "passw0rd", "passwort", "motdepasse", "contraseña", "qwerty", "qwertz", "azerty", "letmein", "welcome",
        "admin", "administrator", "iloveyou", "monkey", "dragon", "football", "baseball", "basketball", "soccer", "hockey",
        "sunshine", "princess", "shadow", "master", "superman", "batman", "trustno", "whatever", "starwars", "computer",
        "michael", "jennifer", "jordan", "charlie", "freedom", "secret", "summer", "winter", "spring", "autumn",
        "changeme", "default", "login", "access", "hello", "helloworld", "loveme", "lovely", "flower", "cookie",
        "chocolate", "pokemon", "minecraft", "liverpool", "chelsea", "arsenal", "abc", "qwe", "asd", "zxc",
        "surge", "testosterone", "workout", "fitness", "gymrat", "bodybuilding", "strong", "hevy", "test", "testing",
    };

    /// <summary>Runs that are easy to walk: alphabet, digits (wrapping), keyboard rows and columns, each both ways.</summary>
    private static readonly string[] _runs =
    [
        "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        "0123456789012345678901234567890123456789",
        "qwertyuiopasdfghjklzxcvbnmqwertyuiopasdfghjklzxcvbnm",
        "qwertzuiopasdfghjklyxcvbnm", "azertyuiopqsdfghjklmwxcvbn",
        "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p", "1q2w3e4r5t6y7u8i9o0p", "q1w2e3r4t5y6u7i8o9p0",
        "!@#$%^&*()_+", "1!2@3#4$5%6^7&8*9(0)",
    ];

    public Task<IdentityResult> ValidateAsync(UserManager<IdentityUser> manager, IdentityUser user, string? password)
    {
        var problem = Problem(password ?? "");
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordTooEasyToGuess", Description = problem }));
    }

    /// <summary>Why <paramref name="password"/> is refused, or null when it is accepted.</summary>
    public static string? Problem(string password)
    {
        if (password.Any(char.IsControl))
        {
            return "Passwords cannot contain control characters (NUL, tab, newline, …).";
        }
        var lower = password.ToLowerInvariant();
        if (lower.Distinct().Count() < MinimumDistinctCharacters)
        {
            return $"Passwords must use at least {MinimumDistinctCharacters} different characters.";
        }
        if (IsRepeatedPattern(lower) || IsRun(lower))
        {
            return "Passwords cannot be a repeated pattern or a run along the alphabet, the digits or the keyboard (such as 1234567890 or qwertyuiop).";
        }
        var core = lower.Trim("0123456789!@#$%^&*()_+-=.,;:?'\"/\\|[]{}<>~` ".ToCharArray());
        if (core.Length == 0 || _commonWords.Contains(core) || IsRun(core) && core.Length >= 4)
        {
            return "This password is among the most commonly used ones (a common word with digits or symbols around it); choose another, e.g. a few unrelated words.";
        }
        return null;
    }

    /// <summary>Whether <paramref name="text"/> repeats its first few characters throughout ("abab…", "abcabca").</summary>
    private static bool IsRepeatedPattern(string text)
    {
        for (var period = 1; period <= text.Length / 2; period++)
        {
            var repeats = true;
            for (var i = period; i < text.Length && repeats; i++)
            {
                repeats = text[i] == text[i % period];
            }
            if (repeats)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsRun(string text)
    {
        var reversed = new string(text.Reverse().ToArray());
        return _runs.Any(run => run.Contains(text, StringComparison.Ordinal) || run.Contains(reversed, StringComparison.Ordinal));
    }
}
