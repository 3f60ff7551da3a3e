using Surge.Training;

namespace Surge.Tests.Support;

/// <summary>Athletes as tests talk about them: <c>Athletes.Man(age: 25)</c>, <c>Athletes.Woman()</c>.</summary>
public static class Athletes
{
    /// <summary>A man; defaults are those of formats.md (trained, 25 years, 80 kg, 15 % fat).</summary>
    public static Athlete Man(
        double age = 25.0,
        double bodyMassKg = 80.0,
        double bodyFatFraction = 0.15,
        TrainingStatus status = TrainingStatus.Trained,
        double? morningTestosteroneNmolPerL = null) =>
        new(Sex.Male, age, bodyMassKg, bodyFatFraction, status, morningTestosteroneNmolPerL);

    /// <summary>A woman; defaults are those of formats.md (trained, 25 years, 62 kg, 25 % fat).</summary>
    public static Athlete Woman(
        double age = 25.0,
        double bodyMassKg = 62.0,
        double bodyFatFraction = 0.25,
        TrainingStatus status = TrainingStatus.Trained,
        double? morningTestosteroneNmolPerL = null) =>
        new(Sex.Female, age, bodyMassKg, bodyFatFraction, status, morningTestosteroneNmolPerL);
}
