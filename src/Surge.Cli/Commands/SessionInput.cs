using Surge.App;
using Surge.Reports;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Cli.Commands;

/// <summary>Reads and simulates session files (Surge.App's <see cref="SessionRuns"/>), failing with the input layer's message.</summary>
public static class SessionInput
{
    /// <summary>Reads every file first (all must be valid), then simulates each; prints warnings to stderr.</summary>
    public static IReadOnlyList<SimulatedSession> LoadAndSimulate(CliContext context, IReadOnlyList<string> files) =>
        LoadAndSimulateSessions(context, files).Select(s => s.Simulated).ToArray();

    /// <summary>As <see cref="LoadAndSimulate"/>, with each session as read (to simulate again, e.g. with drawn parameters).</summary>
    public static IReadOnlyList<(Session Session, SimulatedSession Simulated)> LoadAndSimulateSessions(CliContext context, IReadOnlyList<string> files)
    {
        var (parsed, error) = SessionRuns.LoadAll(files, context.Catalogue);
        if (parsed is null)
        {
            throw new CliException(error!.ToString());
        }
        var sessions = new List<(Session, SimulatedSession)>();
        for (var i = 0; i < parsed.Count; i++)
        {
            var run = SessionRuns.Simulate(context.Simulator, files[i], parsed[i]);
            foreach (var warning in run.Warnings)
            {
                context.Warn(warning);
            }
            sessions.Add((run.Session, new SimulatedSession(run.Name, run.Result, run.Warnings)));
        }
        return sessions;
    }
}
