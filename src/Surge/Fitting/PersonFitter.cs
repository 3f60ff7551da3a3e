using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Surge.Quantities;
using Surge.Simulation;
using Surge.Training;
using Surge.Trials;

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
/// <param name="Parameters">Every parameter tried, identifiable or not, in the order of <see cref="PersonFitter.Names"/>.</param>
/// <param name="Observations">Samples used.</param>
/// <param name="ResidualSd">Per measure sampled: SD of measured − predicted with the fitted parameters, in the measure's unit.</param>
/// <param name="ReasonForExit">Why the minimiser stopped; null when nothing was fitted.</param>
/// <param name="Iterations">Minimiser iterations.</param>
/// <param name="Athlete">The session's athlete with the fitted values.</param>
/// <param name="Response">The person's acute response factors fitted (1 where not determined).</param>
public sealed record PersonFit(
    IReadOnlyList<FittedParameter> Parameters,
    int Observations,
    IReadOnlyDictionary<Measure, double> ResidualSd,
    string? ReasonForExit,
    int Iterations,
    Athlete Athlete,
    PersonalResponse Response);

/// <summary>
/// Fits a person's own parameters to measured samples of one session with Math.NET's Levenberg–Marquardt minimiser
/// (docs/model.md, "Fitting to a person"): the habitual morning testosterone (<c>resting_testosterone</c>, nmol/L) and
/// four factors on the typical subject's acute response (<see cref="PersonalResponse"/>: growth hormone, cortisol, the
/// blood lactate rise and its clearance). Each is fitted as θ = ln(value). A parameter enters the fit only when samples of
/// its own measure exist and depend on it; residuals are on the log scale, weighted by each measure's residual SD of a
/// first, unweighted pass; standard errors are the minimiser's asymptotic ones, carried to the value by the delta method.
/// A parameter the samples leave uncertain by more than SE(θ) = 0.5 is reported as not identifiable, without a value,
/// and the others are fitted again without it.
/// </summary>
public static class PersonFitter
{
    /// <summary>The name of the fitted habitual 08:00 testosterone.</summary>
    public const string RestingTestosterone = "resting_testosterone";

    /// <summary>The name of the factor on the exercise growth-hormone response.</summary>
    public const string GrowthHormoneResponse = "gh_response";

    /// <summary>The name of the factor on the exercise cortisol response.</summary>
    public const string CortisolResponse = "cortisol_response";

    /// <summary>The name of the factor on the blood lactate rise.</summary>
    public const string LactateResponse = "lactate_response";

    /// <summary>The name of the factor on the rate lactate is cleared from the blood.</summary>
    public const string LactateClearance = "lactate_clearance";

    /// <summary>Every parameter the fit tries, in output order.</summary>
    public static IReadOnlyList<string> Names { get; } = [RestingTestosterone, GrowthHormoneResponse, CortisolResponse, LactateResponse, LactateClearance];

    /// <summary>Most minimiser iterations.</summary>
    public const int MaximumIterations = 100;

    /// <summary>Largest SE of ln(value) for a parameter to count as determined (a factor e^0.5 ≈ 1.65 either way).</summary>
    public const double MaximumLogStandardError = 0.5;

    /// <summary>
    /// Smallest |∂ ln ŷ / ∂ ln value| over a parameter's own samples for it to enter the fit: a 10 % change of the value must
    /// move at least one of them by 0.5 %.
    /// </summary>
    public const double MinimumSensitivity = 0.05;

    private sealed record Spec(string Name, string Unit, Measure[] Own, string OwnText, string Short, double Lower, double Upper);

    private static readonly Spec[] _specs =
    [
        new(RestingTestosterone, "nmol/L", [Measure.TotalTestosterone, Measure.FreeTestosterone], "total_testosterone or free_testosterone", "testosterone",
            QuantityParser.MinimumTestosteroneNmolPerL, QuantityParser.MaximumTestosteroneNmolPerL),
        new(GrowthHormoneResponse, "1", [Measure.GrowthHormone], "growth_hormone", "growth hormone", AthleteSettings.MinimumResponsiveness, AthleteSettings.MaximumResponsiveness),
        new(CortisolResponse, "1", [Measure.Cortisol], "cortisol", "cortisol", AthleteSettings.MinimumResponsiveness, AthleteSettings.MaximumResponsiveness),
        new(LactateResponse, "1", [Measure.Lactate], "lactate", "lactate", AthleteSettings.MinimumResponsiveness, AthleteSettings.MaximumResponsiveness),
        new(LactateClearance, "1", [Measure.Lactate], "lactate", "lactate", AthleteSettings.MinimumResponsiveness, AthleteSettings.MaximumResponsiveness),
    ];

    private static readonly Measure[] _fittedMeasures = [.. _specs.SelectMany(s => s.Own).Distinct()];

    /// <summary>Fits <paramref name="samples"/> of <paramref name="session"/>; samples must lie within the simulated record.</summary>
    public static PersonFit Fit(Session session, IReadOnlyList<MeasuredSample> samples, SessionSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(simulator);
        var used = samples.Where(s => Array.IndexOf(_fittedMeasures, s.Measure) >= 0 && s.Value > 0).ToArray();
        var startT = session.Athlete.MorningTestosteroneNmolPerL
            ?? Physiology.AthleteProfile.DefaultMorningTestosterone(session.Athlete.Sex, session.Athlete.AgeYears, simulator.Parameters);
        // θ of every parameter, the fit's start: the session's (or default) level and the typical subject's factors.
        var theta = new double[_specs.Length];
        theta[0] = Math.Log(Math.Clamp(startT, 0.2, 140.0));

        SimulationResult Simulate(double[] t) => new SessionSimulator(ResponseOf(t).Apply(simulator.Parameters)).Simulate(With(session, t));
        double[] LogResiduals(SimulationResult result) =>
            [.. used.Select(s => Math.Log(Math.Max(1e-12, At(result, s))) - Math.Log(s.Value))];

        // Which parameters the samples can inform: samples of their own measure, and these samples depend on them.
        var notes = new string?[_specs.Length];
        var active = new List<int>();
        var atStart = LogResiduals(Simulate(theta));
        for (var k = 0; k < _specs.Length; k++)
        {
            var own = used.Select((s, i) => (s, i)).Where(x => Array.IndexOf(_specs[k].Own, x.s.Measure) >= 0).Select(x => x.i).ToArray();
            if (own.Length == 0)
            {
                notes[k] = $"not identifiable: no {_specs[k].OwnText} samples above 0";
                continue;
            }
            var shifted = (double[])theta.Clone();
            shifted[k] += 0.1;
            var moved = LogResiduals(Simulate(shifted));
            var sensitivity = own.Max(i => Math.Abs(moved[i] - atStart[i]) / 0.1);
            if (sensitivity < MinimumSensitivity)
            {
                notes[k] = $"not identifiable: the {_specs[k].OwnText} samples do not depend on it (taken before or long after the exercise?)";
                continue;
            }
            active.Add(k);
        }
        // One lactate sample cannot tell the rise from its clearance: the rise is fitted, the clearance held.
        if (active.Contains(3) && active.Contains(4) && used.Count(s => s.Measure == Measure.Lactate) < 3)
        {
            active.Remove(4);
            notes[4] = "not identifiable: fewer than three lactate samples cannot tell the rise from its clearance; held at 1 (the population's average)";
        }

        var reason = (string?)null;
        var iterations = 0;
        double[] se = new double[_specs.Length];
        while (active.Count > 0)
        {
            // First pass unweighted, then weighted by each measure's residual SD (a measure's samples err alike).
            var weights = Enumerable.Repeat(1.0, used.Length).ToArray();
            MathNet.Numerics.Optimization.NonlinearMinimizationResult? result = null;
            for (var pass = 0; pass < 2; pass++)
            {
                result = Minimise(theta, active, used.Length, t => LogResiduals(Simulate(t)), weights);
                iterations += result.Iterations;
                for (var j = 0; j < active.Count; j++)
                {
                    theta[active[j]] = result.MinimizingPoint[j];
                }
                var residuals = LogResiduals(Simulate(theta));
                foreach (var group in used.Select((s, i) => (s.Measure, i)).GroupBy(x => x.Measure))
                {
                    var rms = Math.Sqrt(group.Average(x => residuals[x.i] * residuals[x.i]));
                    foreach (var (_, i) in group)
                    {
                        weights[i] = 1.0 / Math.Max(rms, MinimumLogResidualSd);
                    }
                }
            }
            reason = result!.ReasonForExit.ToString();
            var undetermined = -1;
            for (var j = 0; j < active.Count; j++)
            {
                var k = active[j];
                var error = result.StandardErrors is { } errors && j < errors.Count ? errors[j] : double.NaN;
                se[k] = error;
                if (double.IsFinite(error) && error > MaximumLogStandardError && undetermined < 0)
                {
                    undetermined = k;
                }
            }
            if (undetermined < 0)
            {
                break;
            }
            notes[undetermined] = string.Create(CultureInfo.InvariantCulture,
                $"not identifiable: the samples leave it uncertain by a factor of {Math.Exp(se[undetermined]):0.#} either way (SE of ln {se[undetermined]:0.##} > {MaximumLogStandardError}); held at {(undetermined == 0 ? "the start value" : "1 (the population's average)")}");
            theta[undetermined] = undetermined == 0 ? Math.Log(Math.Clamp(startT, 0.2, 140.0)) : 0.0;
            active.Remove(undetermined);
        }

        var parameters = new FittedParameter[_specs.Length];
        for (var k = 0; k < _specs.Length; k++)
        {
            if (!active.Contains(k))
            {
                parameters[k] = new FittedParameter(_specs[k].Name, null, null, _specs[k].Unit, false, notes[k]);
                continue;
            }
            var value = Math.Exp(theta[k]);
            var ownCount = used.Count(s => Array.IndexOf(_specs[k].Own, s.Measure) >= 0);
            var sharing = active.Count(j => _specs[j].Own.SequenceEqual(_specs[k].Own));
            string? note = null;
            double? error = null;
            if (ownCount <= sharing)
            {
                note = ownCount == 1
                    ? $"one {_specs[k].Short} sample: the value fits it exactly, no standard error"
                    : $"as many {_specs[k].Short} samples as parameters fitted to them: the values fit them exactly, no standard error";
            }
            else if (double.IsFinite(se[k]))
            {
                error = value * se[k];
            }
            else
            {
                note = "no standard error (singular fit)";
            }
            parameters[k] = new FittedParameter(_specs[k].Name, value, error, _specs[k].Unit, true, note);
        }
        var fittedSession = With(session, theta);
        var response = ResponseOf(theta);
        var final = new SessionSimulator(response.Apply(simulator.Parameters)).Simulate(active.Contains(0) ? fittedSession : session);
        return new PersonFit(parameters, samples.Count, ResidualSds(final, samples), active.Count > 0 ? reason : null, iterations,
            active.Contains(0) ? fittedSession.Athlete : session.Athlete, response);
    }

    /// <summary>
    /// Floor of a measure's residual SD on the log scale when weighting (the assay's precision, about 5 %): a measure whose
    /// few samples the model meets exactly must not outweigh every other.
    /// </summary>
    public const double MinimumLogResidualSd = 0.05;

    private static MathNet.Numerics.Optimization.NonlinearMinimizationResult Minimise(
        double[] theta, List<int> active, int count, Func<double[], double[]> residuals, double[] weights)
    {
        Vector<double> Model(Vector<double> x)
        {
            var full = (double[])theta.Clone();
            for (var j = 0; j < active.Count; j++)
            {
                full[active[j]] = x[j];
            }
            var r = residuals(full);
            return Vector<double>.Build.Dense(count, i => r[i] * weights[i]);
        }
        var objective = ObjectiveFunction.NonlinearModel(
            (x, _) => Model(x),
            Vector<double>.Build.Dense(count, i => i),
            Vector<double>.Build.Dense(count),
            accuracyOrder: 2);
        var minimizer = new LevenbergMarquardtMinimizer(maximumIterations: MaximumIterations);
        var lower = Vector<double>.Build.Dense(active.Count, j => Math.Log(_specs[active[j]].Lower));
        var upper = Vector<double>.Build.Dense(active.Count, j => Math.Log(_specs[active[j]].Upper));
        var initial = Vector<double>.Build.Dense(active.Count, j => theta[active[j]]);
        return minimizer.FindMinimum(objective, initial, lower, upper);
    }

    private static Session With(Session session, double[] theta) =>
        session with { Athlete = session.Athlete with { MorningTestosteroneNmolPerL = Math.Exp(theta[0]) } };

    private static PersonalResponse ResponseOf(double[] theta) =>
        new(Math.Exp(theta[1]), Math.Exp(theta[2]), Math.Exp(theta[3]), Math.Exp(theta[4]));

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
