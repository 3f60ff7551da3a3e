namespace Surge.Physiology;

/// <summary>Cortisol parameters: the daily rhythm and the HPA axis (docs/model.md, sections 1 and 9; data/parameters.yaml, "Cortisol").</summary>
/// <param name="Peak">Serum cortisol at the morning peak, nmol/L.</param>
/// <param name="PeakTime">Clock time of the peak, h.</param>
/// <param name="Nadir">Serum cortisol at the nadir, nmol/L.</param>
/// <param name="NadirTime">Clock time of the nadir, h.</param>
/// <param name="HalfLife">Cortisol half-life, min.</param>
/// <param name="ActhTau">Time constant of the ACTH drive, min.</param>
/// <param name="SecretionMax">Largest exercise-driven secretion, nmol/L/min.</param>
/// <param name="DriveHalf">Metabolite drive giving half the largest ACTH drive, 1.</param>
/// <param name="DriveHill">Hill exponent of the threshold, 1.</param>
/// <param name="DamageWeight">Weight of the inflammatory signal in the drive, 1.</param>
public sealed record CortisolParameters(double Peak, double PeakTime, double Nadir, double NadirTime, double HalfLife, double ActhTau,
    double SecretionMax, double DriveHalf, double DriveHill, double DamageWeight) : IParameterGroup<CortisolParameters>
{
    /// <inheritdoc/>
    public static CortisolParameters Read(ParameterReader r) => new(
        r["cortisol_peak"], r["cortisol_peak_time"], r["cortisol_nadir"], r["cortisol_nadir_time"], r["cortisol_half_life"], r["acth_tau"],
        r["cortisol_secretion_max"], r["cortisol_drive_half"], r["cortisol_drive_hill"], r["cortisol_damage_weight"]);

    /// <summary>
    /// Serum cortisol without exercise at <paramref name="clockHours"/>, nmol/L: a half-cosine rise from the nadir
    /// (00:18) to the peak (08:32) and a slower half-cosine fall back (Debono 2009).
    /// </summary>
    public double Baseline(double clockHours)
    {
        var h = ((clockHours % 24.0) + 24.0) % 24.0;
        var rise = PeakTime - NadirTime;
        var sinceNadir = ((h - NadirTime) % 24.0 + 24.0) % 24.0;
        var phase = sinceNadir <= rise ? sinceNadir / rise : 1.0 - (sinceNadir - rise) / (24.0 - rise);
        return Nadir + (Peak - Nadir) * 0.5 * (1.0 - Math.Cos(Math.PI * phase));
    }
}

/// <summary>
/// The HPA axis (docs/model.md, section 9): the ACTH drive follows a threshold function of the working muscle's
/// metabolites (+ inflammation), with no feedback ceiling while the work goes on; cortisol secretion follows ACTH.
/// </summary>
public sealed class AdrenalAxis
{
    private readonly double _acthPerMin, _cortisolPerMin, _secretionMax, _halfPow, _hill, _damageWeight;

    /// <param name="p">The cortisol parameters.</param>
    public AdrenalAxis(CortisolParameters p)
    {
        _acthPerMin = 1.0 / p.ActhTau;
        _cortisolPerMin = Math.Log(2) / p.HalfLife;
        _secretionMax = p.SecretionMax;
        _hill = p.DriveHill;
        _halfPow = Math.Pow(p.DriveHalf, _hill);
        _damageWeight = p.DamageWeight;
    }

    /// <summary>Rates of the ACTH drive (0–1) and of the cortisol excess (nmol/L).</summary>
    public void Rates(double metaboreflex, double inflammation, double acth, out double acthProduction, out double acthLoss, out double cortisolProduction, out double cortisolLoss)
    {
        acthProduction = _acthPerMin * Kinetics.Hill(metaboreflex + _damageWeight * inflammation, _halfPow, _hill);
        acthLoss = _acthPerMin;
        cortisolProduction = _secretionMax * Math.Max(0.0, acth);
        cortisolLoss = _cortisolPerMin;
    }
}
