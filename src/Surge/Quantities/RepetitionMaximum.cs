namespace Surge.Quantities;

/// <summary>
/// The one reps-to-%1RM relation Surge uses everywhere (docs/model.md, "Load and repetitions"), on the lifter's
/// scale (the external load for loaded lifts; <see cref="Catalogue.LoadScale"/>): Brzycki's relation
/// f = (37 − r)/36 up to ten repetitions (Brzycki 1993, J Phys Educ Recreat Dance 64:88) and Epley's
/// f = 1/(1 + r/30) from ten on (Epley 1985, Boyd Epley Workout); the two meet at 10RM = 75 %. Brzycki follows the
/// heavy end better (5RM = 88.9 %, where Epley's 85.7 % is below the NSCA table's 87 %; Baechle &amp; Earle 2008),
/// Epley the light end (20RM = 60 %, 30RM = 50 %, where Brzycki would reach 0 at 37 reps).
/// It is a population average: people differ and light loads allow more repetitions.
/// </summary>
public static class RepetitionMaximum
{
    private const double EpleyDivisor = 30.0;
    private const double BrzyckiConstant = 37.0;
    private const double BrzyckiDivisor = 36.0;
    private const double JoinRepetitions = 10.0;
    private const double JoinFraction = (BrzyckiConstant - JoinRepetitions) / BrzyckiDivisor; // 0.75, = Epley's at 10

    /// <summary>The fraction of 1RM (0–1] that can be lifted for exactly <paramref name="repetitions"/> reps (≥ 1).</summary>
    public static double FractionOfOneRm(double repetitions)
    {
        if (!(repetitions >= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(repetitions), repetitions, "Repetitions must be at least 1.");
        }
        return repetitions <= JoinRepetitions
            ? (BrzyckiConstant - repetitions) / BrzyckiDivisor
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
        return fractionOfOneRm >= JoinFraction
            ? BrzyckiConstant - BrzyckiDivisor * fractionOfOneRm
            : EpleyDivisor * (1.0 / fractionOfOneRm - 1.0);
    }
}
