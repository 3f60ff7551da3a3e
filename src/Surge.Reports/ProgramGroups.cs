using Surge.Adaptation;
using Surge.Catalogue;

namespace Surge.Reports;

/// <summary>Which muscle groups the program outputs (tables and plots) show.</summary>
public static class ProgramGroups
{
    /// <summary>Smallest change shown as a change, %.</summary>
    public const double ShownChangePct = 0.05;

    /// <summary>Groups trained by the program or that changed by at least <see cref="ShownChangePct"/> on either side, in canonical order.</summary>
    public static IReadOnlyList<MuscleGroup> Shown(SimulatedProgram program)
    {
        var trained = program.TrainedGroups;
        return MuscleGroups.All.Where(g =>
        {
            var change = Change(program.Result.Muscles, g);
            return trained.Contains(g)
                   || program.MeanHardSetsPerWeek(g) > 0
                   || Math.Abs(change.SizeChangePct) >= ShownChangePct
                   || Math.Abs(change.LeftPct) >= ShownChangePct
                   || Math.Abs(change.RightPct) >= ShownChangePct;
        }).ToArray();
    }

    /// <summary>The change of <paramref name="group"/>; no change where the result has none for it.</summary>
    public static MuscleChange Change(IReadOnlyDictionary<MuscleGroup, MuscleChange> muscles, MuscleGroup group) =>
        muscles.TryGetValue(group, out var change) ? change : new MuscleChange(0, 0, 0);
}
