using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Surge.Quantities;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Fitting;

/// <summary>One measured sample of a session (formats.md, "Fitting to a person").</summary>
/// <param name="Line">1-based line in the samples file (for messages).</param>
/// <param name="TimeMin">Minutes since the first set started, ≥ 0.</param>
/// <param name="Measure">What was measured.</param>
/// <param name="Value">The value in the measure's output unit (<see cref="Measures.Unit"/>), ≥ 0.</param>
public sealed record MeasuredSample(int Line, double TimeMin, Measure Measure, double Value);

/// <summary>One fitted parameter.</summary>
/// <param name="Name">Its name (formats.md: <c>resting_testosterone</c>).</param>
/// <param name="Value">The best fit; null when the samples cannot determine it.</param>
/// <param name="StandardError">Asymptotic standard error from Levenberg–Marquardt's covariance; null when not determinable (too few samples).</param>
/// <param name="Unit">The unit of value and standard error.</param>
/// <param name="Identifiable">Whether the samples determine the parameter.</param>
/// <param name="Note">Why it is not identifiable or has no standard error; null otherwise.</param>
public sealed record FittedParameter(string Name, double? Value, double? StandardError, string Unit, bool Identifiable, string? Note);

/// <summary>The fit of a person's parameters to their samples.</summary>
/// <param name="Parameters">Every parameter tried, identifiable or not.</param>
/// <param name="Observations">Samples used.</param>
/// <param name="ResidualSd">Per measure sampled: SD of measured − predicted with the fitted parameters, in the measure's unit.</param>
/// <param name="ReasonForExit">Why the minimiser stopped; null when nothing was fitted.</param>
/// <param name="Iterations">Minimiser iterations.</param>
/// <param name="Athlete">The session's athlete with the fitted values.</param>
public sealed record PersonFit(
    IReadOnlyList<FittedParameter> Parameters,
    int Observations,
    IReadOnlyDictionary<Measure, double> ResidualSd,
    string? ReasonForExit,
    int Iterations,
    Athlete Athlete);

/// <summary>
/// Fits the person's habitual morning testosterone (<c>resting_testosterone</c>) to measured samples of one session
/// with Math.NET's Levenberg–Marquardt minimiser (docs/model.md, "Fitting to a person"). Residuals are on the log
/// scale, ln(predicted) − ln(measured) (hormone assays err in proportion to the level), of every total and free
/// testosterone sample; the parameter is fitted as θ = ln T within 0.1–150 nmol/L, and its standard error is
/// T · SE(θ) (delta method). Other measures do not depend on it: they are reported (residual SD) but do not inform it.
/// </summary>
public static class PersonFitter
{
    /// <summary>The name of the fitted habitual 08:00 testosterone.</summary>
    public const string RestingTestosterone = "resting_testosterone";

    /// <summary>Most minimiser iterations.</summary>
    public const int MaximumIterations = 100;

    private static readonly Measure[] _testosteroneMeasures = [Measure.TotalTestosterone, Measure.FreeTestosterone];

    /// <summary>Fits <paramref name="samples"/> of <paramref name="session"/>; samples must lie within the simulated record.</summary>
    public static PersonFit Fit(Session session, IReadOnlyList<MeasuredSample> samples, SessionSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(simulator);
        var informative = samples.Where(s => Array.IndexOf(_testosteroneMeasures, s.Measure) >= 0 && s.Value > 0).ToArray();
        var start = session.Athlete.MorningTestosteroneNmolPerL
            ?? Physiology.AthleteProfile.DefaultMorningTestosterone(session.Athlete.Sex, session.Athlete.AgeYears, simulator.Parameters);

        if (informative.Length == 0)
        {
            var none = new FittedParameter(RestingTestosterone, null, null, "nmol/L", false,
                "not identifiable: no total_testosterone or free_testosterone samples above 0");
            return new PersonFit([none], samples.Count, ResidualSds(simulator.Simulate(session), samples), null, 0, session.Athlete);
        }

        Session With(double theta) => session with { Athlete = session.Athlete with { MorningTestosteroneNmolPerL = Math.Exp(theta) } };
        Vector<double> Residuals(Vector<double> theta)
        {
            var result = simulator.Simulate(With(theta[0]));
            return Vector<double>.Build.Dense(informative.Length, i =>
                Math.Log(Math.Max(1e-12, At(result, informative[i]))) - Math.Log(informative[i].Value));
        }

        var objective = ObjectiveFunction.NonlinearModel(
            (theta, _) => Residuals(theta),
            Vector<double>.Build.Dense(informative.Length, i => i),
            Vector<double>.Build.Dense(informative.Length),
            accuracyOrder: 2);
        var minimizer = new LevenbergMarquardtMinimizer(maximumIterations: MaximumIterations);
        var lower = Vector<double>.Build.Dense(1, Math.Log(QuantityParser.MinimumTestosteroneNmolPerL));
        var upper = Vector<double>.Build.Dense(1, Math.Log(QuantityParser.MaximumTestosteroneNmolPerL));
        var initial = Vector<double>.Build.Dense(1, Math.Log(Math.Clamp(start, 0.2, 140.0)));
        var result = minimizer.FindMinimum(objective, initial, lower, upper);
        var value = Math.Exp(result.MinimizingPoint[0]);
        double? se = null;
        string? note = null;
        if (informative.Length < 2)
        {
            note = "one testosterone sample: the value fits it exactly, no standard error";
        }
        else if (result.StandardErrors is { Count: > 0 } errors && double.IsFinite(errors[0]))
        {
            se = value * errors[0];
        }
        else
        {
            note = "no standard error (singular fit)";
        }
        var fitted = With(result.MinimizingPoint[0]);
        var parameter = new FittedParameter(RestingTestosterone, value, se, "nmol/L", true, note);
        return new PersonFit([parameter], samples.Count, ResidualSds(simulator.Simulate(fitted), samples),
            result.ReasonForExit.ToString(), result.Iterations, fitted.Athlete);
    }

    /// <summary>The predicted value at a sample's time: linear between the whole minutes of the output.</summary>
    public static double At(SimulationResult result, MeasuredSample sample)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(sample);
        var values = result[sample.Measure].Values;
        var t = Math.Clamp(sample.TimeMin, 0.0, values.Count - 1);
        var i = Math.Min((int)Math.Floor(t), values.Count - 2);
        if (i < 0)
        {
            return values[0];
        }
        var w = t - i;
        return values[i] * (1.0 - w) + values[i + 1] * w;
    }

    private static Dictionary<Measure, double> ResidualSds(SimulationResult result, IReadOnlyList<MeasuredSample> samples) =>
        samples.GroupBy(s => s.Measure)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Math.Sqrt(g.Select(s => Math.Pow(s.Value - At(result, s), 2)).Average()));
}
