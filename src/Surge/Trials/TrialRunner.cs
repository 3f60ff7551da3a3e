using System.Collections.Concurrent;
using Surge.Adaptation;
using Surge.Physiology;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Trials;

/// <summary>The measured values of one subject in one arm, one per outcome in the trial's order (% change).</summary>
/// <param name="Subject">The subject's index (parallel: 0 … arms × n − 1, arm k holding k·n … (k + 1)·n − 1; within: 0 … n − 1).</param>
/// <param name="Arm">The arm's index in the trial.</param>
/// <param name="Values">One value per outcome.</param>
public sealed record SubjectObservation(int Subject, int Arm, IReadOnlyList<double> Values);

/// <summary>What one run (or one shard) of a trial produced: the observations ordered by subject, then arm.</summary>
/// <param name="Trial">The trial.</param>
/// <param name="ShardIndex">0-based shard.</param>
/// <param name="ShardCount">Number of shards (1: the whole trial).</param>
/// <param name="Observations">Every observation of the shard, by subject then arm.</param>
public sealed record TrialRun(Trial Trial, int ShardIndex, int ShardCount, IReadOnlyList<SubjectObservation> Observations);

/// <summary>
/// Runs a trial: every subject of the (shard of the) cohort through every arm it does, in parallel on all cores,
/// with the result independent of threads and shards (each subject's draw depends only on the seed and its index).
/// </summary>
public sealed class TrialRunner(ModelParameters parameters)
{
    public static TrialRunner Default { get; } = new(ModelParameters.Default);

    public ModelParameters Parameters { get; } = parameters;

    /// <summary>The units (see <see cref="Trial.UnitCount"/>) of shard <paramref name="shardIndex"/> of <paramref name="shardCount"/>: index % count == shard.</summary>
    public static int[] ShardUnits(Trial trial, int shardIndex, int shardCount)
    {
        if (shardCount < 1 || shardIndex < 0 || shardIndex >= shardCount)
        {
            throw new ArgumentOutOfRangeException(nameof(shardIndex), $"Shard {shardIndex + 1} of {shardCount} does not exist.");
        }
        var units = new List<int>();
        for (var u = shardIndex; u < trial.UnitCount; u += shardCount)
        {
            units.Add(u);
        }
        return units.ToArray();
    }

    /// <summary>Runs shard <paramref name="shardIndex"/> (0-based) of <paramref name="shardCount"/>; <paramref name="unitDone"/> is called (from any thread) after each unit.</summary>
    public TrialRun Run(Trial trial, int shardIndex = 0, int shardCount = 1, Action? unitDone = null)
    {
        ArgumentNullException.ThrowIfNull(trial);
        var units = ShardUnits(trial, shardIndex, shardCount);
        var results = new SubjectObservation[units.Length][];
        var typical = new ConcurrentDictionary<int, double[]>();
        try
        {
            Parallel.For(0, units.Length, i =>
            {
                results[i] = RunUnit(trial, units[i], typical);
                unitDone?.Invoke();
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return new TrialRun(trial, shardIndex, shardCount, results.SelectMany(r => r).ToArray());
    }

    private SubjectObservation[] RunUnit(Trial trial, int unit, ConcurrentDictionary<int, double[]> typical)
    {
        var arms = trial.Design == TrialDesign.Parallel ? [unit / trial.N] : Enumerable.Range(0, trial.Arms.Count).ToArray();
        var observations = new SubjectObservation[arms.Length];
        if (trial.Variability == TrialVariability.None)
        {
            for (var k = 0; k < arms.Length; k++)
            {
                var values = typical.GetOrAdd(arms[k], arm => Evaluate(trial.Arms[arm], trial.Outcomes, trial.Athlete, Parameters));
                observations[k] = new SubjectObservation(unit, arms[k], values);
            }
            return observations;
        }
        var factors = SubjectVariability.Draw(Parameters, SubjectVariability.Generator(trial.Seed, SubjectVariability.SubjectStream, unit));
        var parameters = SubjectVariability.Apply(Parameters, factors);
        var athlete = SubjectVariability.Apply(trial.Athlete, Parameters, factors);
        var measurement = SubjectVariability.Generator(trial.Seed, SubjectVariability.MeasurementStream, unit);
        var limbs = SubjectVariability.Generator(trial.Seed, SubjectVariability.LimbStream, unit);
        for (var k = 0; k < arms.Length; k++)
        {
            var armParameters = parameters;
            if (trial.Design == TrialDesign.Within)
            {
                var limb = SubjectVariability.LimbFactor(Parameters, limbs);
                armParameters = SubjectVariability.Apply(Parameters, factors with { GrowthResponsiveness = factors.GrowthResponsiveness * limb });
            }
            var values = Evaluate(trial.Arms[arms[k]], trial.Outcomes, athlete, armParameters);
            for (var o = 0; o < values.Length; o++)
            {
                var cv = MeasurementCv(trial.Outcomes[o]);
                var pre = 1.0 + cv * SubjectVariability.StandardNormal(measurement);
                var post = (1.0 + values[o] / 100.0) * (1.0 + cv * SubjectVariability.StandardNormal(measurement));
                values[o] = 100.0 * (post / pre - 1.0);
            }
            observations[k] = new SubjectObservation(unit, arms[k], values);
        }
        return observations;
    }

    /// <summary>The coefficient of variation of one measurement of <paramref name="outcome"/> (data/parameters.yaml).</summary>
    public double MeasurementCv(TrialOutcome outcome)
    {
        var v = Parameters.Group<VariabilityParameters>();
        return outcome.Measure switch
        {
            OutcomeMeasure.MuscleSize => v.MeasurementCvMuscleSize,
            OutcomeMeasure.OneRm => v.MeasurementCvOneRm,
            _ => outcome.Hormone == Measure.Lactate ? v.MeasurementCvLactate : v.MeasurementCvHormoneAssay,
        };
    }

    /// <summary>The true (error-free) outcome values of one subject in one arm.</summary>
    public static double[] Evaluate(TrialArm arm, IReadOnlyList<TrialOutcome> outcomes, Athlete athlete, ModelParameters parameters)
    {
        ProgramResult? program = null;
        if (arm.Program is not null && outcomes.Any(o => o.Measure != OutcomeMeasure.AcutePeakChangePct))
        {
            var simulator = ReferenceEquals(parameters, ModelParameters.Default) ? ProgramSimulator.Default : new ProgramSimulator(parameters);
            program = simulator.Simulate(arm.Program with { Athlete = athlete });
        }
        SimulationResult? acute = null;
        var values = new double[outcomes.Count];
        for (var o = 0; o < outcomes.Count; o++)
        {
            var outcome = outcomes[o];
            switch (outcome.Measure)
            {
                case OutcomeMeasure.MuscleSize:
                    var change = program!.Muscles[outcome.Group!.Value];
                    values[o] = outcome.Side switch
                    {
                        Side.Left => change.LeftPct,
                        Side.Right => change.RightPct,
                        _ => change.SizeChangePct,
                    };
                    break;
                case OutcomeMeasure.OneRm:
                    var name = arm.StrengthNames[outcome.Key];
                    values[o] = program!.Strength.First(s => s.Exercise == name).OneRmChangePct;
                    break;
                default:
                    if (acute is null)
                    {
                        var session = arm.FirstSession(athlete)
                            ?? throw new InvalidOperationException($"Arm '{arm.Name}' has no session for an acute outcome.");
                        var simulator = ReferenceEquals(parameters, ModelParameters.Default) ? SessionSimulator.Default : new SessionSimulator(parameters);
                        acute = simulator.Simulate(session);
                    }
                    values[o] = acute[outcome.Hormone!.Value].PeakChangePct;
                    break;
            }
        }
        return values;
    }
}
