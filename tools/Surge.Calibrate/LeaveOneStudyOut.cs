using System.Globalization;
using System.Text;
using Surge.Physiology;
using Surge.Simulation;
using Surge.Validation;

/// <summary>
/// Leave-one-study-out cross-validation (docs/cross-validation.md): each calibration study is predicted by a fit of the
/// named parameters made without it, so its grades say how the fitting procedure does on a study it has not seen.
/// </summary>
internal static class LeaveOneStudyOut
{
    /// <summary>
    /// Runs the fits and writes the page to <paramref name="path"/> and its figures as data to
    /// <paramref name="jsonPath"/> (data/cross-validation.json, which <c>surge validate --markdown</c> reads).
    /// </summary>
    public static int Run(ModelParameters start, Options options, IReadOnlyList<ValidationStudy> studies, string path, string jsonPath)
    {
        var names = options.Names;
        Console.Error.WriteLine($"leave one study out: {studies.Count} fits of {names.Count} parameter(s), plus one on every study");
        var inSample = FitOn(start, names, studies, options);
        var inSampleCases = ValidationGrader.Grade(studies, new SessionSimulator(inSample)).Cases;
        var leftOut = new IReadOnlyList<GradedObservation>[studies.Count];
        var done = 0;
        Parallel.For(0, studies.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var others = studies.Where((_, j) => j != i).ToArray();
            var fitted = FitOn(start, names, others, options);
            leftOut[i] = ValidationGrader.Grade([studies[i]], new SessionSimulator(fitted)).Cases;
            var n = Interlocked.Increment(ref done);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{n}/{studies.Count}] {studies[i].Name}: RMS z left out {Z(ValidationReport.RootMeanSquareResidual(leftOut[i]))}"));
        });
        // The figures once; the page and the data file both come from them.
        var summary = Summary(start, options, studies, inSampleCases, leftOut);
        File.WriteAllText(path, Markdown(options, studies, inSampleCases, leftOut, summary));
        Console.WriteLine($"wrote {path}");
        File.WriteAllText(jsonPath, summary.ToJson());
        Console.WriteLine($"wrote {jsonPath}");
        return 0;
    }

    private static ModelParameters FitOn(ModelParameters start, IReadOnlyList<string> names, IReadOnlyList<ValidationStudy> studies, Options options)
    {
        var objective = new CalibrationObjective(start, names, studies);
        var result = objective.Fit(options.Iterations, options.Factor);
        return objective.ParametersAt(result.MinimizingPoint);
    }

    /// <summary>The page's two tables as data (the same figures as <see cref="Markdown"/>).</summary>
    private static CrossValidationSummary Summary(ModelParameters start, Options options, IReadOnlyList<ValidationStudy> studies,
        IReadOnlyList<GradedObservation> inSample, IReadOnlyList<GradedObservation>[] leftOut)
    {
        static bool Numeric(GradedObservation c) => double.IsFinite(c.StandardisedResidual);
        static int StudyCount(IEnumerable<GradedObservation> cases) => cases.Where(Numeric).Select(c => c.Study).Distinct(StringComparer.Ordinal).Count();
        var all = leftOut.SelectMany(c => c).ToArray();
        var byMeasure = all.Where(Numeric).Select(c => c.Observation.Measure.Id()).Distinct().Order(StringComparer.Ordinal)
            .Select(measure =>
            {
                var outCases = all.Where(c => c.Observation.Measure.Id() == measure && Numeric(c)).ToArray();
                var inCases = inSample.Where(c => c.Observation.Measure.Id() == measure && Numeric(c)).ToArray();
                return new CrossValidationRow(measure, StudyCount(outCases), outCases.Length,
                    ValidationReport.RootMeanSquareResidual(inCases), ValidationReport.RootMeanSquareResidual(outCases));
            })
            .Append(new CrossValidationRow("all", StudyCount(all), all.Count(Numeric),
                ValidationReport.RootMeanSquareResidual(inSample), ValidationReport.RootMeanSquareResidual(all)))
            .ToArray();
        var byStudy = studies.Select((s, i) => new CrossValidationRow(s.Name, 1, leftOut[i].Count(Numeric),
                ValidationReport.RootMeanSquareResidual(inSample.Where(c => c.Study == s.Name)), ValidationReport.RootMeanSquareResidual(leftOut[i])))
            .OrderByDescending(r => double.IsFinite(r.LeftOut) ? r.LeftOut : -1.0)
            .ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToArray();
        return new CrossValidationSummary(start.Fingerprint, options.Names, byMeasure, byStudy);
    }

    private static string Markdown(Options options, IReadOnlyList<ValidationStudy> studies,
        IReadOnlyList<GradedObservation> inSample, IReadOnlyList<GradedObservation>[] leftOut, CrossValidationSummary summary)
    {
        var all = leftOut.SelectMany(c => c).ToArray();
        var md = new StringBuilder("# Leave one study out\n\n")
            .Append("Generated by `dotnet run --project tools/Surge.Calibrate -c Release -- --fit NAMES --leave-one-study-out docs/cross-validation.md`")
            .Append(string.Create(CultureInfo.InvariantCulture, $" (at most {options.Iterations} iterations, within a factor {options.Factor} of the shipped values); do not edit by hand.\n\n"))
            .Append($"Parameter fingerprint: `{summary.Fingerprint}` (of data/parameters.yaml; a test fails when the shipped set no longer matches, so rerun the tool after any parameter change).\n\n")
            .Append($"Each of the {studies.Count} calibration studies is predicted by a fit of the {options.Names.Count} parameters below made on the other {studies.Count - 1} ")
            .Append("studies, starting from the shipped values; every other parameter keeps its shipped value. *In sample* is the same fit made on all ")
            .Append($"{studies.Count} studies. z = (prediction − mean)/SE for numeric observations (orderings have no z; their verdicts are counted). ")
            .Append("The held-back validation pile (docs/validation.md) is not used here.\n\n")
            .Append("Refitted: ").Append(string.Join(", ", options.Names.Select(n => $"`{n}`"))).Append(".\n\n");

        md.Append("Read with care: a fit that leaves a study out keeps a parameter at its start value wherever the other studies do not ")
          .Append("constrain it numerically (orderings that already hold give no gradient), and the start value is the shipped one, ")
          .Append("fitted with that study. Where a measure's numeric cases come from one study (the `studies` column), leaving that ")
          .Append("study out cannot move its parameters, and the left-out figure equals the in-sample one: that measure is not tested ")
          .Append("by this procedure, only by the held-back validation pile.\n\n");
        md.Append("## By measure\n\n| measure | studies | numeric cases | RMS z, in sample | RMS z, left out |\n|---|--:|--:|--:|--:|\n");
        foreach (var row in summary.ByMeasure)
        {
            md.Append($"| {(row.Name == "all" ? "**all**" : row.Name)} | {row.Studies} | {row.Numeric} | {Z(row.InSample)} | {Z(row.LeftOut)} |\n");
        }
        md.Append('\n');
        var inTally = ValidationTally.Of(inSample.ToArray());
        var outTally = ValidationTally.Of(all);
        md.Append($"Verdicts of all {outTally.Total} cases: in sample {inTally.Passed} pass, {inTally.Near} near, {inTally.Failed} fail; ")
          .Append($"left out {outTally.Passed} pass, {outTally.Near} near, {outTally.Failed} fail.\n\n");

        md.Append("## By study, worst left-out fit first\n\n| study | cases | numeric | RMS z, in sample | RMS z, left out | left out: pass / near / fail |\n|---|--:|--:|--:|--:|--:|\n");
        var casesOf = studies.Select((study, i) => (study.Name, Cases: leftOut[i])).ToDictionary(x => x.Name, x => x.Cases, StringComparer.Ordinal);
        foreach (var row in summary.ByStudy)
        {
            var tally = ValidationTally.Of(casesOf[row.Name].ToArray());
            md.Append($"| {row.Name} | {tally.Total} | {tally.Numeric} | {Z(row.InSample)} | {Z(row.LeftOut)} | {tally.Passed} / {tally.Near} / {tally.Failed} |\n");
        }
        return md.ToString();
    }

    private static string Z(double value) => double.IsFinite(value) ? value.ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
