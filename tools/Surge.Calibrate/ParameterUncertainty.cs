using System.Globalization;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using Surge.Physiology;
using Surge.Uncertainty;
using Surge.Validation;

/// <summary>
/// Standard errors and correlations of the calibrated parameters at the shipped values (docs/calibration.md): the
/// Jacobian of the calibration cases' scaled residuals with respect to the log of every named parameter, by central
/// differences, gives the Fisher information JᵀJ; its inverse, scaled by the residual variance, is the asymptotic
/// covariance that Levenberg–Marquardt reports for the parameters it fits. Parameters the cases do not inform (no
/// sensitivity, or only in combination with others) are named as not determined instead of being given a number.
/// </summary>
internal static class ParameterUncertainty
{
    /// <summary>The one command that regenerates docs/calibration.md and data/posterior.json.</summary>
    public const string Command = "dotnet run --project tools/Surge.Calibrate -c Release -- --fit calibrated --uncertainty docs/calibration.md --posterior data/posterior.json";

    /// <summary>Step of the central differences in ln(value): ±1 %.</summary>
    private const double Step = 0.01;

    /// <summary>
    /// A direction of parameter space (an eigenvector of JᵀJ) counts as unconstrained when its standard deviation,
    /// √(s²/λ), exceeds this many ln units (a factor e either way): the cases leave that combination open.
    /// </summary>
    private const double OpenDirectionSdLog = 1.0;

    /// <summary>A parameter whose squared loading on the open directions exceeds this share is not determined.</summary>
    private const double OpenLoading = 0.1;

    /// <summary>|r| from which a pair of parameters is listed as strongly correlated.</summary>
    private const double StrongCorrelation = 0.7;

    public static int Run(ModelParameters start, Options options, IReadOnlyList<ValidationStudy> studies, string path)
    {
        var names = options.Names;
        var objective = new CalibrationObjective(start, names, studies);
        var zero = Vector<double>.Build.Dense(names.Count);
        var report = objective.Report(zero);
        var r0 = Vector<double>.Build.DenseOfEnumerable(report.Cases.Select(CalibrationObjective.Residual));
        var n = r0.Count;
        var p = names.Count;
        Console.Error.WriteLine($"uncertainty: {2 * p} evaluations of {n} calibration cases");
        var jacobian = Matrix<double>.Build.Dense(n, p);
        var done = 0;
        Parallel.For(0, p, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var up = zero.Clone();
            up[i] = Step;
            var down = zero.Clone();
            down[i] = -Step;
            var column = (objective.Residuals(up) - objective.Residuals(down)) / (2 * Step);
            lock (jacobian)
            {
                jacobian.SetColumn(i, column);
            }
            Console.Error.WriteLine($"[{Interlocked.Increment(ref done)}/{p}] {names[i]}");
        });

        // Only numeric cases enter the information: an ordering is a constraint, not an observation with an error, and
        // its residual (a wrong sign in units of 5 % of a value near zero) would swamp JᵀJ with a slope of no statistical meaning.
        var numericRows = Enumerable.Range(0, n).Where(k => !IsOrdering(report.Cases[k])).ToArray();
        var jn = Matrix<double>.Build.Dense(numericRows.Length, p, (a, b) => jacobian[numericRows[a], b]);
        var rn = Vector<double>.Build.Dense(numericRows.Length, a => r0[numericRows[a]]);

        // Cases each parameter moves (|∂r/∂θ| > 1e-6: orderings that hold have no gradient and inform nothing).
        var informing = Enumerable.Range(0, p).Select(i => numericRows.Where(k => Math.Abs(jacobian[k, i]) > 1e-6).ToArray()).ToArray();
        var fisher = jn.TransposeThisAndMultiply(jn);
        var evd = fisher.Evd(Symmetricity.Symmetric);
        var eigen = evd.EigenValues.Select(v => v.Real).ToArray();
        var rss = rn.DotProduct(rn);
        var largest = eigen.Max();
        var rank = eigen.Count(v => v > 1e-12 * largest);
        var variance = rss / Math.Max(1, numericRows.Length - rank);
        var openDirections = Enumerable.Range(0, p).Where(k => eigen[k] <= 0 || Math.Sqrt(variance / eigen[k]) > OpenDirectionSdLog).ToArray();
        // A parameter is determined when it has a gradient and little weight in the directions the cases leave open.
        var determined = Enumerable.Range(0, p)
            .Where(i => informing[i].Length > 0 && openDirections.Sum(k => evd.EigenVectors[i, k] * evd.EigenVectors[i, k]) < OpenLoading)
            .ToArray();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rank {rank} of {p}; {openDirections.Length} open directions; eigenvalues {string.Join(" ", eigen.OrderByDescending(v => v).Select(v => v.ToString("G2", CultureInfo.InvariantCulture)))}"));
        Matrix<double>? covariance = null;
        if (determined.Length > 0)
        {
            var sub = Matrix<double>.Build.Dense(determined.Length, determined.Length, (a, b) => fisher[determined[a], determined[b]]);
            covariance = sub.PseudoInverse() * variance;
        }

        // The combinations the cases do pin down: eigenvectors of JᵀJ with SD below the open threshold, largest first.
        var combinations = Enumerable.Range(0, p).Where(k => eigen[k] > 0 && Math.Sqrt(variance / eigen[k]) <= OpenDirectionSdLog)
            .OrderByDescending(k => eigen[k])
            .Select(k => (SdLog: Math.Sqrt(variance / eigen[k]), Loadings: Enumerable.Range(0, p)
                .Select(i => (Name: names[i], Weight: evd.EigenVectors[i, k]))
                .Where(x => Math.Abs(x.Weight) >= 0.25).OrderByDescending(x => Math.Abs(x.Weight)).ToArray()))
            .ToArray();
        var conditional = Enumerable.Range(0, p).Select(i => fisher[i, i] > 0 ? Math.Sqrt(variance / fisher[i, i]) : double.PositiveInfinity).ToArray();
        // The posterior of surge simulate --uncertainty: the same information, JᵀJ / s², plus each parameter's log-normal prior.
        var posterior = ParameterPosterior.Compute(start, names, fisher / variance, variance, numericRows.Length, rank);
        var text = Markdown(start, names, studies, report, informing, determined, covariance, conditional, combinations, rss, variance, numericRows.Length, rank, p - openDirections.Length)
            + PosteriorMarkdown(posterior, informing);
        File.WriteAllText(path, text);
        Console.WriteLine($"wrote {path}");
        if (options.PosteriorFile is { } posteriorPath)
        {
            File.WriteAllText(posteriorPath, posterior.ToJson(Command));
            Console.WriteLine($"wrote {posteriorPath}");
        }
        return 0;
    }

    private static bool IsOrdering(GradedObservation c) => c.Observation.Comparison is Comparison.GreaterThan or Comparison.LessThan;

    private static string Markdown(ModelParameters start, IReadOnlyList<string> names, IReadOnlyList<ValidationStudy> studies,
        ValidationReport report, int[][] informing, int[] determined, Matrix<double>? covariance, double[] conditional, (double SdLog, (string Name, double Weight)[] Loadings)[] combinations, double rss, double variance, int n, int rank, int constrained)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# Calibrated parameters: standard errors and correlations\n\n")
            .Append(c, $"Generated by `{Command}` (this page and the posterior that `surge simulate --uncertainty` draws from, in one run; rerun it after any change to data/parameters.yaml); do not edit by hand.\n\n")
            .Append(c, $"Parameter fingerprint: `{start.Fingerprint}` (of data/parameters.yaml; a test fails when the shipped set no longer matches, so rerun the tool after any parameter change).\n\n")
            .Append(c, $"All {names.Count} parameters whose basis is *calibrated* in data/parameters.yaml, taken together at their shipped values, against the {n} numeric cases of the {studies.Count} calibration studies (`data/calibration/`; the held-back pile is not used). ")
            .Append("The Jacobian J of the scaled residuals (the calibration fit's own, (prediction − mean)/SD, on the log scale where the case says so) with respect to ln(value) is taken by central differences of ±1 %. Orderings are constraints, not observations with an error, and are left out of the information (the fit still uses them); ")
            .Append(c, $"the covariance is s² (JᵀJ)⁻¹ over the determined parameters, with s² = RSS/(n − rank) = {rss:0.##}/({n} − {rank}) = {variance:0.###}, and SE(value) = value · SE(ln value) (the delta method, as Levenberg–Marquardt reports for the parameters it fits).\n\n")
            .Append("Read with care: this is the local precision at the shipped point, not a new fit. The shipped values come from the procedures their sources name (the joint fit of the 13 parameters refitted in docs/cross-validation.md, the rules of docs/model.md section 12, the trial spreads of section 13a); ")
            .Append("a parameter the calibration cases do not move (its orderings already hold, or no case sees it) has no gradient and is listed as *not determined*; so is one the cases constrain only in a combination with others. ")
            .Append("\n\n")
            .Append(c, $"**What the calibration data determine:** JᵀJ has rank {rank} of {names.Count}, and only {constrained} of its {names.Count} directions are known to better than a factor e (SD of ln below 1). ")
            .Append("The calibration cases therefore pin down a handful of combinations of the calibrated parameters, not each parameter: the *SE, others fixed* column is the precision a parameter would have if every other one were known (√(s²/(JᵀJ)ᵢᵢ)), the *SE, joint* column the precision when all are estimated together, given only where the open directions leave the parameter determined. ")
            .Append("That most parameters are not determined jointly is the honest state of the data: their values rest on their sources' ranges and on the rules of section 12, and the held-back pile (docs/validation.md) is the test of whether the combinations are right.\n\n");

        sb.Append("| parameter | value | unit | SE, others fixed | SE, joint | SE / value, joint | numeric cases that move it | status |\n|---|--:|---|--:|--:|--:|--:|---|\n");
        var index = determined.Select((d, k) => (d, k)).ToDictionary(x => x.d, x => x.k);
        var byName = start.All.ToDictionary(x => x.Name, StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var parameter = byName[names[i]];
            var value = parameter.Value;
            string se = "–", relative = "–", status;
            if (covariance is not null && index.TryGetValue(i, out var k))
            {
                var sdLog = Math.Sqrt(Math.Max(0.0, covariance[k, k]));
                se = (value * sdLog).ToString("G3", c);
                relative = (100 * sdLog).ToString(sdLog < 10 ? "0.#" : "0", c) + " %";
                status = sdLog < 0.5 ? "determined" : "weakly determined (SE over half the value)";
            }
            else
            {
                status = informing[i].Length == 0 ? "not determined: no numeric calibration case moves it" : "not determined: only in combination with others";
            }
            var fixedOthers = double.IsFinite(conditional[i]) ? (value * conditional[i]).ToString("G3", c) + " (" + (100 * conditional[i]).ToString(conditional[i] < 10 ? "0.#" : "0", c) + " %)" : "–";
            sb.Append(c, $"| `{names[i]}` | {value:G4} | {parameter.Unit} | {fixedOthers} | {se} | {relative} | {informing[i].Length} | {status} |\n");
        }

        sb.Append(c, $"\n## Strongly correlated pairs (|r| ≥ {StrongCorrelation:0.0})\n\n");
        var pairs = new List<(string A, string B, double R)>();
        if (covariance is not null)
        {
            for (var a = 0; a < determined.Length; a++)
            {
                for (var b = a + 1; b < determined.Length; b++)
                {
                    var r = covariance[a, b] / Math.Sqrt(covariance[a, a] * covariance[b, b]);
                    if (Math.Abs(r) >= StrongCorrelation)
                    {
                        pairs.Add((names[determined[a]], names[determined[b]], r));
                    }
                }
            }
        }
        if (determined.Length < 2)
        {
            sb.Append(c, $"None can be listed: {(determined.Length == 0 ? "no parameter is" : "only one parameter is")} determined when all are estimated together, so there is no joint correlation to give; the combinations below are what the data constrain.\n");
        }
        else if (pairs.Count == 0)
        {
            sb.Append("None: the determined parameters are told apart by the cases.\n");
        }
        else
        {
            sb.Append("A strong correlation means the cases constrain the pair mostly through one combination: moving one can be compensated by the other.\n\n| parameter | parameter | r |\n|---|---|--:|\n");
            foreach (var (a, b, r) in pairs.OrderByDescending(x => Math.Abs(x.R)))
            {
                sb.Append(c, $"| `{a}` | `{b}` | {r:+0.00;-0.00} |\n");
            }
        }

        sb.Append("\n## The combinations the calibration data pin down\n\n")
            .Append("Each row is one direction of ln-parameter space the numeric cases constrain to better than a factor e, with its standard deviation (ln units) and the parameters that make it up (loadings of at least 0.25; the sign says whether they move together or against each other). Everything else is open.\n\n")
            .Append("| SD of ln | combination |\n|--:|---|\n");
        foreach (var (sdLog, loadings) in combinations)
        {
            sb.Append(c, $"| {sdLog:0.000} | {string.Join(" ", loadings.Select(x => (x.Weight >= 0 ? "+" : "−") + Math.Abs(x.Weight).ToString("0.00", c) + " `" + x.Name + "`"))} |\n");
        }

        sb.Append("\n## Which cases carry the information\n\nNumeric cases moved by at least one calibrated parameter, by study (the orderings are graded and fitted but carry no information here):\n\n| study | cases | numeric | numeric moved |\n|---|--:|--:|--:|\n");
        var moved = new HashSet<int>(informing.SelectMany(x => x));
        var all = report.Cases;
        var offset = 0;
        foreach (var study in studies)
        {
            var count = study.Observations.Count;
            var range = Enumerable.Range(offset, count).ToArray();
            var numeric = range.Count(k => !IsOrdering(all[k]));
            var numericMoved = range.Count(moved.Contains);
            sb.Append(c, $"| {study.Name} | {count} | {numeric} | {numericMoved} |\n");
            offset += count;
        }
        return sb.ToString();
    }

    /// <summary>The section on the posterior of <c>surge simulate --uncertainty</c>: prior SD, posterior SD and their ratio per parameter.</summary>
    private static string PosteriorMarkdown(ParameterPosterior posterior, int[][] informing)
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var ratios = posterior.PosteriorLogSd.Zip(posterior.PriorLogSd, (post, prior) => post / prior).ToArray();
        // The information in units of the prior: D F D with D = diag(σ_prior); along its eigenvectors the posterior SD is 1/√(1 + λ) of the prior's.
        var scale = Matrix<double>.Build.DenseOfDiagonalArray(posterior.PriorLogSd.ToArray());
        var directionRatios = (scale * posterior.Information * scale).Evd(Symmetricity.Symmetric).EigenValues
            .Select(v => 1 / Math.Sqrt(1 + Math.Max(0.0, v.Real))).OrderBy(r => r).ToArray();
        sb.Append("\n## The posterior that `surge simulate --uncertainty` draws from\n\n")
            .Append("The plain covariance above does not exist for most parameters (JᵀJ is singular), so the uncertainty of the model's curves uses a Laplace approximation with a stated prior (docs/model.md, \"Uncertainty of the model itself\"): ")
            .Append("each calibrated parameter gets a log-normal prior centred on its shipped value with SD of ln `prior_log_sd` (data/parameters.yaml; ln 2 = 0.69, a factor 2, where the entry gives none), and the posterior precision in ln space is P = JᵀJ / s² + diag(1/σ²_prior), Σ = P⁻¹ (Cholesky), written to `data/posterior.json` and embedded in the build. ")
            .Append(c, $"The ratio *posterior SD / prior SD* is what the {posterior.NumericCases} numeric calibration cases add: 1 means the data say nothing about the parameter on its own (its uncertainty is the prior's), 0.5 that they halve it. ")
            .Append(c, $"{ratios.Count(r => r < 0.9)} of {ratios.Length} parameters are narrowed by more than 10 %, {ratios.Count(r => r < 0.5)} by more than half; the rest stay within 10 % of their prior. ")
            .Append(c, $"The data act on combinations more than on single parameters: in the prior's own scale (each ln value divided by its prior SD) the information has {directionRatios.Length} eigen-directions, and the posterior SD along one is 1/√(1 + λ) of the prior's; {directionRatios.Count(r => r < 0.5)} of them are narrowed by more than half (the tightest to {directionRatios.Min():0.00} of the prior), {directionRatios.Count(r => r >= 0.5 && r < 0.9)} by 10–50 %, and {directionRatios.Count(r => r >= 0.9)} stay within 10 % of the prior: in most directions the band of a curve is the prior's.\n\n")
            .Append("| parameter | value | prior SD of ln | posterior SD of ln | posterior / prior | numeric cases that move it |\n|---|--:|--:|--:|--:|--:|\n");
        for (var i = 0; i < posterior.Names.Count; i++)
        {
            sb.Append(c, $"| `{posterior.Names[i]}` | {posterior.Values[i]:G4} | {posterior.PriorLogSd[i]:0.00} | {posterior.PosteriorLogSd[i]:0.000} | {ratios[i]:0.00} | {informing[i].Length} |\n");
        }
        return sb.ToString();
    }
}
