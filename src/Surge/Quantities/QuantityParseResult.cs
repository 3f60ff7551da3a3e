namespace Surge.Quantities;

/// <summary>
/// The outcome of parsing a quantity: either a value or a message saying what was expected and what was given.
/// Parsing never throws for bad input.
/// </summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
public sealed record QuantityParseResult<T>
    where T : struct
{
    private QuantityParseResult(T value, string? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The parsed value; <c>default</c> when <see cref="Success"/> is false.</summary>
    public T Value { get; }

    /// <summary>Why parsing failed (names the accepted units and the value given); null on success.</summary>
    public string? Error { get; }

    /// <summary>Whether a value was parsed.</summary>
    public bool Success => Error is null;

    /// <summary>A successful result.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The factory names the type it makes (QuantityParseResult<Mass>.Ok); a non-generic Fail could not infer T.")]
    public static QuantityParseResult<T> Ok(T value) => new(value, null);

    /// <summary>A failed result with <paramref name="error"/> as its message.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types", Justification = "The factory names the type it makes (QuantityParseResult<Mass>.Ok); a non-generic Fail could not infer T.")]
    public static QuantityParseResult<T> Fail(string error) => new(default, error);
}
