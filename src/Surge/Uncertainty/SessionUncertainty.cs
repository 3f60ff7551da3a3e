using Surge.Physiology;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Uncertainty;

/// <summary>The 5th, 50th and 95th percentiles of one figure over the parameter draws.</summary>
/// <param name="P05">5th percentile.</param>
/// <param name="P50">Median.</param>
/// <param name="P95">95th percentile.</param>
public readonly record struct Band(double P05, double P50, double P95)
{
    /// <summary>The percentiles of <paramref name="values"/> (sorted in place), linearly interpolated between order statistics.</summary>
    public static Band Of(double[] values)
    {
        Array.Sort(values);
        return new Band(Percentile(values, 0.05), Percentile(values, 0.50), Percentile(values, 0.95));
    }

    /// <summary>The <paramref name="share"/> quantile of sorted <paramref name="sorted"/>: h = (n − 1)·share, interpolated.</summary>
    public static double Percentile(double[] sorted, double share)
    {
        var h = (sorted.Length - 1) * share;
        var below = (int)Math.Floor(h);
        var above = Math.Min(sorted.Length - 1, below + 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}

/// <summary>One measure's band over the draws: per minute of the record, and of its summary figures.</summary>
/// <param name="Measure">Which measure.</param>
/// <param name="Series">One band per minute, t = 0 … n − 1 (the shipped curve's points).</param>
/// <param name="Peak">The draws' peaks.</param>
/// <param name="PeakChangePct">The draws' peak changes from baseline, %.</param>
/// <param name="PeakT">When the draws peak, min since the first set.</param>
public sealed record MeasureBand(Measure Measure, IReadOnlyList<Band> Series, Band Peak, Band PeakChangePct, Band PeakT);

/// <summary>What the model's own uncertainty does to one session (docs/model.md, "Uncertainty of the model itself").</summary>
/// <param name="Draws">Parameter sets drawn.</param>
/// <param name="Seed">The seed: each draw depends only on it and the draw's index.</param>
/// <param name="Redrawn">Draws whose simulation failed and were drawn again (see <see cref="ParameterPosterior.MaximumAttempts"/>).</param>
/// <param name="Measures">One band per measure, in <see cref="Simulation.Measures.All"/> order.</param>
public sealed record SessionUncertainty(int Draws, int Seed, int Redrawn, IReadOnlyList<MeasureBand> Measures)
{
    /// <summary>Fewest draws accepted.</summary>
    public const int MinimumDraws = 20;

    /// <summary>Most draws accepted.</summary>
    public const int MaximumDraws = 5000;

    /// <summary>Draws when none are asked for.</summary>
    public const int DefaultDraws = 200;

    /// <summary>The central share of the draws between the reported percentiles.</summary>
    public const double Interval = 0.90;

    /// <summary>The band of <paramref name="measure"/>.</summary>
    public MeasureBand this[Measure measure] => Measures[(int)measure];

    /// <summary>
    /// Simulates <paramref name="session"/> with <paramref name="draws"/> parameter sets drawn from
    /// <paramref name="posterior"/> around <paramref name="parameters"/>, in parallel on all cores; the result depends
    /// only on the inputs and <paramref name="seed"/>, not on threads. <paramref name="drawDone"/> is called (from any
    /// thread) after each draw.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="draws"/> is outside <see cref="MinimumDraws"/>–<see cref="MaximumDraws"/>.</exception>
    /// <exception cref="InvalidOperationException">A draw failed <see cref="ParameterPosterior.MaximumAttempts"/> times.</exception>
    public static SessionUncertainty Run(ParameterPosterior posterior, ModelParameters parameters, Session session, int draws, int seed, Action? drawDone = null)
    {
        ArgumentNullException.ThrowIfNull(posterior);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(session);
        if (draws < MinimumDraws || draws > MaximumDraws)
        {
            throw new ArgumentOutOfRangeException(nameof(draws), draws, $"Draws must be {MinimumDraws}-{MaximumDraws}.");
        }
        var results = new SimulationResult[draws];
        var attempts = new int[draws];
        try
        {
            Parallel.For(0, draws, i =>
            {
                (results[i], attempts[i]) = Simulate(posterior, parameters, session, seed, i);
                drawDone?.Invoke();
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        var points = results.Min(r => r.PointCount);
        var bands = new MeasureBand[Simulation.Measures.All.Count];
        var column = new double[draws];
        for (var m = 0; m < bands.Length; m++)
        {
            var series = new Band[points];
            for (var t = 0; t < points; t++)
            {
                for (var d = 0; d < draws; d++)
                {
                    column[d] = results[d].Measures[m].Values[t];
                }
                series[t] = Band.Of(column);
            }
            bands[m] = new MeasureBand(Simulation.Measures.All[m], series,
                Band.Of(results.Select(r => r.Measures[m].Peak).ToArray()),
                Band.Of(results.Select(r => r.Measures[m].PeakChangePct).ToArray()),
                Band.Of(results.Select(r => r.Measures[m].PeakT).ToArray()));
        }
        return new SessionUncertainty(draws, seed, attempts.Sum(), bands);
    }

    /// <summary>Draw <paramref name="index"/>'s simulation, drawing again (next attempt) while it fails or is not finite.</summary>
    private static (SimulationResult Result, int Redrawn) Simulate(ParameterPosterior posterior, ModelParameters parameters, Session session, int seed, int index)
    {
        string? lastFailure = null;
        for (var attempt = 0; attempt < ParameterPosterior.MaximumAttempts; attempt++)
        {
            try
            {
                var result = new SessionSimulator(posterior.Draw(parameters, seed, index, attempt)).Simulate(session);
                if (result.Measures.All(m => m.Values.All(double.IsFinite)))
                {
                    return (result, attempt);
                }
                lastFailure = "a non-finite value";
            }
            catch (InvalidOperationException e)
            {
                lastFailure = e.Message;
            }
        }
        throw new InvalidOperationException($"Parameter draw {index} (seed {seed}) failed {ParameterPosterior.MaximumAttempts} times; last: {lastFailure}");
    }
}
