using BenchmarkDotNet.Attributes;
using Surge.Catalogue;
using Surge.Numerics;
using Surge.Physiology;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Bench;

/// <summary>
/// The pieces of <see cref="SessionSimulator.Simulate(Session)"/> for the shipped leg day, to see where
/// <see cref="SessionBenchmarks.LegDay"/> spends its time (docs/performance.md, "Where the time goes").
/// The leg day takes 335 integrator steps (two <see cref="AcuteModel.Rates"/> calls each) and records 212 points.
/// </summary>
[MemoryDiagnoser]
public class SimulationPartsBenchmarks
{
    private ModelParameters _parameters = null!;
    private Session _legDay = null!;
    private AthleteProfile _profile = null!;
    private SessionPlan _plan = null!;
    private MuscleGroup[] _tracked = null!;
    private double[] _baseline = null!;
    private Dictionary<MuscleGroup, int> _groupIndex = null!;
    private AcuteModel _model = null!;
    private ExponentialIntegrator _integrator = null!;
    private double[] _x = null!;
    private double[] _a = null!;
    private double[] _b = null!;

    [GlobalSetup]
    public void Setup()
    {
        _parameters = ModelParameters.Default;
        _legDay = SessionBenchmarks.LoadExample("leg-day.yaml");
        _profile = new AthleteProfile(_legDay.Athlete, _parameters);
        _plan = SessionPlanner.Plan(_legDay, _profile, _parameters);
        _tracked = MuscleGroups.All.Where(g => _plan.Sets.Any(s => Array.IndexOf(s.Groups, g) >= 0)).ToArray();
        _groupIndex = new Dictionary<MuscleGroup, int>();
        for (var i = 0; i < _tracked.Length; i++)
        {
            _groupIndex[_tracked[i]] = i;
        }
        var start = _legDay.Start.TimeOfDay.TotalHours;
        _baseline = Enumerable.Range(0, 400).Select(i => _profile.TestosteroneBaseline(start + i / 60.0)).ToArray();
        _model = new AcuteModel(_profile, _parameters, _tracked, _baseline);
        _integrator = new ExponentialIntegrator(_model.Dimension);
        _x = new double[_model.Dimension];
        _a = new double[_model.Dimension];
        _b = new double[_model.Dimension];
        _model.Initialise(_x);
    }

    /// <summary>Once per simulation.</summary>
    [Benchmark]
    public AthleteProfile NewAthleteProfile() => new(_legDay.Athlete, _parameters);

    /// <summary>Once per simulation.</summary>
    [Benchmark]
    public SessionPlan Plan() => SessionPlanner.Plan(_legDay, _profile, _parameters);

    /// <summary>Once per simulation (about 50 parameter lookups).</summary>
    [Benchmark]
    public AcuteModel NewAcuteModel() => new(_profile, _parameters, _tracked, _baseline);

    /// <summary>One dictionary lookup of a parameter by name.</summary>
    [Benchmark]
    public double ParameterLookup() => _parameters["lactate_rest"];

    /// <summary>670 calls per leg day (two per step).</summary>
    [Benchmark]
    public void RatesDuringSet()
    {
        _model.SetActive(_plan.Sets[0], _groupIndex);
        _model.Rates(1.0, _x, _a, _b);
    }

    /// <summary>335 steps per leg day, 155 of them (0.25 min) during the sets and rests.</summary>
    [Benchmark]
    public void StepDuringSet()
    {
        _model.SetActive(_plan.Sets[0], _groupIndex);
        _model.Initialise(_x);
        _integrator.Step(_model, 1.0, 0.25, _x);
    }

    /// <summary>335 steps per leg day, 180 of them (1 min) in recovery.</summary>
    [Benchmark]
    public void StepInRecovery()
    {
        _model.SetActive(null, _groupIndex);
        _model.Initialise(_x);
        _integrator.Step(_model, 40.0, 1.0, _x);
    }
}
