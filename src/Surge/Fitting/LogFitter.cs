using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Surge.Adaptation;
using Surge.Catalogue;
using Surge.History;
using Surge.Logs;
using Surge.Training;
using Surge.Trials;

namespace Surge.Fitting;

/// <summary>The fit of an athlete's responsiveness to the e1RM trend of their log (<c>surge fit --db</c>).</summary>
/// <param name="Parameters">Every parameter tried (<c>strength_responsiveness</c>, <c>growth_responsiveness</c>), identifiable or not.</param>
/// <param name="Observations">e1RM observations used: one per workout and lift, of the lifts logged in two or more workouts.</param>
/// <param name="ResidualSdKg">Per lift used: root mean square of observed − predicted e1RM with the fitted factor (1 when none was fitted), kg.</param>
/// <param name="ReasonForExit">Why the minimiser stopped; null when nothing was fitted.</param>
/// <param name="Iterations">Minimiser iterations.</param>
/// <param name="Lifts">Lifts used (logged in two or more workouts).</param>
/// <param name="SpanDays">Days from the first to the last observation used.</param>
public sealed record LogFit(
    IReadOnlyList<FittedParameter> Parameters,
    int Observations,
    IReadOnlyDictionary<string, double> ResidualSdKg,
    string? ReasonForExit,
    int Iterations,
    int Lifts,
    int SpanDays)
{
    /// <summary>The fitted strength responsiveness, 1; null when the log does not determine it.</summary>
    public double? StrengthResponsiveness => Parameters.FirstOrDefault(p => p.Name == LogFitter.StrengthResponsiveness)?.Value;
}

/// <summary>
/// Fits an athlete's strength (neural) responsiveness to the e1RM trend of their own log (docs/model.md, "Fitting
/// responsiveness to a log"). The log is replayed through the long-term model (<see cref="HistoryAnalyzer.Replay"/>)
/// with the factor a virtual-trial subject has (<see cref="SubjectFactors.StrengthResponsiveness"/>, applied by
/// <see cref="SubjectVariability.Apply(Physiology.ModelParameters, SubjectFactors)"/>: a factor on the largest neural gain);
/// residuals are ln(observed e1RM) − ln(predicted 1RM) with each lift's level profiled out (its mean log residual
/// removed), so only the shape of each lift's trend informs the factor. Fitted as θ = ln f within 0.05–20 by Math.NET's
/// Levenberg–Marquardt; SE(θ) from the Jacobian with the residual variance on n − lifts − 1 degrees of freedom;
/// SE(f) = f · SE(θ).
/// </summary>
public static class LogFitter
{
    /// <summary>The name of the fitted strength responsiveness (formats.md).</summary>
    public const string StrengthResponsiveness = "strength_responsiveness";

    /// <summary>The name of the growth responsiveness (reported; not separable from a log of 1RMs).</summary>
    public const string GrowthResponsiveness = "growth_responsiveness";

    /// <summary>Fewest workouts with an e1RM that at least one lift needs for a trend.</summary>
    public const int MinimumWorkoutsPerLift = 3;

    /// <summary>Shortest span of the observations, days: the model's neural gain builds with a time constant of about four weeks.</summary>
    public const int MinimumSpanDays = 21;

    /// <summary>Largest standard error of ln f for which f counts as determined (beyond it the 95 % interval spans more than a factor of 7).</summary>
    public const double MaximumLogStandardError = 0.5;

    /// <summary>Most minimiser iterations.</summary>
    public const int MaximumIterations = 50;

    /// <summary>Step in θ = ln f of the central differences of the Jacobian.</summary>
    public const double JacobianStep = 1e-3;

    private const string GrowthNote =
        "not identifiable from a log of 1RMs: growth and neural gain both raise every lift's 1RM over the weeks of a log";

    /// <summary>
    /// The program simulator of an athlete with strength responsiveness <paramref name="factor"/> (null or 1: the
    /// population's average, <paramref name="simulator"/> itself): the virtual-trial mechanism, the same meaning.
    /// </summary>
    public static ProgramSimulator WithStrengthResponsiveness(ProgramSimulator simulator, double? factor) =>
        SubjectVariability.WithStrengthResponsiveness(simulator, factor);

    private static ProgramSimulator WithResponsiveness(ProgramSimulator simulator, double strength, double growth) =>
        new(SubjectVariability.Apply(simulator.Parameters, SubjectFactors.Typical with { StrengthResponsiveness = strength, GrowthResponsiveness = growth }));

    /// <summary>Fits the strength responsiveness of <paramref name="athlete"/> to <paramref name="workouts"/>.</summary>
    public static LogFit Fit(IReadOnlyList<LoggedWorkout> workouts, Athlete athlete, ExerciseCatalogue catalogue, ProgramSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(workouts);
        ArgumentNullException.ThrowIfNull(athlete);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(simulator);
        var replay = HistoryAnalyzer.Replay(workouts, athlete, catalogue);
        var repeated = replay.Observations.GroupBy(o => o.Exercise).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var used = replay.Observations.Where(o => repeated.Contains(o.Exercise)).ToArray();
        var lifts = used.Select(o => o.Exercise).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        var liftIndex = used.Select(o => Array.IndexOf(lifts, o.Exercise)).ToArray();
        var spanDays = used.Length == 0 ? 0 : used.Max(o => o.Day) - used.Min(o => o.Day);
        var growth = new FittedParameter(GrowthResponsiveness, null, null, "1", false, GrowthNote);

        double[] Residuals(ProgramSimulator programs)
        {
            var predicted = Predict(replay, used, programs);
            var d = used.Select((o, i) => Math.Log(o.OneRmKg) - Math.Log(Math.Max(1e-9, predicted[i]))).ToArray();
            var mean = new double[lifts.Length];
            var count = new int[lifts.Length];
            for (var i = 0; i < d.Length; i++)
            {
                mean[liftIndex[i]] += d[i];
                count[liftIndex[i]]++;
            }
            return d.Select((x, i) => x - mean[liftIndex[i]] / count[liftIndex[i]]).ToArray();
        }
        double[] ResidualsAt(double theta) => Residuals(WithStrengthResponsiveness(simulator, Math.Exp(theta)));
        LogFit NotFitted(string note) =>
            new([new FittedParameter(StrengthResponsiveness, null, null, "1", false, note), growth], used.Length,
                ResidualSds(used, lifts, liftIndex, Residuals(simulator)), null, 0, lifts.Length, spanDays);

        var mostWorkouts = replay.Observations.GroupBy(o => o.Exercise).Select(g => g.Count()).DefaultIfEmpty(0).Max();
        if (mostWorkouts < MinimumWorkoutsPerLift)
        {
            return NotFitted($"not identifiable: no lift has an e1RM in {MinimumWorkoutsPerLift} or more workouts "
                + $"(the most is {mostWorkouts}); a trend needs at least {MinimumWorkoutsPerLift} points of one lift");
        }
        if (spanDays < MinimumSpanDays)
        {
            return NotFitted($"not identifiable: the e1RMs span {spanDays} days, fewer than {MinimumSpanDays}; the model's neural gain builds over weeks");
        }

        var lower = Math.Log(AthleteSettings.MinimumResponsiveness);
        var upper = Math.Log(AthleteSettings.MaximumResponsiveness);
        var objective = ObjectiveFunction.NonlinearModel(
            (theta, _) => Vector<double>.Build.DenseOfArray(ResidualsAt(theta[0])),
            Vector<double>.Build.Dense(used.Length, i => i),
            Vector<double>.Build.Dense(used.Length),
            accuracyOrder: 2);
        var minimizer = new LevenbergMarquardtMinimizer(maximumIterations: MaximumIterations);
        var result = minimizer.FindMinimum(objective, Vector<double>.Build.Dense(1, 0.0),
            Vector<double>.Build.Dense(1, lower), Vector<double>.Build.Dense(1, upper));
        var theta = result.MinimizingPoint[0];
        var factor = Math.Exp(theta);
        var fitted = WithStrengthResponsiveness(simulator, factor);
        var residuals = Residuals(fitted);
        var residualSd = ResidualSds(used, lifts, liftIndex, residuals);
        var reason = result.ReasonForExit.ToString();

        // Standard error from the Jacobian of the profiled residuals (central differences in θ).
        var plus = ResidualsAt(theta + JacobianStep);
        var minus = ResidualsAt(theta - JacobianStep);
        var information = plus.Select((p, i) => Math.Pow((p - minus[i]) / (2.0 * JacobianStep), 2)).Sum();
        var degreesOfFreedom = used.Length - lifts.Length - 1;
        var variance = residuals.Sum(r => r * r) / Math.Max(1, degreesOfFreedom);
        var seTheta = information > 0 ? Math.Sqrt(variance / information) : double.PositiveInfinity;

        string? notIdentifiable = null;
        if (!(information > 1e-12) || !double.IsFinite(seTheta))
        {
            notIdentifiable = "not identifiable: the model's prediction of this log does not change with it (no lift trained enough to adapt)";
        }
        else if (theta - lower < 1e-3 || upper - theta < 1e-3)
        {
            var which = theta - lower < 1e-3 ? "flatter" : "steeper";
            notIdentifiable = string.Create(CultureInfo.InvariantCulture,
                $"not identifiable: the e1RM trend is {which} than any factor from {AthleteSettings.MinimumResponsiveness} to {AthleteSettings.MaximumResponsiveness} predicts");
        }
        else if (seTheta > MaximumLogStandardError)
        {
            notIdentifiable = string.Create(CultureInfo.InvariantCulture,
                $"not identifiable: the log determines it too loosely (standard error of ln factor {seTheta:0.##} > {MaximumLogStandardError}); more weeks or more lifts are needed");
        }
        else if (degreesOfFreedom < 1)
        {
            notIdentifiable = "not identifiable: no observation is left over for the residual variance";
        }
        // Whether growth responsiveness could be told apart: the cosine between its effect on the profiled residuals
        // and strength responsiveness's, at the fit (near 1: the log cannot tell them apart).
        var growthPlus = Residuals(WithResponsiveness(simulator, factor, Math.Exp(JacobianStep)));
        var growthMinus = Residuals(WithResponsiveness(simulator, factor, Math.Exp(-JacobianStep)));
        double sg = 0, ss = 0, gg = 0;
        for (var i = 0; i < residuals.Length; i++)
        {
            var sj = (plus[i] - minus[i]) / (2.0 * JacobianStep);
            var gj = (growthPlus[i] - growthMinus[i]) / (2.0 * JacobianStep);
            sg += sj * gj;
            ss += sj * sj;
            gg += gj * gj;
        }
        var cosine = ss > 0 && gg > 0 ? sg / Math.Sqrt(ss * gg) : 1.0;
        growth = growth with
        {
            Note = string.Create(CultureInfo.InvariantCulture,
                $"{GrowthNote}: on this log their effects on the e1RM trends have a cosine of {cosine:0.###}; held at 1 (the population's average)"),
        };

        var strength = notIdentifiable is null
            ? new FittedParameter(StrengthResponsiveness, factor, factor * seTheta, "1", true, null)
            : new FittedParameter(StrengthResponsiveness, null, null, "1", false, notIdentifiable);
        if (notIdentifiable is not null)
        {
            residualSd = ResidualSds(used, lifts, liftIndex, Residuals(simulator));
        }
        return new LogFit([strength, growth], used.Length, residualSd, reason, result.Iterations, lifts.Length, spanDays);
    }

    /// <summary>The model's 1RM on the day of each observation, kg (the 1RM the lifter brings to that day).</summary>
    public static double[] Predict(LogReplay replay, IReadOnlyList<LiftObservation> observations, ProgramSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(replay);
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(simulator);
        var wanted = new Dictionary<(int Day, string Exercise), List<int>>();
        for (var i = 0; i < observations.Count; i++)
        {
            var key = (observations[i].Day, observations[i].Exercise);
            if (!wanted.TryGetValue(key, out var list))
            {
                wanted[key] = list = [];
            }
            list.Add(i);
        }
        var predicted = new double[observations.Count];
        simulator.Simulate(replay.Program, (day, exercise, oneRmKg) =>
        {
            if (wanted.TryGetValue((day, exercise), out var list))
            {
                foreach (var i in list)
                {
                    predicted[i] = oneRmKg;
                }
            }
        });
        return predicted;
    }

    /// <summary>Per lift, the RMS of observed − predicted in kg, where predicted = observed · exp(−profiled log residual).</summary>
    private static Dictionary<string, double> ResidualSds(LiftObservation[] used, string[] lifts, int[] liftIndex, double[] logResiduals)
    {
        var sums = new double[lifts.Length];
        var counts = new int[lifts.Length];
        for (var i = 0; i < used.Length; i++)
        {
            var predictedKg = used[i].OneRmKg * Math.Exp(-logResiduals[i]);
            sums[liftIndex[i]] += Math.Pow(used[i].OneRmKg - predictedKg, 2);
            counts[liftIndex[i]]++;
        }
        return lifts.Select((name, k) => (name, k)).ToDictionary(x => x.name, x => Math.Sqrt(sums[x.k] / counts[x.k]), StringComparer.Ordinal);
    }
}
