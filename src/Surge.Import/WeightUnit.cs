namespace Surge.Import;

/// <summary>The unit of the weights in an export that does not name it (Strong's comma layout).</summary>
public enum WeightUnit
{
    Kg,
    Lb,
}
