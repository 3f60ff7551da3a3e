using System.Globalization;
using Surge.Catalogue;
using Surge.Files;
using Surge.Yaml;

namespace Surge.Validation;

// The trial conditions of a case file: a trial's text, and the observations graded on its simulated cohort
// (mean, SD or correlation across an arm's subjects, or the difference between two arms and its SD).
public static partial class ValidationCaseFile
{
    /// <summary>
    /// A trial condition: the text of a trial file (docs/formats.md, "surge trial") as a block, every arm inline. Errors
    /// name the case file and the trial's own line.
    /// </summary>
    private static Trials.Trial ReadTrial(string file, YamlTreeNode node, string path, ExerciseCatalogue catalogue)
    {
        if (node is not YamlTreeScalar { IsNull: false } scalar)
        {
            throw Fail(file, node, path, "expected the trial file's text as a block (trial: |), every arm inline");
        }
        var result = TrialFile.Parse(scalar.Value, $"{file} ({path}, line {node.Line} + the trial's line)", catalogue);
        if (!result.Success)
        {
            throw new InputErrorException(result.Error!);
        }
        return result.Trial!;
    }

    private static Observation ReadTrialObservation(string file, YamlTreeMapping map, string path, string id, StudyCondition condition, ObservedMeasure measure)
    {
        var trial = condition.Trial!;
        if (measure is not (ObservedMeasure.MuscleSize or ObservedMeasure.OneRm))
        {
            throw Fail(file, map.Find("measure")!.Value.Value, path + ".measure", $"condition '{condition.Key}' is a trial: measure muscle_size or one_rm");
        }
        var statistic = Text(file, map, "statistic", path);
        if (statistic is not ("mean" or "sd" or "correlation" or "difference" or "difference_sd"))
        {
            throw Fail(file, map.Find("statistic")!.Value.Value, path + ".statistic",
                $"expected mean or sd (of the arm's % changes across subjects), correlation (with another outcome), difference or difference_sd (from the other arm), got '{statistic}'");
        }
        var arm = Text(file, map, "arm", path);
        if (trial.Arms.All(a => a.Name != arm))
        {
            throw Fail(file, map.Find("arm")!.Value.Value, path + ".arm", $"the trial has no arm '{arm}'; it has: {string.Join(", ", trial.Arms.Select(a => a.Name))}");
        }
        string? otherArm = null;
        if (statistic is "difference" or "difference_sd")
        {
            otherArm = OptionalText(file, map, "other", path)
                ?? throw Fail(file, map, path + ".other", $"a {statistic} needs the other arm: other: ARM (the difference is arm minus other)");
            if (trial.Arms.All(a => a.Name != otherArm) || otherArm == arm)
            {
                throw Fail(file, map.Find("other")!.Value.Value, path + ".other",
                    $"expected another arm of the trial than '{arm}'; it has: {string.Join(", ", trial.Arms.Select(a => a.Name))}, got '{otherArm}'");
            }
            if (statistic == "difference_sd" && trial.Design != Trials.TrialDesign.Within)
            {
                throw Fail(file, map.Find("statistic")!.Value.Value, path + ".statistic",
                    "difference_sd is the SD of paired differences: for a within design only (a parallel trial's subjects are not paired)");
            }
        }
        else if (map.Find("other") is { } stray)
        {
            throw Fail(file, stray.Key, path + ".other", $"other is for a trial's difference or difference_sd, not for a {statistic}");
        }
        string? group = null, side = null, exercise = null;
        if (measure == ObservedMeasure.MuscleSize)
        {
            group = Text(file, map, "group", path);
            side = OptionalText(file, map, "side", path) ?? "mean";
        }
        else
        {
            exercise = Text(file, map, "exercise", path);
        }
        var unit = Text(file, map, "unit", path);
        var expectedUnit = statistic == "correlation" ? "1" : "%";
        if (unit != expectedUnit)
        {
            throw Fail(file, map.Find("unit")!.Value.Value, path + ".unit", statistic == "correlation"
                ? $"a correlation is dimensionless: expected unit \"1\", got '{unit}'"
                : $"a trial's outcomes are % changes: expected %, got '{unit}'");
        }
        var observed = OptionalNumber(file, map, "observed", path) ?? throw Fail(file, map, path + ".observed", "missing the observed mean or SD");
        var n = (int)(OptionalNumber(file, map, "n", path) ?? throw Fail(file, map, path + ".n", "missing the number of subjects n"));
        if (n < (statistic == "correlation" ? 4 : 2))
        {
            throw Fail(file, map.Find("n")!.Value.Value, path + ".n", statistic == "correlation" ? "must be at least 4 for a correlation" : "must be at least 2");
        }
        double spread;
        var spreadKind = SpreadKind.StandardDeviation;
        string? with = null;
        if (statistic == "correlation")
        {
            if (observed is < -1 or > 1)
            {
                throw Fail(file, map.Find("observed")!.Value.Value, path + ".observed", $"a correlation lies between -1 and 1, got {observed.ToString(CultureInfo.InvariantCulture)}");
            }
            with = Text(file, map, "with", path);
            if (trial.Outcomes.All(o => o.Key != with))
            {
                throw Fail(file, map.Find("with")!.Value.Value, path + ".with",
                    $"the trial has no outcome '{with}'; it has: {string.Join(", ", trial.Outcomes.Select(o => o.Key))}");
            }
            // The SE of a Pearson r from n subjects, (1 − r²)/√(n − 1), recorded as an SD of n: the grader's SE is then that.
            spread = (1.0 - observed * observed) / Math.Sqrt(n - 1.0) * Math.Sqrt(n);
        }
        else if (statistic is "sd" or "difference_sd")
        {
            // The SE of an SD from n subjects, SD/√(2(n − 1)) (normal data), recorded as an SD of n: the grader's SE is then that.
            spread = observed / Math.Sqrt(2.0 * (n - 1)) * Math.Sqrt(n);
        }
        else
        {
            spread = OptionalNumber(file, map, "spread", path) is > 0 and var s ? s
                : throw Fail(file, map.Find("spread")?.Value ?? map, path + ".spread", "expected the study's spread of the changes (a positive SD or SE)");
            if ((OptionalText(file, map, "spread_kind", path) ?? "sd") == "se")
            {
                spreadKind = SpreadKind.StandardError;
            }
        }
        var observation = new Observation(id, condition.Key, measure, new ObservationTime("week", 0, 0, "end"), unit, observed, spread, spreadKind, n,
            null, false, false, Comparison.Value, null, OptionalText(file, map, "note", path), group, side, exercise, statistic, arm, with, otherArm);
        var key = observation.TrialOutcomeKey();
        if (trial.Outcomes.All(o => o.Key != key))
        {
            throw Fail(file, map, path, $"the trial has no outcome '{key}'; it has: {string.Join(", ", trial.Outcomes.Select(o => o.Key))}");
        }
        return observation;
    }
}
