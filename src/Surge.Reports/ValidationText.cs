using Surge.Validation;

namespace Surge.Reports;

/// <summary>One graded case as text cells, shared by the console table, the Markdown page and the HTML report.</summary>
/// <param name="Study">The study's name.</param>
/// <param name="Condition">The condition's label.</param>
/// <param name="Measure">The measure id, "(PV-corrected)" where compared with the corrected value.</param>
/// <param name="When">The time as written in the case file, e.g. <c>end+15</c>.</param>
/// <param name="Observed">"mean ± SD unit (n=…)", or "A &gt; B (n=…)" for orderings.</param>
/// <param name="Predicted">The model's value with its unit (for orderings the signed difference A − B).</param>
/// <param name="Range">"low – high unit", ∞ where open.</param>
/// <param name="Verdict">pass, near or fail.</param>
public sealed record ValidationRow(
    string Study,
    string Condition,
    string Measure,
    string When,
    string Observed,
    string Predicted,
    string Range,
    string Verdict);

/// <summary>Words and numbers for graded validation cases: invariant culture, every number with its unit.</summary>
public static class ValidationText
{
    /// <summary>The verdict as written in every output: <c>pass</c>, <c>near</c>, <c>fail</c>.</summary>
    public static string Id(this Verdict verdict) => verdict switch
    {
        Verdict.Pass => "pass",
        Verdict.Near => "near",
        _ => "fail",
    };

    /// <summary>The comparison as written in case files: <c>value</c>, <c>change_pct</c>, <c>greater_than</c>, <c>less_than</c>, <c>difference</c>.</summary>
    public static string Id(this Comparison comparison) => comparison switch
    {
        Comparison.Value => "value",
        Comparison.ChangePercent => "change_pct",
        Comparison.GreaterThan => "greater_than",
        Comparison.Difference => "difference",
        _ => "less_than",
    };

    /// <summary>The summary line: <c>N cases from M studies: P pass, Q near, R fail (x % pass)</c>.</summary>
    public static string Summary(ValidationReport report)
    {
        var total = report.Cases.Count;
        var share = total == 0 ? 0.0 : 100.0 * report.Passed / total;
        var line = $"{Format.Integer(total)} {(total == 1 ? "case" : "cases")} from {Format.Integer(report.Studies.Count)} {(report.Studies.Count == 1 ? "study" : "studies")}: " +
               $"{Format.Integer(report.Passed)} pass, {Format.Integer(report.Near)} near, {Format.Integer(report.Failed)} fail " +
               $"({Format.Percent(share)} pass)";
        var piles = new[] { ValidationSet.Calibration, ValidationSet.Validation }
            .Select(set => (Set: set, Cases: report.CasesOf(set))).Where(p => p.Cases.Count > 0).ToArray();
        if (piles.Length < 2)
        {
            return line;
        }
        return line + "; " + string.Join("; ", piles.Select(p => SetSummary(SetId(p.Set), p.Cases)));
    }

    /// <summary>The id of a pile in outputs: <c>calibration</c> or <c>validation</c>.</summary>
    public static string SetId(ValidationSet set) => set == ValidationSet.Calibration ? "calibration" : "validation";

    /// <summary>"calibration 137/145 pass, 2 fail, RMS z 1.9 (37 numeric)": one pile in a line.</summary>
    public static string SetSummary(string name, IReadOnlyList<GradedObservation> cases)
    {
        var tally = ValidationTally.Of(cases);
        var rms = tally.RootMeanSquareResidual;
        return $"{name} {Format.Integer(tally.Passed)}/{Format.Integer(tally.Total)} pass, {Format.Integer(tally.Failed)} fail, " +
               "RMS of standardised residuals " +
               (double.IsFinite(rms) ? rms.ToString("0.0#", System.Globalization.CultureInfo.InvariantCulture) : "n/a") +
               $" ({Format.Integer(tally.Numeric)} numeric)";
    }

    /// <summary>The text cells of one graded case.</summary>
    public static ValidationRow Row(ValidationReport report, GradedObservation graded)
    {
        var o = graded.Observation;
        var study = report.Studies.First(s => s.Name == graded.Study);
        return new ValidationRow(
            graded.Study,
            ConditionLabel(study, o.Condition),
            o.Statistic switch
            {
                "correlation" => $"r({o.TrialOutcomeKey()}, {o.With})",
                "sd" => $"SD of {o.Measure.Id()} ({o.Arm})",
                "difference" => $"{o.Measure.Id()} ({o.Arm} − {o.OtherArm})",
                "difference_sd" => $"SD of {o.Measure.Id()} ({o.Arm} − {o.OtherArm}, paired)",
                _ => o.Measure.Id() + (o.Corrected ? " (PV-corrected)" : ""),
            },
            o.When.Text,
            Observed(graded),
            Predicted(graded),
            Range(graded),
            graded.Verdict.Id());
    }

    /// <summary>The label of condition <paramref name="key"/> of <paramref name="study"/> (the key when unknown).</summary>
    public static string ConditionLabel(ValidationStudy study, string key) =>
        study.Conditions.FirstOrDefault(c => c.Key == key)?.Label ?? key;

    /// <summary>The unit of the case's numbers: "%" for changes, none for a correlation (r), else the observation's unit.</summary>
    public static string Unit(Observation observation) =>
        observation.Comparison == Comparison.ChangePercent ? "%" : observation.Statistic == "correlation" ? "" : observation.Unit;

    /// <summary>"8.870 ± 1.830 ng/mL (n=6)", "… (n=6, SE→SD)" when converted; "h60 &gt; s60 (n=6)" for orderings.</summary>
    public static string Observed(GradedObservation graded)
    {
        var o = graded.Observation;
        var n = "n=" + Format.Integer(o.N);
        if (o.IsOrdering())
        {
            return $"{o.Condition} {(o.Comparison == Comparison.GreaterThan ? ">" : "<")} {o.Other} ({n})";
        }
        if (o.Statistic == "correlation")
        {
            // A correlation's spread is the SE of r from the study's n (recorded as an SD of n).
            return $"r = {Format.Number(o.Observed)}, SE {Format.Number(graded.SpreadSd / Math.Sqrt(Math.Max(1, o.N)))} ({n})";
        }
        var notes = new List<string> { n };
        if (o.Comparison == Comparison.Difference)
        {
            notes.Insert(0, $"{o.Condition} − {o.Other}");
        }
        if (o.SpreadKind == SpreadKind.StandardError)
        {
            notes.Add("SE→SD");
        }
        return $"{Signed(o, o.Observed)} ± {Format.Number(graded.SpreadSd)} {Unit(o)} ({string.Join(", ", notes)})";
    }

    /// <summary>The model's value with its unit; for orderings the signed difference of the two conditions, named, e.g. "s3 − s1 = +0.4500 ng/mL".</summary>
    public static string Predicted(GradedObservation graded)
    {
        var o = graded.Observation;
        if (double.IsNaN(graded.Predicted))
        {
            return "—";
        }
        if (o.IsOrdering())
        {
            var sign = graded.Predicted > 0 ? "+" : "";
            return $"{o.Condition} − {o.Other} = {sign}{Format.Number(graded.Predicted)} {o.Unit}";
        }
        return o.Statistic == "correlation" ? $"r = {Format.Number(graded.Predicted)}" : $"{Signed(o, graded.Predicted)} {Unit(o)}";
    }

    /// <summary>"7.040 – 10.70 ng/mL", with "(log scale)" where graded on it; "0 – ∞ ng/mL" for "greater than".</summary>
    public static string Range(GradedObservation graded)
    {
        var o = graded.Observation;
        var range = $"{Bound(o, graded.Low)} – {Bound(o, graded.High)} {Unit(o)}".TrimEnd();
        return o.LogScale && !o.IsOrdering() ? range + " (log scale)" : range;
    }

    private static string Bound(Observation o, double value) => value switch
    {
        double.PositiveInfinity => "∞",
        double.NegativeInfinity => "−∞",
        0.0 when o.IsOrdering() => "0",
        _ => Signed(o, value),
    };

    private static string Signed(Observation o, double value) =>
        o.Comparison == Comparison.ChangePercent && value > 0 ? "+" + Format.Number(value) : Format.Number(value);
}
