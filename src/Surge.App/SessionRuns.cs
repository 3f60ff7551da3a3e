using Surge.Catalogue;
using Surge.Files;
using Surge.Simulation;
using Surge.Training;

namespace Surge.App;

/// <summary>A session as read and as simulated: what the simulate and compare use cases hand to the outputs.</summary>
/// <param name="Name">The name the session goes by in warnings and outputs (its file, or a name given with it).</param>
/// <param name="Session">The session as read (to simulate again, e.g. with drawn parameters).</param>
/// <param name="Result">The simulation.</param>
/// <param name="Warnings">The reader's warnings (which name the file) and then the simulator's, each as "NAME: …".</param>
public sealed record SessionRun(string Name, Session Session, SimulationResult Result, IReadOnlyList<string> Warnings);

/// <summary>
/// The simulate and compare use cases, once for the command line and the web API: read (or take) the sessions, all
/// of them valid before any is simulated, then simulate each with the given simulator.
/// </summary>
public static class SessionRuns
{
    /// <summary>
    /// Reads every file of <paramref name="paths"/> (<see cref="InputFiles.LoadSession"/>); the sessions, or the first
    /// file's error when any cannot be read.
    /// </summary>
    public static (IReadOnlyList<SessionFileResult>? Sessions, InputError? Error) LoadAll(IReadOnlyList<string> paths, ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return InputFiles.LoadAll(paths, path => InputFiles.LoadSession(path, catalogue), "a session file");
    }

    /// <summary>
    /// Simulates the session of <paramref name="parse"/> (which must have succeeded) with <paramref name="simulator"/>;
    /// the simulator's warnings are prefixed with <paramref name="name"/>.
    /// </summary>
    public static SessionRun Simulate(SessionSimulator simulator, string name, SessionFileResult parse)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        ArgumentNullException.ThrowIfNull(parse);
        var session = parse.Session ?? throw new ArgumentException("the session was not read: " + parse.Error, nameof(parse));
        var result = simulator.Simulate(session);
        // Reading warnings already name the file; the simulator's name the bout and set.
        var warnings = parse.Warnings.Select(w => w.ToString())
            .Concat(result.Warnings.Select(w => $"{name}: {w}"))
            .ToArray();
        return new SessionRun(name, session, result, warnings);
    }
}
