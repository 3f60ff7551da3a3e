using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;
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
    private readonly double _removalPerMin, _centralSpaceL, _exchangeConductancePerL, _distributionPerMin, _peripheralOverCentral, _trackedMassKg;

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
        _trackedMassKg = trackedMassKg;
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

    /// <summary>
    /// Once the last set is over, the lactate state — the muscles' mean excess (weighted by mass), the blood's and the
    /// peripheral compartment's — obeys a linear system with constant coefficients: it is advanced exactly by this
    /// propagator (docs/model.md, section 4, "Recovery"). Made once per simulation.
    /// </summary>
    public LactateAtRest AtRest() => new(ExchangePerMin, _removalPerMin, _distributionPerMin, _trackedMassKg, _centralSpaceL, _centralSpaceL * _peripheralOverCentral);
}

/// <summary>
/// The exact solution of the lactate exchange without production (docs/model.md, section 4, "Recovery"): with
/// m̄ the muscles' mass-weighted mean excess (mmol/kg), B the blood's and P the peripheral compartment's (mmol/L),
/// m̄' = k_ex(B − m̄), B' = [k_ex·M(m̄ − B) + k_d·V_p(P − B)]/V_c − k_rem·B, P' = k_d(B − P) − k_rem·P. Weighted by the
/// compartments' sizes (M, V_c, V_p) the matrix is symmetric, so it is diagonalised once (Math.NET's symmetric
/// eigen-decomposition) and any step h costs three exponentials. Each group's own excess differs from the mean by an
/// amount that decays as e^(−k_ex·h), because all groups exchange with the same blood at the same rate.
/// </summary>
public sealed class LactateAtRest
{
    private readonly double[] _vectors = new double[9];
    private readonly double[] _values = new double[3];
    private readonly double[] _sqrtWeight = new double[3];
    private readonly double _exchangePerMin;

    internal LactateAtRest(double exchangePerMin, double removalPerMin, double distributionPerMin, double muscleMassKg, double centralL, double peripheralL)
    {
        _exchangePerMin = exchangePerMin;
        var muscleConductance = exchangePerMin * muscleMassKg;
        var distributionConductance = distributionPerMin * peripheralL;
        // A compartment of size 0 (no tracked muscle, or the whole space central) is kept tiny and unconnected.
        double[] weight = [Math.Max(muscleMassKg, 1e-9), Math.Max(centralL, 1e-9), Math.Max(peripheralL, 1e-9)];
        for (var i = 0; i < 3; i++)
        {
            _sqrtWeight[i] = Math.Sqrt(weight[i]);
        }
        // S = −W^(−1/2)·G·W^(−1/2) − R, G the conductances between the compartments, R the removal.
        var s = Matrix<double>.Build.Dense(3, 3);
        s[0, 0] = -muscleConductance / weight[0];
        s[1, 1] = -(muscleConductance + distributionConductance) / weight[1] - removalPerMin;
        s[2, 2] = -distributionConductance / weight[2] - removalPerMin;
        s[0, 1] = s[1, 0] = muscleConductance / (_sqrtWeight[0] * _sqrtWeight[1]);
        s[1, 2] = s[2, 1] = distributionConductance / (_sqrtWeight[1] * _sqrtWeight[2]);
        var evd = s.Evd(Symmetricity.Symmetric);
        for (var j = 0; j < 3; j++)
        {
            _values[j] = evd.EigenValues[j].Real;
            for (var i = 0; i < 3; i++)
            {
                _vectors[3 * i + j] = evd.EigenVectors[i, j];
            }
        }
    }

    /// <summary>Advances the muscles' mean excess <paramref name="muscleMean"/> (mmol/kg), <paramref name="blood"/> and <paramref name="peripheral"/> (mmol/L) by <paramref name="h"/> min.</summary>
    public void Advance(ref double muscleMean, ref double blood, ref double peripheral, double h)
    {
        Span<double> y = [muscleMean * _sqrtWeight[0], blood * _sqrtWeight[1], peripheral * _sqrtWeight[2]];
        Span<double> modes = stackalloc double[3];
        for (var j = 0; j < 3; j++)
        {
            modes[j] = Math.Exp(_values[j] * h) * (_vectors[j] * y[0] + _vectors[3 + j] * y[1] + _vectors[6 + j] * y[2]);
        }
        muscleMean = (_vectors[0] * modes[0] + _vectors[1] * modes[1] + _vectors[2] * modes[2]) / _sqrtWeight[0];
        blood = (_vectors[3] * modes[0] + _vectors[4] * modes[1] + _vectors[5] * modes[2]) / _sqrtWeight[1];
        peripheral = (_vectors[6] * modes[0] + _vectors[7] * modes[1] + _vectors[8] * modes[2]) / _sqrtWeight[2];
    }

    /// <summary>The factor by which a group's departure from the muscles' mean shrinks in <paramref name="h"/> min.</summary>
    public double GroupDepartureDecay(double h) => Math.Exp(-_exchangePerMin * h);
}
