using BenchmarkDotNet.Attributes;
using Surge.Catalogue;
using Surge.Files;
using Surge.Reports;
using Surge.Simulation;

namespace Surge.Bench;

/// <summary>
/// The work behind one <c>POST /api/simulate</c> of the shipped leg day, piece by piece: reading the YAML document,
/// simulating, writing the JSON answer (the HTTP load test in bench/load measures the whole server).
/// </summary>
[MemoryDiagnoser]
public class ApiBenchmarks
{
    private string _legDayText = null!;
    private SimulatedSession _simulated = null!;
    private Training.Session _session = null!;

    [GlobalSetup]
    public void Setup()
    {
        _legDayText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "leg-day.yaml"));
        _session = Parse();
        _simulated = new SimulatedSession("leg-day.yaml", SessionSimulator.Default.Simulate(_session), []);
    }

    private Training.Session Parse() => SessionFile.Parse(_legDayText, "leg-day.yaml", ExerciseCatalogue.Default).Session!;

    /// <summary>The leg day's YAML read into a session.</summary>
    [Benchmark]
    public Training.Session ParseYaml() => Parse();

    /// <summary>The leg day simulated.</summary>
    [Benchmark]
    public SimulationResult Simulate() => SessionSimulator.Default.Simulate(_session);

    /// <summary>The answer written as the <c>surge simulate --json</c> object.</summary>
    [Benchmark]
    public string WriteJson() => JsonOutput.Simulation(_simulated);

    /// <summary>All three, as one request does.</summary>
    [Benchmark]
    public string Request() => JsonOutput.Simulation(new SimulatedSession("request.yaml", SessionSimulator.Default.Simulate(Parse()), []));
}
