using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Files;
using Surge.Training;

namespace Surge.App;

/// <summary>A training program as read and as simulated over its weeks: what the train use case hands to the outputs.</summary>
/// <param name="Name">The name the program goes by in warnings and outputs (its file).</param>
/// <param name="Program">The program as read.</param>
/// <param name="Result">The weekly simulation.</param>
/// <param name="Warnings">The reader's warnings (which name the file) and then the simulator's.</param>
public sealed record ProgramRun(string Name, TrainingProgram Program, ProgramResult Result, IReadOnlyList<string> Warnings);

/// <summary>
/// The train use case, once for the command line and the web API: read (or take) the programs, all of them valid
/// before any is simulated, then simulate each with the given program simulator.
/// </summary>
public static class ProgramRuns
{
    /// <summary>
    /// Reads every file of <paramref name="paths"/> (<see cref="InputFiles.LoadProgram"/>); the programs, or the first
    /// file's error when any cannot be read.
    /// </summary>
    public static (IReadOnlyList<ProgramFileResult>? Programs, InputError? Error) LoadAll(IReadOnlyList<string> paths, ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return InputFiles.LoadAll(paths, path => InputFiles.LoadProgram(path, catalogue), "a program file");
    }

    /// <summary>
    /// Simulates the program of <paramref name="parse"/> (which must have succeeded) with <paramref name="simulator"/>.
    /// The simulator's warnings are prefixed with "<paramref name="name"/>: " when <paramref name="nameWarnings"/> is
    /// true (the command line, which may read several files), else given as they are (the web API: one document).
    /// </summary>
    public static ProgramRun Train(ProgramSimulator simulator, string name, ProgramFileResult parse, bool nameWarnings = true)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(parse);
        var program = parse.Program ?? throw new ArgumentException("the program was not read: " + parse.Error, nameof(parse));
        var result = simulator.Simulate(program);
        var warnings = parse.Warnings.Select(w => w.ToString())
            .Concat(result.Warnings.Select(w => nameWarnings ? $"{name}: {w}" : w))
            .ToArray();
        return new ProgramRun(name, program, result, warnings);
    }
}
