using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Simulation;

namespace Surge.Validation;

/// <summary>
/// Numeric cases — pass: inside the 95 % interval of the study's mean (mean ± 2 SE); near: outside by less than half its
/// width; fail: further out. Orderings — pass: on the right side by more than the assay's error (5 % of the other
/// condition's value); near: on the right side by less; fail: the wrong sign (docs/validation.md).
/// </summary>
public enum Verdict
{
    Pass,
    Near,
    Fail,
}

/// <summary>One observation graded against the model.</summary>
/// <param name="Study">The study's name.</param>
/// <param name="Observation">The observation.</param>
/// <param name="SpreadSd">The spread as an SD, in the observation's unit (SE·√n where the study gave SE); NaN for orderings.</param>
/// <param name="Low">Lower end of the accepted range (observation's unit; −∞ for "less than").</param>
/// <param name="High">Upper end (+∞ for "greater than").</param>
/// <param name="Predicted">The model's value in the observation's unit (for orderings: this condition minus the other).</param>
/// <param name="Verdict">The grade.</param>
/// <param name="StandardisedResidual">(prediction − mean)/SE of the mean, on the log scale where the case uses one; NaN for orderings.</param>
/// <param name="Set">Whether the parameters were fitted to this observation's study (calibration) or not (validation).</param>
public sealed record GradedObservation(string Study, Observation Observation, double SpreadSd, double Low, double High, double Predicted, Verdict Verdict,
    double StandardisedResidual = double.NaN, ValidationSet Set = ValidationSet.Validation);

/// <summary>Every graded observation, with the simulations behind them (for plots).</summary>
/// <param name="Studies">The studies graded.</param>
/// <param name="Cases">Every graded observation.</param>
/// <param name="Simulations">The acute simulation of every session condition.</param>
/// <param name="Programs">The long-term simulation of every program condition.</param>
public sealed record ValidationReport(
    IReadOnlyList<ValidationStudy> Studies,
    IReadOnlyList<GradedObservation> Cases,
    IReadOnlyDictionary<(string Study, string Condition), SimulationResult> Simulations,
    IReadOnlyDictionary<(string Study, string Condition), ProgramResult> Programs)
{
    public int Passed => Cases.Count(c => c.Verdict == Verdict.Pass);

    public int Near => Cases.Count(c => c.Verdict == Verdict.Near);

    public int Failed => Cases.Count(c => c.Verdict == Verdict.Fail);

    /// <summary>The cases of one pile (calibration or validation).</summary>
    public IReadOnlyList<GradedObservation> CasesOf(ValidationSet set) => Cases.Where(c => c.Set == set).ToArray();

    /// <summary>
    /// The root mean square of the standardised residuals of the numeric cases in <paramref name="cases"/>; NaN when none
    /// is numeric. 1 is what a model right to within each study's own sampling error scores.
    /// </summary>
    public static double RootMeanSquareResidual(IEnumerable<GradedObservation> cases)
    {
        var z = cases.Select(c => c.StandardisedResidual).Where(double.IsFinite).ToArray();
        return z.Length == 0 ? double.NaN : Math.Sqrt(z.Sum(v => v * v) / z.Length);
    }
}

/// <summary>The counts and skill of a set of graded cases (a pile, a measure, a study).</summary>
/// <param name="Studies">Studies the cases come from.</param>
/// <param name="Total">Cases.</param>
/// <param name="Numeric">Cases graded against a number (not orderings).</param>
/// <param name="Passed">Cases that pass.</param>
/// <param name="Near">Cases that are near.</param>
/// <param name="Failed">Cases that fail.</param>
/// <param name="RootMeanSquareResidual">RMS of the numeric cases' standardised residuals (<see cref="ValidationReport.RootMeanSquareResidual"/>).</param>
public sealed record ValidationTally(int Studies, int Total, int Numeric, int Passed, int Near, int Failed, double RootMeanSquareResidual)
{
    /// <summary>The tally of <paramref name="cases"/>.</summary>
    public static ValidationTally Of(IReadOnlyCollection<GradedObservation> cases) => new(
        cases.Select(c => c.Study).Distinct(StringComparer.Ordinal).Count(),
        cases.Count,
        cases.Count(c => !c.Observation.IsOrdering()),
        cases.Count(c => c.Verdict == Verdict.Pass),
        cases.Count(c => c.Verdict == Verdict.Near),
        cases.Count(c => c.Verdict == Verdict.Fail),
        ValidationReport.RootMeanSquareResidual(cases));
}

/// <summary>
/// Grades observations against simulations (docs/validation.md, "How a case is graded"). Every range comes from the
/// study's own spread: mean ± 1 SD (SD = SE·√n), or exp(ln mean ± σ) with σ = √ln(1 + (SD/mean)²) on a log scale.
/// </summary>
public static class ValidationGrader
{
    /// <summary>
    /// For orderings, the assay's coefficient of variation when the paper does not give one: a difference smaller than
    /// this share of the other condition's value is within measurement error (near, not pass).
    /// </summary>
    public const double OrderingNearFraction = 0.05;

    /// <summary>Half-width of a numeric case's pass range in standard errors of the mean (a 95 % interval).</summary>
    public const double PassStandardErrors = 2.0;

    /// <summary>Simulates every condition once (sessions and programs with the same parameter set) and grades every observation.</summary>
    public static ValidationReport Grade(IReadOnlyList<ValidationStudy> studies, SessionSimulator simulator)
    {
        var simulations = new Dictionary<(string, string), SimulationResult>();
        var programs = new Dictionary<(string, string), ProgramResult>();
        var trials = new Dictionary<(string, string), Trials.TrialResult>();
        ProgramSimulator? programSimulator = null;
        var cases = new List<GradedObservation>();
        foreach (var study in studies)
        {
            foreach (var condition in study.Conditions)
            {
                if (condition.Trial is { } trial)
                {
                    var run = new Trials.TrialRunner(simulator.Parameters).Run(trial);
                    trials[(study.Name, condition.Key)] = Trials.TrialResult.Compute(trial, run.Observations);
                }
                else if (condition.Program is { } program)
                {
                    programSimulator ??= new ProgramSimulator(simulator.Parameters);
                    programs[(study.Name, condition.Key)] = programSimulator.Simulate(program);
                }
                else
                {
                    simulations[(study.Name, condition.Key)] = simulator.Simulate(condition.Session!);
                }
            }
            foreach (var observation in study.Observations)
            {
                if (observation.Statistic is not null)
                {
                    cases.Add(GradeOne(study, observation, key => PredictTrial(observation, trials[(study.Name, key)])));
                    continue;
                }
                cases.Add(observation.IsLongTerm
                    ? GradeOne(study, observation, key => PredictLongTerm(observation with { Condition = key }, programs[(study.Name, key)]))
                    : GradeOne(study, observation, key => Predict(observation with { Condition = key }, simulations[(study.Name, key)]),
                        simulations[(study.Name, observation.Condition)]));
            }
        }
        return new ValidationReport(studies, cases, simulations, programs);
    }

    /// <summary>
    /// The mean or SD across a trial arm's subjects of the outcome <paramref name="o"/> names (% change); for a
    /// correlation the Pearson r across the arm's subjects between that outcome and <see cref="Observation.With"/>
    /// (measured as the study measured them; NaN when the subjects do not differ); for a difference the arm's minus
    /// <see cref="Observation.OtherArm"/>'s (paired in a within design), or the SD of the paired differences.
    /// </summary>
    public static double PredictTrial(Observation o, Trials.TrialResult result)
    {
        var key = o.TrialOutcomeKey();
        if (o.Statistic == "correlation")
        {
            return result.Correlation(o.Arm!, key, o.With!).R ?? double.NaN;
        }
        if (o.Statistic is "difference" or "difference_sd")
        {
            var (mean, sd) = result.Difference(o.Arm!, o.OtherArm!, key);
            return o.Statistic == "difference" ? mean : sd;
        }
        var index = result.OutcomeKeys.Select((k, i) => (k, i)).First(x => x.k == key).i;
        var summary = result.Arms.First(a => a.Arm == o.Arm).Outcomes[index];
        return o.Statistic == "sd" ? summary.Sd : summary.Mean;
    }

    /// <summary>The model's long-term outcome for <paramref name="o"/> at its week, in the observation's unit.</summary>
    public static double PredictLongTerm(Observation o, ProgramResult result)
    {
        var week = result.Weekly[Math.Clamp(o.When.Bout, 1, result.Weekly.Count) - 1];
        switch (o.Measure)
        {
            case ObservedMeasure.MuscleSize:
                var change = week.Muscles[MuscleGroups.FromId(o.Group!)!.Value];
                return o.Side switch { "left" => change.LeftPct, "right" => change.RightPct, _ => change.SizeChangePct };
            case ObservedMeasure.OneRm:
                var strength = week.Strength.First(s => s.Exercise == o.Exercise);
                return o.Unit == "kg" ? strength.OneRmKg - strength.StartOneRmKg : strength.OneRmChangePct;
            case ObservedMeasure.FatFreeMass:
                return result.FatFreeMassChangeKg * (week.Week == result.Weeks ? 1.0 : FatFreeMassShare(result, week));
            default:
                var start = result.Weekly.Count > 0 ? RestingStart(result) : week.RestingTestosteroneNmolPerL;
                return 100.0 * (week.RestingTestosteroneNmolPerL - start) / start;
        }
    }

    // Fat-free mass is reported for the end of the program; for an earlier week it is scaled by the muscle change so far.
    private static double FatFreeMassShare(ProgramResult result, WeekState week)
    {
        static double Total(IReadOnlyDictionary<MuscleGroup, MuscleChange> muscles) => muscles.Values.Sum(m => m.SizeChangePct);
        var end = Total(result.Muscles);
        return Math.Abs(end) < 1e-12 ? 0.0 : Total(week.Muscles) / end;
    }

    private static double RestingStart(ProgramResult result) =>
        result.Weekly[^1].RestingTestosteroneNmolPerL / (1.0 + result.RestingTestosteroneChangePct / 100.0);

    private static GradedObservation GradeOne(ValidationStudy study, Observation o, Func<string, double> predict, SimulationResult? session = null)
    {
        if (o.Comparison is Comparison.GreaterThan or Comparison.LessThan)
        {
            var mine = predict(o.Condition);
            var theirs = predict(o.Other!);
            var difference = mine - theirs;
            var signed = o.Comparison == Comparison.GreaterThan ? difference : -difference;
            var margin = OrderingNearFraction * Math.Abs(theirs);
            var verdict = signed > margin ? Validation.Verdict.Pass : signed > 0 ? Validation.Verdict.Near : Validation.Verdict.Fail;
            return o.Comparison == Comparison.GreaterThan
                ? new GradedObservation(study.Name, o, double.NaN, margin, double.PositiveInfinity, difference, verdict, double.NaN, study.Set)
                : new GradedObservation(study.Name, o, double.NaN, double.NegativeInfinity, -margin, difference, verdict, double.NaN, study.Set);
        }
        // The spread is recorded as an SD (SE·√n where the study gave SE); a group mean is graded against its own
        // standard error, SD/√n.
        var sd = o.SpreadKind == SpreadKind.StandardError ? o.Spread!.Value * Math.Sqrt(o.N) : o.Spread!.Value;
        var n = Math.Max(1, o.N);
        var predicted = o.Comparison == Comparison.Difference ? predict(o.Condition) - predict(o.Other!)
            : o.IsLongTerm ? predict(o.Condition)
            : o.Comparison == Comparison.ChangePercent ? PredictChange(o, session!) : Predict(o, session!);
        double low, high, residual;
        if (o.LogScale && o.Observed > 0)
        {
            var sigmaOfMean = Math.Sqrt(Math.Log(1.0 + sd * sd / (o.Observed * o.Observed))) / Math.Sqrt(n);
            low = o.Observed * Math.Exp(-PassStandardErrors * sigmaOfMean);
            high = o.Observed * Math.Exp(PassStandardErrors * sigmaOfMean);
            residual = predicted > 0 && sigmaOfMean > 0 ? (Math.Log(predicted) - Math.Log(o.Observed)) / sigmaOfMean : double.NaN;
        }
        else
        {
            var se = sd / Math.Sqrt(n);
            low = o.Observed - PassStandardErrors * se;
            high = o.Observed + PassStandardErrors * se;
            residual = se > 0 ? (predicted - o.Observed) / se : double.NaN;
        }
        return new GradedObservation(study.Name, o, sd, low, high, predicted, VerdictFor(predicted, low, high, o.LogScale), residual, study.Set);
    }

    /// <summary>pass inside [low, high]; near outside by less than half the width (on the log scale where used); else fail.</summary>
    public static Verdict VerdictFor(double predicted, double low, double high, bool logScale)
    {
        if (predicted >= low && predicted <= high)
        {
            return Validation.Verdict.Pass;
        }
        if (logScale && low > 0 && predicted > 0)
        {
            var halfWidth = 0.5 * (Math.Log(high) - Math.Log(low));
            var outside = predicted < low ? Math.Log(low) - Math.Log(predicted) : Math.Log(predicted) - Math.Log(high);
            return outside < halfWidth ? Validation.Verdict.Near : Validation.Verdict.Fail;
        }
        var half = 0.5 * (high - low);
        var distance = predicted < low ? low - predicted : predicted - high;
        return distance < half ? Validation.Verdict.Near : Validation.Verdict.Fail;
    }

    /// <summary>The model's value for <paramref name="o"/> in the observation's unit (relative to the study's baseline where given).</summary>
    public static double Predict(Observation o, SimulationResult result)
    {
        var t = o.When.MinutesSinceStart(result);
        var model = ModelValue(o, result, t);
        if (o.Baseline is { } baseline && o.Measure != ObservedMeasure.PlasmaVolume)
        {
            var pre = ModelValue(o, result, 0.0);
            return pre > 0 ? baseline * model / pre : double.NaN;
        }
        return model / ValidationCaseFile.ToModelUnit(o.Measure, o.Unit);
    }

    private static double PredictChange(Observation o, SimulationResult result)
    {
        if (o.Measure == ObservedMeasure.PlasmaVolume)
        {
            return ModelValue(o, result, o.When.MinutesSinceStart(result));
        }
        var pre = ModelValue(o, result, 0.0);
        return 100.0 * (ModelValue(o, result, o.When.MinutesSinceStart(result)) - pre) / pre;
    }

    /// <summary>The model's value in its own unit at <paramref name="t"/> minutes (linear between minutes and the ends of bouts).</summary>
    public static double ModelValue(Observation o, SimulationResult result, double t)
    {
        var pv = result.PlasmaVolumeChangeAt(t);
        if (o.Measure == ObservedMeasure.PlasmaVolume)
        {
            return pv;
        }
        var value = result.ValueAt((Measure)(int)o.Measure, t);
        return o.Corrected ? value * (100.0 + pv) / 100.0 : value;
    }
}
