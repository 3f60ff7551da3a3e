using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Surge.App;
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
    private readonly ArrayBufferWriter<byte> _buffer = new(128 * 1024);

    [GlobalSetup]
    public void Setup()
    {
        _legDayText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "leg-day.yaml"));
        _session = Parse();
        _simulated = new SimulatedSession("leg-day.yaml", SessionSimulator.Default.Simulate(_session), []);
    }

    private Training.Session Parse() => InputFiles.ParseSession(_legDayText, "leg-day.yaml", ExerciseCatalogue.Default).Session!;

    /// <summary>The leg day's YAML read into a session.</summary>
    [Benchmark]
    public Training.Session ParseYaml() => Parse();

    /// <summary>The leg day simulated.</summary>
    [Benchmark]
    public SimulationResult Simulate() => SessionSimulator.Default.Simulate(_session);

    /// <summary>The answer written as the <c>surge simulate --json</c> string (as the CLI prints it).</summary>
    [Benchmark]
    public string WriteJson() => JsonOutput.Simulation(_simulated);

    /// <summary>The answer written into a reused buffer, as the web app streams it into the response pipe.</summary>
    [Benchmark]
    public int WriteJsonToBuffer()
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, JsonOutput.WriterOptions))
        {
            JsonOutput.Simulation(writer, _simulated);
        }
        return _buffer.WrittenCount;
    }

    /// <summary>As <see cref="WriteJsonToBuffer"/> without indentation.</summary>
    [Benchmark]
    public int WriteCompactJsonToBuffer()
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = false }))
        {
            JsonOutput.Simulation(writer, _simulated);
        }
        return _buffer.WrittenCount;
    }

    /// <summary>All three, as one request does (the answer streamed).</summary>
    [Benchmark]
    public int Request()
    {
        var simulated = new SimulatedSession("request.yaml", SessionSimulator.Default.Simulate(Parse()), []);
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, JsonOutput.WriterOptions))
        {
            JsonOutput.Simulation(writer, simulated);
        }
        return _buffer.WrittenCount;
    }
}
