using ScottPlot;
using Surge.Simulation;
using Surge.Validation;

namespace Surge.Reports;

/// <summary>A predicted curve in a validation figure, in the observations' unit.</summary>
/// <param name="Condition">The condition key.</param>
/// <param name="Legend">The legend text.</param>
/// <param name="MinutesAfterEnd">Time, minutes relative to the end of this condition's last set (negative before it).</param>
/// <param name="Values">What the grader compares at each time (baseline scaling and plasma-volume correction applied).</param>
/// <param name="Graded">True when observations of this condition were graded on this curve; false for a condition drawn for context only.</param>
public sealed record ValidationCurve(string Condition, string Legend, IReadOnlyList<double> MinutesAfterEnd, IReadOnlyList<double> Values, bool Graded);

/// <summary>An observed point with its accepted range.</summary>
public sealed record ValidationPoint(string Condition, string Id, double MinutesAfterEnd, double Observed, double Low, double High, Verdict Verdict);

/// <summary>One figure: a measure of one study (value or % change), curves per condition and the observed points.</summary>
/// <param name="Title">The figure's title.</param>
/// <param name="YLabel">The value axis, with its unit.</param>
/// <param name="Curves">Predicted curves, one per condition (and comparison variant).</param>
/// <param name="Points">Observed values with their accepted ranges.</param>
/// <param name="XLabel">The time axis: minutes after the last set (sessions) or weeks (programs).</param>
public sealed record ValidationFigure(string Title, string YLabel, IReadOnlyList<ValidationCurve> Curves, IReadOnlyList<ValidationPoint> Points, string XLabel = ValidationPlots.TimeAxisLabel);

/// <summary>
/// Figures for the validation report: per study and measure, each condition's predicted curve and the observed points with
/// their accepted range (mean ± 2 SE; on a log scale where graded so). Time is minutes after the end of each condition's
/// last set, so that conditions line up. The curve is exactly what <see cref="ValidationGrader"/> compared.
/// </summary>
public static class ValidationPlots
{
    public const int WidthPixels = 820;
    public const int HeightPixels = 380;
    public const string TimeAxisLabel = "minutes after the end of the last set";
    public const string WeekAxisLabel = "weeks of the program (end of week; 0 = start)";

    /// <summary>
    /// The value the grader compares for <paramref name="o"/> if it were taken at <paramref name="minutesSinceStart"/>:
    /// <see cref="ValidationGrader.Predict"/> for values (unit conversion, baseline scaling), the % change from t = 0 for changes.
    /// </summary>
    public static double CurveValue(Observation o, SimulationResult result, double minutesSinceStart)
    {
        if (o.Comparison == Comparison.ChangePercent)
        {
            var now = ValidationGrader.ModelValue(o, result, minutesSinceStart);
            if (o.Measure == ObservedMeasure.PlasmaVolume)
            {
                return now;
            }
            var pre = ValidationGrader.ModelValue(o, result, 0.0);
            return 100.0 * (now - pre) / pre;
        }
        var at = o with { When = new ObservationTime("start", 0, minutesSinceStart, "") };
        return ValidationGrader.Predict(at, result);
    }

    /// <summary>
    /// The figures of <paramref name="study"/>: one per measure, comparison kind (value or % change) and unit observed.
    /// Orderings draw the curves they compared (both conditions), without observed points.
    /// </summary>
    public static IReadOnlyList<ValidationFigure> Figures(ValidationReport report, ValidationStudy study)
    {
        var graded = report.Cases.Where(c => c.Study == study.Name).ToArray();
        var figures = new List<ValidationFigure>();
        figures.AddRange(LongTermFigures(report, study, graded.Where(c => c.Observation.IsLongTerm).ToArray()));
        foreach (var group in graded.Where(c => !c.Observation.IsLongTerm)
            .GroupBy(c => (c.Observation.Measure, Change: c.Observation.Comparison == Comparison.ChangePercent, Unit: ValidationText.Unit(c.Observation))))
        {
            var curves = new List<ValidationCurve>();
            var points = new List<ValidationPoint>();
            foreach (var condition in study.Conditions.Where(c => c.Session is not null))
            {
                var result = report.Simulations[(study.Name, condition.Key)];
                // The grid's minutes and the ends of the bouts, where studies sample "immediately after".
                var t = Enumerable.Range(0, result.PointCount).Select(i => (double)i)
                    .Concat(result.BoutEnds.Select(b => b.TimeMin)).Distinct().Order().ToArray();
                var relative = t.Select(x => x - result.Session.EndMin).ToArray();
                var mine = group.Where(c => !c.Observation.IsOrdering() && c.Observation.Condition == condition.Key).ToArray();
                var ordered = group.Select(c => c.Observation)
                    .Where(o => o.IsOrdering() && (o.Condition == condition.Key || o.Other == condition.Key))
                    .Select(o => o with { Condition = condition.Key });
                // One curve per distinct way of comparing (study baseline, PV correction) within the condition.
                var templates = mine.Select(c => c.Observation).Concat(ordered).DistinctBy(o => (o.Baseline, o.Corrected)).ToArray();
                foreach (var template in templates)
                {
                    var legend = condition.Key + (templates.Length > 1 ? Variant(template) : "");
                    curves.Add(new ValidationCurve(condition.Key, legend, relative, t.Select(x => CurveValue(template, result, x)).ToArray(), true));
                }
                if (templates.Length == 0)
                {
                    var context = group.First().Observation with { Condition = condition.Key, Baseline = null };
                    curves.Add(new ValidationCurve(condition.Key, condition.Key + " (not observed; model scale)", relative,
                        t.Select(x => CurveValue(context, result, x)).ToArray(), false));
                }
                points.AddRange(mine.Where(c => double.IsFinite(c.Observation.Observed)).Select(c => new ValidationPoint(
                    condition.Key,
                    c.Observation.Id,
                    c.Observation.When.MinutesSinceStart(result) - result.Session.EndMin,
                    c.Observation.Observed,
                    c.Low,
                    c.High,
                    c.Verdict)));
            }
            var (measure, change, unit) = group.Key;
            var title = $"{study.Name}: {Title(measure)}{(change ? ", % change from pre" : "")}";
            figures.Add(new ValidationFigure(title, change ? "change from pre (%)" : $"{Title(measure)} ({DisplayUnits.Figure(unit)})", curves, points));
        }
        return figures;
    }

    /// <summary>Draws <paramref name="figure"/> as a PNG image.</summary>
    public static byte[] Png(ValidationFigure figure, IReadOnlyList<string> conditionOrder)
    {
        var plot = new Plot();
        Color ColourOf(string condition) => SeriesColours.Colour(Math.Max(0, IndexOf(conditionOrder, condition)));

        if (figure.XLabel == TimeAxisLabel)
        {
            var end = plot.Add.VerticalLine(0, 1, Colors.Gray, LinePattern.Dotted);
            end.LegendText = "end of last set";
        }
        foreach (var curve in figure.Curves)
        {
            var line = plot.Add.ScatterLine(curve.MinutesAfterEnd.ToArray(), curve.Values.ToArray(), ColourOf(curve.Condition));
            line.LineWidth = curve.Graded ? 2 : 1.5f;
            line.LinePattern = curve.Graded ? LinePattern.Solid : LinePattern.Dashed;
            line.LegendText = curve.Legend;
        }
        foreach (var condition in figure.Points.GroupBy(p => p.Condition))
        {
            var xs = condition.Select(p => p.MinutesAfterEnd).ToArray();
            var ys = condition.Select(p => p.Observed).ToArray();
            var colour = ColourOf(condition.Key);
            var bars = new ScottPlot.Plottables.ErrorBar(
                xs,
                ys,
                null,
                null,
                condition.Select(p => p.High - p.Observed).ToArray(),
                condition.Select(p => p.Observed - p.Low).ToArray())
            {
                Color = colour,
                LineWidth = 1.5f,
            };
            plot.Add.Plottable(bars);
            var markers = plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 8, colour);
            markers.LegendText = condition.Key + " observed";
        }
        plot.Title(figure.Title);
        plot.XLabel(figure.XLabel);
        plot.YLabel(figure.YLabel);
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.AutoScale();
        return plot.GetImageBytes(WidthPixels, HeightPixels, ImageFormat.Png);
    }

    private static int IndexOf(IReadOnlyList<string> list, string item)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == item)
            {
                return i;
            }
        }
        return -1;
    }

    private static string Variant(Observation o) =>
        (o.Baseline is { } baseline ? $" (pre {Format.Number(baseline)} {DisplayUnits.Figure(o.Unit)})" : " (model scale)") + (o.Corrected ? " PV-corrected" : "");

    private static string Title(ObservedMeasure measure) => measure switch
    {
        ObservedMeasure.PlasmaVolume => "Plasma volume",
        ObservedMeasure.MuscleSize => "Muscle size change",
        ObservedMeasure.OneRm => "1RM change",
        ObservedMeasure.FatFreeMass => "Fat-free mass change",
        ObservedMeasure.RestingTestosterone => "Resting testosterone change",
        _ => ((Measure)(int)measure).Title(),
    };

    /// <summary>
    /// Figures of a study's long-term observations: per measure (and muscle group, side or exercise), each program
    /// condition's predicted course over the weeks and the observed values with their ranges at their week.
    /// Orderings and differences between conditions draw both courses, without points.
    /// </summary>
    private static IEnumerable<ValidationFigure> LongTermFigures(ValidationReport report, ValidationStudy study, IReadOnlyList<GradedObservation> graded)
    {
        foreach (var group in graded.GroupBy(c => (c.Observation.Measure, c.Observation.Group, c.Observation.Side, c.Observation.Exercise, c.Observation.Unit)))
        {
            var (measure, muscle, side, exercise, unit) = group.Key;
            var template = group.First().Observation;
            var involved = group.SelectMany(c => new[] { c.Observation.Condition, c.Observation.Other }).OfType<string>().ToHashSet();
            var curves = new List<ValidationCurve>();
            foreach (var condition in study.Conditions.Where(c => c.IsProgram && involved.Contains(c.Key)))
            {
                var result = report.Programs[(study.Name, condition.Key)];
                var weeks = Enumerable.Range(0, result.Weeks + 1).Select(w => (double)w).ToArray();
                var values = weeks.Select(w => w == 0 ? 0.0
                    : ValidationGrader.PredictLongTerm(template with { Condition = condition.Key, When = new ObservationTime("week", (int)w, 0, "") }, result)).ToArray();
                curves.Add(new ValidationCurve(condition.Key, condition.Key, weeks, values, true));
            }
            var points = group.Where(c => c.Observation.Comparison is Comparison.Value or Comparison.ChangePercent && double.IsFinite(c.Observation.Observed))
                .Select(c => new ValidationPoint(c.Observation.Condition, c.Observation.Id, c.Observation.When.Bout, c.Observation.Observed, c.Low, c.High, c.Verdict))
                .ToArray();
            var what = Title(measure) + (muscle is null ? "" : $", {muscle}{(side is null or "mean" ? "" : $" ({side})")}") + (exercise is null ? "" : $", {exercise}");
            yield return new ValidationFigure($"{study.Name}: {what}", $"{Title(measure)} ({DisplayUnits.Figure(unit)})", curves, points, WeekAxisLabel);
        }
    }
}
