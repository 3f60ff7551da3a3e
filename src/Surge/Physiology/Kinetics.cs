namespace Surge.Physiology;

/// <summary>Rate laws shared by the body systems.</summary>
public static class Kinetics
{
    /// <summary>The Hill function xⁿ/(xⁿ + x½ⁿ), with x½ⁿ precomputed as <paramref name="halfPow"/>; 0 for x ≤ 0.</summary>
    public static double Hill(double x, double halfPow, double n)
    {
        if (x <= 0)
        {
            return 0;
        }
        var xn = n switch { 2.0 => x * x, 3.0 => x * x * x, 4.0 => x * x * x * x, _ => Math.Pow(x, n) };
        return xn / (xn + halfPow);
    }
}
