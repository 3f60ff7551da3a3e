using BenchmarkDotNet.Attributes;
using Surge.Physiology;
using Surge.Training;
using Surge.Uncertainty;

namespace Surge.Bench;

/// <summary>
/// Cost of <c>surge simulate examples/leg-day.yaml --uncertainty</c> without the output (issue 12): 200 parameter sets
/// drawn from the posterior, each simulating the leg day, on all cores, percentiles per minute included.
/// </summary>
[MemoryDiagnoser]
public class UncertaintyBenchmarks
{
    private Session _legDay = null!;

    [GlobalSetup]
    public void Setup()
    {
        _legDay = SessionBenchmarks.LoadExample("leg-day.yaml");
        _ = ParameterPosterior.Shipped;
    }

    /// <summary>200 draws of the leg day (the default of <c>--draws</c>), seed 0.</summary>
    [Benchmark]
    public SessionUncertainty LegDayTwoHundredDraws() =>
        SessionUncertainty.Run(ParameterPosterior.Shipped, ModelParameters.Default, _legDay, SessionUncertainty.DefaultDraws, seed: 0);
}
