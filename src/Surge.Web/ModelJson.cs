using Surge.History;
using Surge.Quantities;

namespace Surge.Web;

/// <summary>
/// The <c>GET /api/model</c> object: what the pages need of the model, computed from the core (never typed twice):
/// the canonical muscle groups, the measures, the athlete defaults per sex, the reps-to-%1RM relation, the unit
/// factors the pages convert with, the ranges the files' readers accept (the editors' input limits), the training
/// statuses, the RPE-to-reps-in-reserve relation, the weekly-volume bands and a program week's days.
/// </summary>
public static class ModelJson
{
    /// <summary>Most repetitions <c>reps_to_fraction</c> covers (the pages' NRM loads are 1–30RM).</summary>
    public const int MaximumTabulatedReps = 30;

    /// <summary>The sexes <c>athlete_defaults</c> holds, in this order.</summary>
    public static IReadOnlyList<Sex> Sexes { get; } = Enum.GetValues<Sex>();

    /// <summary>The object's text (indented JSON, built once per process: it depends on nothing but the core).</summary>
    public static string Json { get; } = AnswerJson.Write(Answer(), AnswerJsonContext.Default.ModelAnswer);

    /// <summary>The object as its typed answer (docs/formats.md).</summary>
    public static ModelAnswer Answer() => new(
        MuscleGroups.All.Select(group => group.Id()).ToArray(),
        Measures.All.Select(measure => new MeasureInfo(measure.Id(), measure.Title(), measure.Unit())).ToArray(),
        AthleteDefaults(),
        new SessionDefaults(
            SessionFile.DefaultRest.TotalSeconds,
            Session.DefaultStartTime.ToString("HH:mm", CultureInfo.InvariantCulture),
            Session.DefaultRecordUntil.TotalMinutes),
        Enumerable.Range(1, MaximumTabulatedReps).Select(reps => RepetitionMaximum.FractionOfOneRm(reps)).ToArray(),
        new UnitFactors(Mass.KilogramsPerPound, QuantityParser.TestosteroneNgPerDlPerNmolPerL),
        Limits(),
        Enum.GetValues<TrainingStatus>().Select(AthleteSettings.Name).ToArray(),
        RirForRpe(),
        new VolumeBandsInfo(VolumeBands.LowerSetsPerWeek, VolumeBands.UpperSetsPerWeek, Enum.GetValues<VolumeBand>().Select(band => band.Label()).ToArray()),
        Weekdays.Keys.Select((key, i) => new WeekdayInfo(key, Weekdays.Names[i], [Weekdays.FullKeys[i]])).ToArray());

    private static OrderedDictionary<string, AthleteDefaults> AthleteDefaults()
    {
        var defaults = new OrderedDictionary<string, AthleteDefaults>(StringComparer.Ordinal);
        foreach (var sex in Sexes)
        {
            var athlete = Athlete.Create(sex);
            defaults.Add(AthleteSettings.Name(sex), new AthleteDefaults(
                athlete.AgeYears,
                athlete.BodyMassKg,
                Math.Round(athlete.BodyFatFraction * 100.0, 6),
                AthleteSettings.Name(athlete.TrainingStatus)));
        }
        return defaults;
    }

    /// <summary>Reps in reserve for RPE 1, 2, … up to the first RPE that leaves none (index 0: RPE 1).</summary>
    private static double[] RirForRpe()
    {
        var reserves = new List<double>();
        for (var rpe = 1; ; rpe++)
        {
            var reserve = Effort.FromRpe(rpe).RepsInReserve ?? 0.0;
            reserves.Add(reserve);
            if (reserve <= 0.0)
            {
                return [.. reserves];
            }
        }
    }

    /// <summary>The ranges the session and program readers accept, as the editors' input limits.</summary>
    private static ModelLimits Limits() => new(
        new ValueRange(AthleteSettings.MinimumAgeYears, AthleteSettings.MaximumAgeYears),
        new ValueRange(AthleteSettings.MinimumBodyMassKg, AthleteSettings.MaximumBodyMassKg),
        new ValueRange(Math.Round(AthleteSettings.MinimumBodyFatFraction * 100.0, 6), Math.Round(AthleteSettings.MaximumBodyFatFraction * 100.0, 6)),
        new ValueRange(QuantityParser.MinimumTestosteroneNmolPerL, QuantityParser.MaximumTestosteroneNmolPerL),
        // Protein from none up to the most; the energy balance a deficit or a surplus up to the most.
        new ValueMaximum(ProgramFile.MaximumProteinGPerKgPerDay),
        new ValueMaximum(ProgramFile.MaximumEnergyBalanceKcalPerDay),
        new ValueMaximum(Session.MaximumRecordUntil.TotalMinutes));
}
