using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Simulation;
using Surge.Training;
using Surge.Uncertainty;

namespace Surge.Reports;

/// <summary>A session file read and simulated.</summary>
/// <param name="File">The path as the user gave it.</param>
/// <param name="Result">The simulation.</param>
/// <param name="Warnings">Warnings from reading the file and from the simulation.</param>
/// <param name="Label">A name for titles and legends given by the user (the web app's compared sessions); null: the file name.</param>
public sealed record SimulatedSession(string File, SimulationResult Result, IReadOnlyList<string> Warnings, string? Label = null)
{
    /// <summary>The label, else the file name without folders, for titles and legends.</summary>
    public string Name => Label ?? Path.GetFileName(File);

    /// <summary>
    /// The bands of the model's own uncertainty (<c>surge simulate --uncertainty</c>): every output then adds them;
    /// null (the default) leaves every output as it is without them.
    /// </summary>
    public SessionUncertainty? Uncertainty { get; init; }
}

/// <summary>A program file read and simulated.</summary>
/// <param name="File">The path as the user gave it.</param>
/// <param name="Program">The program as read.</param>
/// <param name="Result">The simulation.</param>
/// <param name="Warnings">Warnings from reading the file and from the simulation.</param>
public sealed record SimulatedProgram(string File, TrainingProgram Program, ProgramResult Result, IReadOnlyList<string> Warnings)
{
    /// <summary>The file name without folders, for titles and legends.</summary>
    public string Name => Path.GetFileName(File);

    /// <summary>The muscle groups some exercise of the program works (primary or secondary), in canonical order.</summary>
    public IReadOnlyList<MuscleGroup> TrainedGroups =>
        Program.Blocks.SelectMany(b => b.Days).SelectMany(d => d.Bouts)
            .SelectMany(b => b.Exercise.Primary.Concat(b.Exercise.Secondary))
            .Distinct().Order().ToArray();

    /// <summary>Hard sets per week of each group, the mean over the weeks that hold training (0 when none do).</summary>
    public double MeanHardSetsPerWeek(MuscleGroup group)
    {
        var training = TrainingWeeks();
        var weeks = Result.Weekly.Where(w => training.Contains(w.Week)).ToArray();
        return weeks.Length == 0 ? 0.0 : weeks.Average(w => w.HardSets.TryGetValue(group, out var sets) ? sets : 0.0);
    }

    /// <summary>The 1-based weeks that belong to a block with training days.</summary>
    public IReadOnlySet<int> TrainingWeeks()
    {
        var weeks = new HashSet<int>();
        var week = 0;
        foreach (var block in Program.Blocks)
        {
            for (var i = 0; i < block.Weeks; i++)
            {
                week++;
                if (block.Days.Count > 0)
                {
                    weeks.Add(week);
                }
            }
        }
        return weeks;
    }

    /// <summary>Resting morning testosterone at the start, nmol/L (derived from the last week and the stated change).</summary>
    public double StartRestingTestosteroneNmolPerL
    {
        get
        {
            var end = EndRestingTestosteroneNmolPerL;
            var factor = 1 + Result.RestingTestosteroneChangePct / 100;
            return Math.Abs(factor) < 1e-9 ? end : end / factor;
        }
    }

    /// <summary>Resting morning testosterone at the end of the last week, nmol/L.</summary>
    public double EndRestingTestosteroneNmolPerL =>
        Result.Weekly.Count > 0 ? Result.Weekly[^1].RestingTestosteroneNmolPerL : double.NaN;

    /// <summary>The exercises once each by name as written (first wins), in order of first appearance.</summary>
    public IReadOnlyList<StrengthChange> Strength => DistinctByName(Result.Strength);

    internal static IReadOnlyList<StrengthChange> DistinctByName(IReadOnlyList<StrengthChange> strength) =>
        strength.DistinctBy(s => s.Exercise, StringComparer.Ordinal).ToArray();
}
