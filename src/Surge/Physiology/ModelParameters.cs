namespace Surge.Physiology;

/// <summary>The model's parameter set (data/parameters.yaml): every value with its unit and source.</summary>
public sealed class ModelParameters
{
    /// <summary>The shipped parameter set.</summary>
    public static ModelParameters Default { get; } = new();
}
