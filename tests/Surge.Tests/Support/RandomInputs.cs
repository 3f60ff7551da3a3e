using FsCheck;
using FsCheck.Fluent;
using Surge.Quantities;
using Surge.Training;

namespace Surge.Tests.Support;

/// <summary>The FsCheck generators the random-program and random-session properties share, each property with its own ranges.</summary>
internal static class RandomInputs
{
    /// <summary>
    /// Either sex and any training status; age, body mass (in tenths of a kilogram) and body fat (in percent) drawn from
    /// the given inclusive ranges; a third without a measured testosterone, the rest 0.5–40 nmol/L.
    /// </summary>
    public static Gen<Athlete> Athletes((int Min, int Max) age, (int Min, int Max) massTenthsKg, (int Min, int Max) fatPercent) =>
        from sex in Gen.Elements(Sex.Male, Sex.Female)
        from years in Gen.Choose(age.Min, age.Max)
        from mass in Gen.Choose(massTenthsKg.Min, massTenthsKg.Max)
        from fat in Gen.Choose(fatPercent.Min, fatPercent.Max)
        from status in Gen.Elements(TrainingStatus.Untrained, TrainingStatus.Trained, TrainingStatus.Elite)
        from t in Gen.Frequency((1, Gen.Constant<double?>(null)), (2, Gen.Choose(5, 400).Select(v => (double?)(v / 10.0))))
        select new Athlete(sex, years, mass / 10.0, fat / 100.0, status, t);

    /// <summary>
    /// One of 20–100 %1RM (in tenths of a percent), 1RM to <paramref name="maxRepetitionMaximum"/>RM, or an absolute
    /// 0 kg to <paramref name="maxTenthsKg"/> tenths of a kilogram.
    /// </summary>
    public static Gen<Load> Loads(int maxRepetitionMaximum, int maxTenthsKg) => Gen.OneOf(
        Gen.Choose(200, 1000).Select(p => Load.PercentOfOneRm(p / 10.0)),
        Gen.Choose(1, maxRepetitionMaximum).Select(Load.RepetitionMaximum),
        Gen.Choose(0, maxTenthsKg).Select(kg => Load.Absolute(Mass.FromKilograms(kg / 10.0))));
}
