
namespace Surge.Physiology;

/// <summary>Micro-damage, inflammation and androgen-receptor parameters (docs/model.md, section 10;
/// data/parameters.yaml, "Damage and androgen receptors").</summary>
/// <param name="Reference">Recruited kg × relative load × reps giving one damage unit at the reference lowering time, kg.</param>
/// <param name="EccentricExponent">Exponent of the lowering time in the damage, 1.</param>
/// <param name="InflammationTau">Time constant of the inflammatory signal, min.</param>
/// <param name="RecoveryTau">Time constant of damage repair, min.</param>
/// <param name="ArUpregulationMax">Largest androgen-receptor up-regulation, fraction.</param>
/// <param name="ArUpregulationRate">Rate of up-regulation of a fully worked group, 1/min.</param>
/// <param name="ArReturnTau">Time constant of the return to baseline, min.</param>
/// <param name="ArTestosteroneWeight">Boost of up-regulation per unit of relative testosterone excess, 1.</param>
public sealed record DamageParameters(double Reference, double EccentricExponent, double InflammationTau, double RecoveryTau,
    double ArUpregulationMax, double ArUpregulationRate, double ArReturnTau, double ArTestosteroneWeight) : IParameterGroup<DamageParameters>
{
    /// <inheritdoc/>
    public static DamageParameters Read(ParameterReader r) => new(
        r["damage_reference"], r["damage_eccentric_exponent"], r["inflammation_tau"], r["damage_recovery_tau"],
        r["ar_upregulation_max"], r["ar_upregulation_rate"], r["ar_return_tau"], r["ar_testosterone_weight"]);
}

/// <summary>
/// Micro-damage per group, the inflammatory signal it makes, and androgen-receptor up-regulation (docs/model.md,
/// section 10): damage grows with recruited mass × relative load × reps and the lowering time, and is repaired
/// slowly; receptors rise with the work a group does, more with a testosterone excess, and return over a day.
/// </summary>
public sealed class DamageAndReceptors
{
    private readonly double _reference, _eccentricExponent, _referenceEccentricSeconds;
    private readonly double _inflammationPerMin, _recoveryPerMin;
    private readonly double _arMax, _arRatePerMin, _arReturnPerMin, _arTestosteroneWeight;

    /// <param name="p">The damage parameters.</param>
    /// <param name="referenceEccentricSeconds">The default lowering time the reference is stated at, s (set mechanics).</param>
    public DamageAndReceptors(DamageParameters p, double referenceEccentricSeconds)
    {
        _reference = p.Reference;
        _eccentricExponent = p.EccentricExponent;
        _referenceEccentricSeconds = referenceEccentricSeconds;
        _inflammationPerMin = 1.0 / p.InflammationTau;
        _recoveryPerMin = 1.0 / p.RecoveryTau;
        _arMax = p.ArUpregulationMax;
        _arRatePerMin = p.ArUpregulationRate;
        _arReturnPerMin = 1.0 / p.ArReturnTau;
        _arTestosteroneWeight = p.ArTestosteroneWeight;
    }

    /// <summary>Damage units per minute of <paramref name="set"/>, which recruits <paramref name="recruitedKg"/> kg:
    /// recruited kg × relative load × reps × eccentric factor / reference, spread over the set.</summary>
    public double SetDamagePerMin(PlannedSet set, double recruitedKg)
    {
        var eccentricFactor = Math.Pow(Math.Max(0.25, set.EccentricSecondsPerRep) / _referenceEccentricSeconds, _eccentricExponent);
        return recruitedKg * set.Intensity * set.Reps * eccentricFactor / _reference / set.DurationMin;
    }

    /// <summary>The factor on receptor up-regulation of a relative testosterone excess.</summary>
    public double ReceptorBoost(double testosteroneRelative) => 1.0 + _arTestosteroneWeight * Math.Max(0.0, testosteroneRelative);

    /// <summary>Writes one group's damage and receptor rates.</summary>
    /// <param name="groupDamageRate">Damage units per minute the active set gives this group.</param>
    /// <param name="arStimulus">The set's receptor stimulus on this group (engagement × recruitment × effort).</param>
    /// <param name="receptorBoost">From <see cref="ReceptorBoost"/>.</param>
    /// <param name="a">Production rates of the state.</param>
    /// <param name="b">Loss rate constants of the state.</param>
    /// <param name="damageIndex">Index of the group's damage in the state.</param>
    /// <param name="receptorIndex">Index of the group's receptor up-regulation in the state.</param>
    public void GroupRates(double groupDamageRate, double arStimulus, double receptorBoost, Span<double> a, Span<double> b, int damageIndex, int receptorIndex)
    {
        a[damageIndex] = groupDamageRate;
        b[damageIndex] = _recoveryPerMin;
        var arRate = _arRatePerMin * arStimulus * receptorBoost;
        a[receptorIndex] = arRate * _arMax;
        b[receptorIndex] = arRate + _arReturnPerMin;
    }

    /// <summary>Rates of the inflammatory signal under the damage rate <paramref name="damageRate"/> (units/min).</summary>
    public void InflammationRates(double damageRate, out double production, out double loss)
    {
        production = damageRate;
        loss = _inflammationPerMin;
    }
}
