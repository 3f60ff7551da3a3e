using Surge.Training;

namespace Surge.Physiology;

/// <summary>Blood lactate parameters (docs/model.md, section 4; data/parameters.yaml, "Lactate kinetics").</summary>
/// <param name="Rest">Resting blood lactate, mmol/L.</param>
/// <param name="ExchangeRate">Muscle–blood exchange rate constant, 1/min.</param>
/// <param name="RemovalRate">Removal (oxidation, gluconeogenesis) rate constant, 1/min.</param>
/// <param name="Space">Apparent distribution space once lactate has spread through it (central + peripheral), L/kg body mass.</param>
/// <param name="CentralFraction">Share of the space that the blood's lactate equilibrates with at once (the central compartment), 1.</param>
/// <param name="DistributionRate">Rate constant of the spread between the central and the peripheral compartment, 1/min.</param>
public sealed record LactateParameters(double Rest, double ExchangeRate, double RemovalRate, double Space, double CentralFraction, double DistributionRate)
    : IParameterGroup<LactateParameters>
{
    /// <inheritdoc/>
    public static LactateParameters Read(ParameterReader r) => new(r["lactate_rest"], r["lactate_exchange_rate"], r["lactate_removal_rate"], r["lactate_space"],
        r["lactate_central_fraction"], r["lactate_distribution_rate"]);

    /// <summary>The athlete's lactate distribution space, L.</summary>
    public double SpaceL(Athlete athlete) => Space * athlete.BodyMassKg;
}

/// <summary>
/// Lactate between worked muscle and blood (docs/model.md, section 4): each group exchanges with the blood at rate
/// k_ex; the blood's lactate equilibrates at once with a central share of the space and spreads into the rest (the
/// peripheral compartment) at rate k_d; lactate is removed from both at rate k_rem.
/// </summary>
public sealed class LactateKinetics
{
    private readonly double _removalPerMin, _centralSpaceL, _exchangeConductancePerL, _distributionPerMin, _peripheralOverCentral;

    /// <param name="p">The lactate parameters.</param>
    /// <param name="lactateSpaceL">The athlete's whole distribution space, L.</param>
    /// <param name="trackedMassKg">Mass of all tracked groups, kg.</param>
    public LactateKinetics(LactateParameters p, double lactateSpaceL, double trackedMassKg)
    {
        ExchangePerMin = p.ExchangeRate;
        _removalPerMin = p.RemovalRate;
        _centralSpaceL = p.CentralFraction * lactateSpaceL;
        _exchangeConductancePerL = ExchangePerMin * trackedMassKg / _centralSpaceL;
        _distributionPerMin = p.DistributionRate;
        _peripheralOverCentral = (1.0 - p.CentralFraction) / p.CentralFraction;
    }

    /// <summary>Muscle–blood exchange rate constant, 1/min.</summary>
    public double ExchangePerMin { get; }

    /// <summary>
    /// Blood (central) lactate rates: production from the muscles' outflow <paramref name="exchangeInMmolPerMin"/> (mmol/min)
    /// and from the peripheral compartment's excess <paramref name="peripheral"/> (mmol/L); loss by removal, uptake into
    /// the muscles and spread into the peripheral compartment.
    /// </summary>
    public void BloodRates(double exchangeInMmolPerMin, double peripheral, out double production, out double loss)
    {
        production = exchangeInMmolPerMin / _centralSpaceL + _distributionPerMin * _peripheralOverCentral * peripheral;
        loss = _removalPerMin + _exchangeConductancePerL + _distributionPerMin * _peripheralOverCentral;
    }

    /// <summary>Peripheral lactate rates: gain from the blood's excess <paramref name="blood"/> (mmol/L), loss by spreading back and by removal.</summary>
    public void PeripheralRates(double blood, out double production, out double loss)
    {
        production = _distributionPerMin * blood;
        loss = _distributionPerMin + _removalPerMin;
    }
}
