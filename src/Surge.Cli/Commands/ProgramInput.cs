using Surge.Adaptation;
using Surge.App;
using Surge.Catalogue;
using Surge.Files;
using Surge.Reports;
using Surge.Training;

namespace Surge.Cli.Commands;

/// <summary>Reads and simulates program files (Surge.App's <see cref="ProgramRuns"/>), failing with the input layer's message.</summary>
public static class ProgramInput
{
    /// <summary>Reads every file first (all must be valid), then simulates each; prints warnings to stderr.</summary>
    public static IReadOnlyList<SimulatedProgram> LoadAndSimulate(CliContext context, IReadOnlyList<string> files)
    {
        var (parsed, error) = ProgramRuns.LoadAll(files, context.Catalogue);
        if (parsed is null)
        {
            throw new CliException(error!.ToString());
        }
        for (var i = 0; i < parsed.Count; i++)
        {
            if (ProgramSize.Problem(parsed[i].Program!, ProgramSize.CommandLineMaximumSets) is { } tooLarge)
            {
                throw new CliException(new InputError(files[i], null, null, ProgramSize.Field(parsed[i].Program!), tooLarge).ToString());
            }
        }
        var programs = new List<SimulatedProgram>();
        for (var i = 0; i < parsed.Count; i++)
        {
            var run = ProgramRuns.Train(context.ProgramSimulator, files[i], parsed[i]);
            foreach (var warning in run.Warnings)
            {
                context.Warn(warning);
            }
            programs.Add(new SimulatedProgram(run.Name, run.Program, run.Result, run.Warnings));
        }
        return programs;
    }
}
