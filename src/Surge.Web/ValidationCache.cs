
namespace Surge.Web;

/// <summary>The <c>surge validate --json</c> object, computed once on first use (the cases folder found as the CLI finds it).</summary>
public sealed class ValidationCache
{
    private readonly Lazy<string> _json;

    /// <summary>The cache over the validation cases found as <c>surge validate</c> finds them.</summary>
    public ValidationCache()
        : this(Compute)
    {
    }

    /// <summary>A cache over <paramref name="compute"/> (tests).</summary>
    public ValidationCache(Func<string> compute) => _json = new Lazy<string>(compute, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The graded report as JSON.</summary>
    public string Json => _json.Value;

    /// <summary>Computes the report now if it is not yet (the server's warm-up); false when that failed.</summary>
    public bool TryWarm()
    {
        try
        {
            return _json.Value.Length > 0;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Compute()
    {
        try
        {
            return ValidationJson.Write(ValidationCases.GradeDefaultSuite(Directory.GetCurrentDirectory(), AppContext.BaseDirectory, ExerciseCatalogue.Default, SessionSimulator.Default));
        }
        catch (InputException e)
        {
            throw new InvalidOperationException(e.Message, e);
        }
    }
}
