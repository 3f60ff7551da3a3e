using Surge.Training;

namespace Surge.Physiology;

/// <summary>Plasma-volume parameters (docs/model.md, section 5; data/parameters.yaml, "Plasma volume").</summary>
/// <param name="VolumePerKg">Resting plasma volume, L/kg body mass.</param>
/// <param name="ShiftMax">Largest fall of plasma volume, fraction of plasma volume.</param>
/// <param name="ShiftHalfLoad">Osmotic excess of worked muscle (its lactate above blood) giving half the largest shift, mmol.</param>
/// <param name="FluidShiftTau">Time constant of the shift into muscle, min.</param>
/// <param name="FluidReturnTau">Time constant of the return, min.</param>
public sealed record PlasmaVolumeParameters(double VolumePerKg, double ShiftMax, double ShiftHalfLoad, double FluidShiftTau, double FluidReturnTau)
    : IParameterGroup<PlasmaVolumeParameters>
{
    /// <inheritdoc/>
    public static PlasmaVolumeParameters Read(ParameterReader r) => new(
        r["plasma_volume"], r["plasma_volume_shift_max"], r["plasma_volume_shift_half_load"], r["fluid_shift_tau"], r["fluid_return_tau"]);

    /// <summary>The athlete's resting plasma volume, L.</summary>
    public double VolumeL(Athlete athlete) => VolumePerKg * athlete.BodyMassKg;
}

/// <summary>
/// The plasma-volume shift (docs/model.md, section 5): plasma water moves into worked muscle quickly as its osmotic
/// load builds, and returns slowly.
/// </summary>
public sealed class PlasmaVolumeShift(PlasmaVolumeParameters p, double plasmaVolumeL)
{
    private readonly double _fluidShiftMaxL = p.ShiftMax * plasmaVolumeL;
    private readonly double _fluidShiftHalfMmol = p.ShiftHalfLoad;
    private readonly double _fluidInPerMin = 1.0 / p.FluidShiftTau;
    private readonly double _fluidReturnPerMin = 1.0 / p.FluidReturnTau;

    /// <summary>Rates of the fluid moved out of plasma (L), given the muscles' osmotic excess <paramref name="muscleLactatePoolMmol"/> (mmol).</summary>
    public void Rates(double muscleLactatePoolMmol, double shiftedL, out double production, out double loss)
    {
        var fluidTarget = _fluidShiftMaxL * muscleLactatePoolMmol / (muscleLactatePoolMmol + _fluidShiftHalfMmol);
        var fluidRate = fluidTarget > shiftedL ? _fluidInPerMin : _fluidReturnPerMin;
        production = fluidRate * fluidTarget;
        loss = fluidRate;
    }
}
