using System.Globalization;
using System.Text.RegularExpressions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Surge.App;
using Surge.Catalogue;
using Surge.Physiology;
using Surge.Simulation;
using Surge.Validation;

// Maintainers' fitting tool (issue: validation). Fits named parameters of data/parameters.yaml by
// Levenberg–Marquardt (Math.NET) against every calibration case (data/calibration) at once, reports the fit, the standard errors and
// the change from the current values, and writes a new parameter file only when asked (--write FILE).
//
// usage: dotnet run --project tools/Surge.Calibrate -- --fit name1,name2,... [--cases DIR] [--parameters FILE]
//        [--write FILE] [--residuals TSV] [--leave-one-study-out MARKDOWN] [--uncertainty MARKDOWN [--posterior JSON]] [--iterations N] [--factor F]
//        (--fit calibrated: every parameter whose basis is "calibrated")
var options = Options.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Surge.Calibrate --fit NAME[,NAME...] [--cases DIR] [--parameters FILE] [--write FILE] [--residuals TSV] [--leave-one-study-out MARKDOWN] [--uncertainty MARKDOWN [--posterior JSON]] [--iterations N] [--factor F]");
    return 2;
}
var root = Options.FindRoot();
var parametersPath = options.ParametersFile ?? Path.Combine(root, "data", "parameters.yaml");
// Only the calibration pile is fitted: data/validation is held back so that its grades measure the model out of sample.
var casesFolder = options.CasesFolder ?? Path.Combine(root, "data", "calibration");
var parameterText = File.ReadAllText(parametersPath);
ModelParameters start;
try
{
    start = ModelParameters.Parse(parameterText, parametersPath);
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}
// "--fit calibrated" names every parameter whose basis is "calibrated" in the parameter file.
if (options.Names is ["calibrated"])
{
    options = options with { Names = start.All.Where(p => p.Basis == "calibrated").Select(p => p.Name).ToArray() };
}
var unknown = options.Names.Where(n => !start.TryGet(n, out _)).ToArray();
if (unknown.Length > 0)
{
    Console.Error.WriteLine($"unknown parameter(s): {string.Join(", ", unknown)}");
    return 2;
}
var loaded = ValidationFiles.LoadFolder(casesFolder, ExerciseCatalogue.Default);
if (loaded.FirstOrDefault(l => !l.Success) is { } broken)
{
    Console.Error.WriteLine(broken.Error);
    return 2;
}
var studies = loaded.Select(l => l.Study!).ToArray();
if (options.UncertaintyFile is { } uncertaintyPath)
{
    return ParameterUncertainty.Run(start, options, studies, uncertaintyPath);
}
if (options.CrossValidationFile is { } crossValidationPath)
{
    // The figures as data beside the calibration cases' folder (data/cross-validation.json) for surge validate --markdown.
    var jsonPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(casesFolder.TrimEnd('/', '\\'))) ?? ".", "cross-validation.json");
    return LeaveOneStudyOut.Run(start, options, studies, crossValidationPath, jsonPath);
}
var objective = new CalibrationObjective(start, options.Names, studies);
var initialReport = objective.Report(Vector<double>.Build.Dense(options.Names.Count));
Console.WriteLine($"{initialReport.Cases.Count} cases from {studies.Length} studies; fitting {options.Names.Count} parameter(s): {string.Join(", ", options.Names)}");
Console.WriteLine($"before: cost {CalibrationObjective.Cost(initialReport):0.###} (sum of squared scaled residuals); {initialReport.Passed} pass, {initialReport.Near} near, {initialReport.Failed} fail");

var result = objective.Fit(options.Iterations, options.Factor);
var theta = result.MinimizingPoint;
var finalReport = objective.Report(theta);
Console.WriteLine($"after:  cost {CalibrationObjective.Cost(finalReport):0.###}; {finalReport.Passed} pass, {finalReport.Near} near, {finalReport.Failed} fail");
Console.WriteLine($"stopped: {result.ReasonForExit} after {result.Iterations} iteration(s)");
Console.WriteLine();
Console.WriteLine($"{"parameter",-40} {"current",12} {"fitted",12} {"std. error",12} {"change",9}");
var fitted = new Dictionary<string, double>();
for (var i = 0; i < options.Names.Count; i++)
{
    var name = options.Names[i];
    var old = start[name];
    var value = old * Math.Exp(theta[i]);
    // Delta method: SE(value) = value · SE(θ).
    var se = result.StandardErrors is { } errors && i < errors.Count ? value * errors[i] : double.NaN;
    fitted[name] = value;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {old,12:G6} {value,12:G6} {se,12:G3} {100 * (value / old - 1),8:+0.0;-0.0} %"));
}
Console.WriteLine();
Console.WriteLine("cases whose verdict changed:");
foreach (var (before, after) in initialReport.Cases.Zip(finalReport.Cases).Where(p => p.First.Verdict != p.Second.Verdict))
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {before.Observation.Id}: {before.Verdict} -> {after.Verdict} (predicted {before.Predicted:G4} -> {after.Predicted:G4}, range {before.Low:G4} - {before.High:G4})"));
}
if (options.ResidualsFile is { } residualsPath)
{
    // One line per case of the fitted report: which cases carry the cost (for maintainers choosing what to fit).
    File.WriteAllLines(residualsPath, finalReport.Cases.Select(c => string.Create(CultureInfo.InvariantCulture,
        $"{c.Observation.Id}\t{c.Verdict}\t{c.Predicted:G4}\t{CalibrationObjective.Residual(c):0.###}")).Prepend("id\tverdict\tpredicted\tscaled_residual"));
    Console.WriteLine($"wrote {residualsPath}");
}
if (options.WriteFile is { } target)
{
    var text = parameterText;
    foreach (var (name, value) in fitted)
    {
        text = Regex.Replace(text, $@"(?m)^(  {Regex.Escape(name)}: \{{value: )[^,]+,",
            m => m.Groups[1].Value + value.ToString("G6", CultureInfo.InvariantCulture) + ",");
    }
    File.WriteAllText(target, text);
    Console.WriteLine($"wrote {target} (sources unchanged: review them and regenerate docs/model.md with docs/parameters-table.sh)");
}
else
{
    Console.WriteLine("no file written (give --write FILE to write the fitted parameter set)");
}
return 0;

/// <summary>Residuals of every validation case for a set of log-multipliers of the fitted parameters.</summary>
internal sealed class CalibrationObjective(ModelParameters start, IReadOnlyList<string> names, IReadOnlyList<ValidationStudy> studies)
{
    public ValidationReport Report(Vector<double> theta)
    {
        var values = new Dictionary<string, double>();
        for (var i = 0; i < names.Count; i++)
        {
            values[names[i]] = start[names[i]] * Math.Exp(theta[i]);
        }
        return ValidationGrader.Grade(studies, new SessionSimulator(start.With(values)));
    }

    /// <summary>
    /// Levenberg–Marquardt over log-multipliers θ (value = start · e^θ), kept within <paramref name="factor"/> of the
    /// start so that a fit cannot leave the physiological range the sources give.
    /// </summary>
    public NonlinearMinimizationResult Fit(int iterations, double factor)
    {
        // One graded case per observation.
        var caseCount = studies.Sum(s => s.Observations.Count);
        var model = ObjectiveFunction.NonlinearModel(
            (theta, _) => Residuals(theta),
            Vector<double>.Build.Dense(caseCount, i => i),
            Vector<double>.Build.Dense(caseCount),
            accuracyOrder: 2);
        var minimizer = new LevenbergMarquardtMinimizer(maximumIterations: iterations);
        var lower = Vector<double>.Build.Dense(names.Count, -Math.Log(factor));
        var upper = Vector<double>.Build.Dense(names.Count, Math.Log(factor));
        return minimizer.FindMinimum(model, Vector<double>.Build.Dense(names.Count), lower, upper);
    }

    /// <summary>The parameter set for log-multipliers <paramref name="theta"/>.</summary>
    public ModelParameters ParametersAt(Vector<double> theta) =>
        start.With(names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => start[x.n] * Math.Exp(theta[x.i])));

    public Vector<double> Residuals(Vector<double> theta) =>
        Vector<double>.Build.DenseOfEnumerable(Report(theta).Cases.Select(Residual));

    public static double Cost(ValidationReport report) => report.Cases.Sum(c => Residual(c) * Residual(c));

    /// <summary>
    /// Scaled residual: (predicted − observed)/SD, or on the log scale (ln predicted − ln observed)/σ; for orderings
    /// 0 when the sign is right, else the violation in units of 5 % of the other condition's value.
    /// </summary>
    public static double Residual(GradedObservation c)
    {
        var o = c.Observation;
        if (o.Comparison is Comparison.GreaterThan or Comparison.LessThan)
        {
            var signed = o.Comparison == Comparison.GreaterThan ? c.Predicted : -c.Predicted;
            return signed > 0 ? 0.0 : -signed / Math.Max(1e-9, 0.05 * Math.Abs(c.Predicted) + 1e-3);
        }
        if (!double.IsFinite(c.Predicted))
        {
            return 10.0;
        }
        if (o.LogScale && o.Observed > 0)
        {
            var sigma = 0.5 * (Math.Log(c.High) - Math.Log(c.Low));
            return (Math.Log(Math.Max(c.Predicted, 1e-6)) - Math.Log(o.Observed)) / sigma;
        }
        return (c.Predicted - o.Observed) / c.SpreadSd;
    }
}

internal sealed record Options(IReadOnlyList<string> Names, string? CasesFolder, string? ParametersFile, string? WriteFile, string? ResidualsFile, string? CrossValidationFile, int Iterations, double Factor, string? UncertaintyFile = null, string? PosteriorFile = null)
{
    public static Options? Parse(string[] args)
    {
        string? fit = null, cases = null, parameters = null, write = null, residuals = null, crossValidation = null, uncertainty = null, posterior = null;
        var iterations = 30;
        var factor = 2.0;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--fit": fit = args[i + 1]; break;
                case "--cases": cases = args[i + 1]; break;
                case "--parameters": parameters = args[i + 1]; break;
                case "--write": write = args[i + 1]; break;
                case "--residuals": residuals = args[i + 1]; break;
                case "--leave-one-study-out": crossValidation = args[i + 1]; break;
                case "--uncertainty": uncertainty = args[i + 1]; break;
                case "--posterior": posterior = args[i + 1]; break;
                case "--iterations" when int.TryParse(args[i + 1], out var n) && n > 0: iterations = n; break;
                case "--factor" when double.TryParse(args[i + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f > 1: factor = f; break;
                default: return null;
            }
        }
        // The posterior is computed from the Jacobian of the uncertainty run: --posterior only with --uncertainty.
        if (args.Length % 2 != 0 || fit is null || (posterior is not null && uncertainty is null))
        {
            return null;
        }
        return new Options(fit.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), cases, parameters, write, residuals, crossValidation, iterations, factor, uncertainty, posterior);
    }

    public static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Surge.slnx")))
                {
                    return dir.FullName;
                }
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
