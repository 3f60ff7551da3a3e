using Surge.Training;

namespace Surge.Physiology;

/// <summary>Blood lactate parameters (docs/model.md, section 4; data/parameters.yaml, "Lactate kinetics").</summary>
/// <param name="Rest">Resting blood lactate, mmol/L.</param>
/// <param name="ExchangeRate">Muscle–blood exchange rate constant, 1/min.</param>
/// <param name="RemovalRate">Removal (oxidation, gluconeogenesis) rate constant, 1/min.</param>
/// <param name="Space">Apparent distribution space, L/kg body mass.</param>
public sealed record LactateParameters(double Rest, double ExchangeRate, double RemovalRate, double Space) : IParameterGroup<LactateParameters>
{
    /// <inheritdoc/>
    public static LactateParameters Read(ParameterReader r) => new(r["lactate_rest"], r["lactate_exchange_rate"], r["lactate_removal_rate"], r["lactate_space"]);

    /// <summary>The athlete's lactate distribution space, L.</summary>
    public double SpaceL(Athlete athlete) => Space * athlete.BodyMassKg;
}

/// <summary>
/// Lactate between worked muscle and blood (docs/model.md, section 4): each group exchanges with the blood at rate
/// k_ex; blood lactate is removed at rate k_rem.
/// </summary>
public sealed class LactateKinetics
{
    private readonly double _removalPerMin, _lactateSpaceL, _exchangeConductancePerL;

    /// <param name="p">The lactate parameters.</param>
    /// <param name="lactateSpaceL">The athlete's distribution space, L.</param>
    /// <param name="trackedMassKg">Mass of all tracked groups, kg.</param>
    public LactateKinetics(LactateParameters p, double lactateSpaceL, double trackedMassKg)
    {
        ExchangePerMin = p.ExchangeRate;
        _removalPerMin = p.RemovalRate;
        _lactateSpaceL = lactateSpaceL;
        _exchangeConductancePerL = ExchangePerMin * trackedMassKg / _lactateSpaceL;
    }

    /// <summary>Muscle–blood exchange rate constant, 1/min.</summary>
    public double ExchangePerMin { get; }

    /// <summary>Blood lactate rates: production from the muscles' outflow <paramref name="exchangeInMmolPerMin"/> (mmol/min), loss by removal and uptake.</summary>
    public void BloodRates(double exchangeInMmolPerMin, out double production, out double loss)
    {
        production = exchangeInMmolPerMin / _lactateSpaceL;
        loss = _removalPerMin + _exchangeConductancePerL;
    }
}
