using Surge.Files;
using Surge.Reports;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Cli.Commands;

/// <summary>Reads and simulates session files, failing with the input layer's message.</summary>
public static class SessionInput
{
    /// <summary>Reads every file first (all must be valid), then simulates each; prints warnings to stderr.</summary>
    public static IReadOnlyList<SimulatedSession> LoadAndSimulate(CliContext context, IReadOnlyList<string> files) =>
        LoadAndSimulateSessions(context, files).Select(s => s.Simulated).ToArray();

    /// <summary>As <see cref="LoadAndSimulate"/>, with each session as read (to simulate again, e.g. with drawn parameters).</summary>
    public static IReadOnlyList<(Session Session, SimulatedSession Simulated)> LoadAndSimulateSessions(CliContext context, IReadOnlyList<string> files)
    {
        var parsed = files.Select(file => (File: file, Parse: SessionFile.Load(file, context.Catalogue))).ToArray();
        var failed = parsed.FirstOrDefault(p => !p.Parse.Success);
        if (failed.Parse is not null)
        {
            var error = failed.Parse.Error ?? new InputError(failed.File, null, null, "", "could not be read as a session file");
            throw new CliException(error.ToString());
        }
        var sessions = new List<(Session, SimulatedSession)>();
        foreach (var (file, parse) in parsed)
        {
            var result = context.Simulator.Simulate(parse.Session!);
            // Reading warnings already name the file; the simulator's name the bout and set.
            var warnings = parse.Warnings.Select(w => w.ToString())
                .Concat(result.Warnings.Select(w => $"{file}: {w}"))
                .ToArray();
            foreach (var warning in warnings)
            {
                context.Warn(warning);
            }
            sessions.Add((parse.Session!, new SimulatedSession(file, result, warnings)));
        }
        return sessions;
    }
}
