namespace Surge.Quantities;

/// <summary>
/// The one reps-to-%1RM relation Surge uses everywhere (docs/model.md, "Load and repetitions"):
/// Epley's relation, 1RM = w·(1 + r/30) (Epley 1985, Boyd Epley Workout), for r ≥ 2, joined
/// linearly to 100 % at one repetition. It gives 10RM = 75 %, 5RM = 86 %, 20RM = 60 %, 30RM = 50 %.
/// It is a population average: people differ and light loads allow more repetitions.
/// </summary>
public static class RepetitionMaximum
{
    private const double EpleyDivisor = 30.0;
    private const double TwoRepFraction = 1.0 / (1.0 + 2.0 / EpleyDivisor);

    /// <summary>The fraction of 1RM (0–1] that can be lifted for exactly <paramref name="repetitions"/> reps (≥ 1).</summary>
    public static double FractionOfOneRm(double repetitions)
    {
        if (!(repetitions >= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(repetitions), repetitions, "Repetitions must be at least 1.");
        }
        return repetitions <= 2.0
            ? 1.0 - (1.0 - TwoRepFraction) * (repetitions - 1.0)
            : 1.0 / (1.0 + repetitions / EpleyDivisor);
    }

    /// <summary>
    /// The most repetitions possible at <paramref name="fractionOfOneRm"/> (0–1]; 1 at 100 %1RM.
    /// The inverse of <see cref="FractionOfOneRm"/>.
    /// </summary>
    public static double MaximumRepetitions(double fractionOfOneRm)
    {
        if (!(fractionOfOneRm > 0.0 && fractionOfOneRm <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(fractionOfOneRm), fractionOfOneRm, "The fraction of 1RM must be in (0, 1].");
        }
        return fractionOfOneRm >= TwoRepFraction
            ? 1.0 + (1.0 - fractionOfOneRm) / (1.0 - TwoRepFraction)
            : EpleyDivisor * (1.0 / fractionOfOneRm - 1.0);
    }
}
