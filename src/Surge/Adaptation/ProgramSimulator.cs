using Surge.Catalogue;
using Surge.Physiology;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Adaptation;

/// <summary>Simulates a training program day by day (docs/model.md, "Long-term adaptation"). Thread-safe.</summary>
public sealed class ProgramSimulator(ModelParameters parameters)
{
    /// <summary>A simulator with the shipped parameter set.</summary>
    public static ProgramSimulator Default { get; } = new(ModelParameters.Default);

    public ModelParameters Parameters { get; } = parameters;

    /// <summary>Simulates <paramref name="program"/> from its first day to the end of its last week.</summary>
    public ProgramResult Simulate(TrainingProgram program)
    {
        // Placeholder until the adaptation engine lands: no change, right shape.
        var muscles = MuscleGroups.All.ToDictionary(g => g, _ => new MuscleChange(0, 0, 0));
        var names = program.Blocks.SelectMany(b => b.Days).SelectMany(d => d.Bouts).Select(b => b.NameAsWritten).Distinct().ToArray();
        var strength = names.Select(n => new StrengthChange(n, 0, 0, 0)).ToArray();
        var t = program.HeldTestosteroneNmolPerL ?? AthleteProfile.DefaultMorningTestosterone(program.Athlete.Sex, program.Athlete.AgeYears, Parameters);
        var weekly = Enumerable.Range(1, program.Weeks)
            .Select(w => new WeekState(w, muscles, strength, t, MuscleGroups.All.ToDictionary(g => g, _ => 0.0))).ToArray();
        _ = SessionSimulator.Default;
        return new ProgramResult(program.Weeks, muscles, strength, 0, 0, 0, weekly, []);
    }
}
