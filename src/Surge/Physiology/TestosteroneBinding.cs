namespace Surge.Physiology;

/// <summary>
/// Free testosterone from total testosterone, SHBG and albumin by mass action (Vermeulen A et al. 1999,
/// J Clin Endocrinol Metab 84:3666). Binding is fast against clearance, so it is solved algebraically.
/// </summary>
public static class TestosteroneBinding
{
    /// <summary>
    /// Free testosterone in pmol/L for total testosterone <paramref name="totalNmolPerL"/> (nmol/L), SHBG
    /// <paramref name="shbgNmolPerL"/> (nmol/L), albumin <paramref name="albuminMolPerL"/> (mol/L) and association
    /// constants in L/mol.
    /// </summary>
    public static double FreePmolPerL(double totalNmolPerL, double shbgNmolPerL, double albuminMolPerL, double albuminAssociation, double shbgAssociation)
    {
        // Solve N·Ks·F² + (N + Ks·(SHBG − T))·F − T = 0 for F (mol/L), N = 1 + Ka·albumin.
        var t = totalNmolPerL * 1e-9;
        var s = shbgNmolPerL * 1e-9;
        var n = 1.0 + albuminAssociation * albuminMolPerL;
        var a = n * shbgAssociation;
        var b = n + shbgAssociation * (s - t);
        // Stable root: 2T / (b + sqrt(b² + 4aT)).
        var free = 2.0 * t / (b + Math.Sqrt(b * b + 4.0 * a * t));
        return free * 1e12;
    }
}
