namespace Surge.Physiology;

/// <summary>Sympathetic-drive parameters (docs/model.md, section 6; data/parameters.yaml, "Sympathetic drive").</summary>
/// <param name="Tau">Time constant of the drive, min.</param>
/// <param name="CentralCommandReferenceMass">Recruited muscle mass giving a central command of 1, kg.</param>
/// <param name="MetaboreflexReferenceLactate">Muscle lactate pool (above blood) giving a metaboreflex of one weight, mmol.</param>
/// <param name="MetaboreflexWeight">Weight of the metaboreflex in the drive, 1.</param>
/// <param name="StressLactateReference">Blood lactate counted as one unit of exercise stress, mmol/L.</param>
public sealed record SympatheticParameters(double Tau, double CentralCommandReferenceMass, double MetaboreflexReferenceLactate,
    double MetaboreflexWeight, double StressLactateReference) : IParameterGroup<SympatheticParameters>
{
    /// <inheritdoc/>
    public static SympatheticParameters Read(ParameterReader r) => new(
        r["sympathetic_tau"], r["central_command_reference_mass"], r["metaboreflex_reference_lactate"], r["metaboreflex_weight"],
        r["stress_lactate_reference"]);
}

/// <summary>
/// Sympathetic drive (docs/model.md, section 6): central command (recruited mass) plus the metaboreflex (metabolites
/// held in working muscle), followed with time constant τ_s; with the blood lactate load it makes the exercise stress
/// that drives the testosterone response.
/// </summary>
public sealed class SympatheticDrive(SympatheticParameters p)
{
    private readonly double _perMin = 1.0 / p.Tau;
    private readonly double _centralReferenceKg = p.CentralCommandReferenceMass;
    private readonly double _metaboreflexWeight = p.MetaboreflexWeight;

    /// <summary>Muscle lactate pool giving one unit of metabolite drive, mmol.</summary>
    public double MetaboreflexReferenceMmol { get; } = p.MetaboreflexReferenceLactate;

    /// <summary>Blood lactate counted as one unit of exercise stress, mmol/L.</summary>
    public double StressLactateReference { get; } = p.StressLactateReference;

    /// <summary>Central command of a set recruiting <paramref name="recruitedKg"/> kg of muscle.</summary>
    public double CentralCommand(double recruitedKg) => recruitedKg / _centralReferenceKg;

    /// <summary>The metaboreflex of a muscle lactate pool (above blood) of <paramref name="muscleLactatePoolMmol"/> mmol.</summary>
    public double Metaboreflex(double muscleLactatePoolMmol) => _metaboreflexWeight * muscleLactatePoolMmol / MetaboreflexReferenceMmol;

    /// <summary>Exercise stress: the drive plus the blood lactate load, in units of the reference leg session.</summary>
    public double Stress(double sympathetic, double bloodLactate) => Math.Max(0.0, sympathetic) + bloodLactate / StressLactateReference;

    /// <summary>Rates of the drive toward central command + metaboreflex.</summary>
    public void Rates(double centralCommand, double metaboreflex, out double production, out double loss)
    {
        var drive = centralCommand + metaboreflex;
        production = _perMin * drive;
        loss = _perMin;
    }
}
