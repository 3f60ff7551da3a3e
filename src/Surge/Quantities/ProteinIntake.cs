namespace Surge.Quantities;

/// <summary>A daily protein intake, either per kilogram of body mass or in total.</summary>
/// <param name="Amount">Grams per kilogram per day when <paramref name="PerKilogramBodyMass"/>, else grams per day; ≥ 0.</param>
/// <param name="PerKilogramBodyMass">Whether <paramref name="Amount"/> is in g/kg/day (true) or g/day (false).</param>
public readonly record struct ProteinIntake(double Amount, bool PerKilogramBodyMass)
{
    /// <summary>The intake in g/kg/day for a person of <paramref name="bodyMassKg"/> kg (&gt; 0).</summary>
    public double GramsPerKilogramPerDay(double bodyMassKg) =>
        PerKilogramBodyMass ? Amount : Amount / bodyMassKg;
}
