using Surge.Adaptation;
using Surge.Catalogue;

namespace Surge.Reports;

/// <summary>
/// The <c>surge train --json</c> object (docs/formats.md) and the <c>surge compare --json</c> object for programs, built as
/// their typed answers (<see cref="TrainAnswer"/>, <see cref="CompareProgramsAnswer"/>) and written by <see cref="AnswerJsonContext"/>.
/// </summary>
public static class ProgramJson
{
    /// <summary>
    /// The <c>surge train --json</c> object: <c>weeks</c>, <c>muscles</c>, <c>strength</c>,
    /// <c>resting_testosterone_change_pct</c>, <c>acute_surge_share_pct</c>, <c>weekly</c>; extras
    /// <c>fat_free_mass_change_kg</c>, resting testosterone at start and end, and <c>warnings</c>.
    /// </summary>
    public static string Train(SimulatedProgram program) => AnswerJson.Write(TrainAnswer(program), AnswerJsonContext.Default.TrainAnswer);

    /// <summary><c>{"programs": [{"file": …, …train object…}]}</c>.</summary>
    public static string Comparison(IReadOnlyList<SimulatedProgram> programs) =>
        AnswerJson.Write(ComparisonAnswer(programs), AnswerJsonContext.Default.CompareProgramsAnswer);

    /// <summary>The <c>surge train --json</c> object as its typed answer.</summary>
    public static TrainAnswer TrainAnswer(SimulatedProgram program) => Program(program, includeFile: false);

    /// <summary>The program comparison as its typed answer.</summary>
    public static CompareProgramsAnswer ComparisonAnswer(IReadOnlyList<SimulatedProgram> programs) =>
        new(programs.Select(program => Program(program, includeFile: true)).ToArray());

    private static TrainAnswer Program(SimulatedProgram program, bool includeFile)
    {
        var result = program.Result;
        var surge = result.Surge;
        return new TrainAnswer(
            includeFile ? program.File : null,
            result.Weeks,
            Muscles(result.Muscles),
            Strength(result.Strength, withKilograms: true),
            result.RestingTestosteroneChangePct,
            result.AcuteSurgeSharePct,
            new SessionSurgeAnswer(surge.Sessions, surge.TotalTestosteroneRisePct, surge.GrowthHormonePeakUgPerL, surge.CortisolRisePct),
            result.Weekly.Select(week => new WeekAnswer(
                week.Week,
                Muscles(week.Muscles),
                Strength(week.Strength, withKilograms: false),
                week.RestingTestosteroneNmolPerL,
                AnswerJson.Keyed(MuscleGroups.All, group => group.Id(), group => week.HardSets.TryGetValue(group, out var sets) ? sets : 0.0))).ToArray(),
            // Extras (formats.md allows added fields).
            result.FatFreeMassChangeKg,
            AnswerJson.Finite(program.StartRestingTestosteroneNmolPerL),
            AnswerJson.Finite(program.EndRestingTestosteroneNmolPerL),
            AnswerJson.Keyed(MuscleGroups.All, group => group.Id(), program.MeanHardSetsPerWeek),
            program.Warnings.ToArray());
    }

    private static IReadOnlyDictionary<string, MuscleAnswer> Muscles(IReadOnlyDictionary<MuscleGroup, MuscleChange> muscles) =>
        AnswerJson.Keyed(MuscleGroups.All, group => group.Id(), group =>
        {
            var change = muscles.TryGetValue(group, out var c) ? c : new MuscleChange(0, 0, 0);
            return new MuscleAnswer(change.SizeChangePct, change.LeftPct, change.RightPct);
        });

    private static IReadOnlyDictionary<string, StrengthAnswer> Strength(IReadOnlyList<StrengthChange> strength, bool withKilograms) =>
        AnswerJson.Keyed(SimulatedProgram.DistinctByName(strength), change => change.Exercise, change => new StrengthAnswer(
            change.OneRmChangePct,
            withKilograms ? change.StartOneRmKg : null,
            withKilograms ? change.OneRmKg : null));
}
