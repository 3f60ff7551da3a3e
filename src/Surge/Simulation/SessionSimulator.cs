using Surge.Physiology;
using Surge.Training;

namespace Surge.Simulation;

/// <summary>Simulates one session. Thread-safe; reuse one instance (parameters are precomputed once).</summary>
public sealed class SessionSimulator(ModelParameters parameters)
{
    /// <summary>A simulator with the shipped parameter set.</summary>
    public static SessionSimulator Default { get; } = new(ModelParameters.Default);

    public ModelParameters Parameters { get; } = parameters;

    /// <summary>Simulates <paramref name="session"/> from its first set until <see cref="Session.RecordUntil"/> after its last.</summary>
    public SimulationResult Simulate(Session session)
    {
        // Placeholder until the acute engine lands: flat curves on the right grid.
        var endMin = 0.0;
        var n = (int)Math.Floor(endMin + session.RecordUntil.TotalMinutes) + 1;
        var measures = Measures.All.Select(m =>
        {
            var values = Enumerable.Repeat(1.0, n).ToArray();
            return new MeasureResult(m, values, values, 1.0, 1.0, 0.0, 0.0, null);
        }).ToArray();
        return new SimulationResult(
            new SessionSummary(session.Start, endMin, session.SetCount, 0.0, 0.0, session.RecordUntil.TotalMinutes),
            measures,
            [],
            new Diagnostics(100, 0, 0, 0, 0, 0, 0, new double[14]),
            []);
    }
}
