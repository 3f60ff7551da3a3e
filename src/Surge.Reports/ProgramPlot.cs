using ScottPlot;
using Surge.Adaptation;
using Surge.Catalogue;

namespace Surge.Reports;

/// <summary>
/// Figures of programs over weeks (PNG or SVG). One program: panel 1 size change per trained muscle, panel 2 1RM
/// change per exercise. Several: one panel per trained muscle, each file a colour.
/// </summary>
public static class ProgramPlot
{
    public const int PanelHeightPixels = 300;

    private const string WeekAxis = "week";

    /// <summary>Draws <paramref name="programs"/> and writes <paramref name="path"/> atomically.</summary>
    public static void Write(string path, string option, IReadOnlyList<SimulatedProgram> programs)
    {
        var (multiplot, panels) = programs.Count == 1 ? Single(programs[0]) : Overlay(programs);
        PlotOutput.Save(path, option, multiplot, PlotOutput.WidthPixels, PanelHeightPixels * panels);
    }

    private static (Multiplot Multiplot, int Panels) Single(SimulatedProgram program)
    {
        var weeks = Weeks(program);

        var size = new Plot();
        var groups = ProgramGroups.Shown(program);
        for (var k = 0; k < groups.Count; k++)
        {
            var values = Series(program, w => Muscle(w, groups[k]).SizeChangePct);
            var line = SeriesColours.Line(size, weeks, values, k);
            line.LineWidth = 2;
            line.LegendText = groups[k].Id();
        }
        size.Title($"{program.Name}: muscle size and 1RM over the program");
        size.YLabel("size change (%)");

        var strength = new Plot();
        var exercises = program.Strength.Select(s => s.Exercise).ToArray();
        for (var k = 0; k < exercises.Length; k++)
        {
            var name = exercises[k];
            var values = Series(program, w => w.Strength.FirstOrDefault(s => s.Exercise == name)?.OneRmChangePct ?? 0.0);
            var line = SeriesColours.Line(strength, weeks, values, k);
            line.LineWidth = 2;
            line.LegendText = name;
        }
        strength.YLabel("1RM change (%)");

        return (Layout([size, strength], program.Result.Weeks), 2);
    }

    private static (Multiplot Multiplot, int Panels) Overlay(IReadOnlyList<SimulatedProgram> programs)
    {
        var groups = programs.SelectMany(ProgramGroups.Shown).Distinct().Order().ToArray();
        if (groups.Length == 0)
        {
            groups = [MuscleGroups.All[0]];
        }
        var plots = new List<Plot>();
        foreach (var group in groups)
        {
            var plot = new Plot();
            for (var k = 0; k < programs.Count; k++)
            {
                var line = SeriesColours.Line(plot, Weeks(programs[k]), Series(programs[k], w => Muscle(w, group).SizeChangePct), k);
                line.LineWidth = 2;
                if (plots.Count == 0)
                {
                    line.LegendText = programs[k].Name;
                }
            }
            plot.YLabel($"{group.Id()} size (%)");
            plots.Add(plot);
        }
        plots[0].Title(string.Join(" vs ", programs.Select(p => p.Name)) + ": size change per muscle group");
        return (Layout(plots, programs.Max(p => p.Result.Weeks)), plots.Count);
    }

    private static Multiplot Layout(IReadOnlyList<Plot> plots, int weeks)
    {
        var multiplot = new Multiplot { Layout = new ScottPlot.MultiplotLayouts.Rows() };
        while (multiplot.Subplots.Count > 0)
        {
            multiplot.Subplots.RemoveAt(0);
        }
        foreach (var plot in plots)
        {
            plot.Axes.Left.Label.FontSize = 14;
            plot.Axes.AutoScale();
            plot.Axes.SetLimitsX(0, Math.Max(1, weeks));
            plot.ShowLegend(Alignment.UpperLeft);
            multiplot.AddPlot(plot);
        }
        plots[^1].XLabel($"{WeekAxis} (end of week; 0 = start)");
        plots[^1].Axes.Bottom.Label.FontSize = 14;
        multiplot.SharedAxes.ShareX(plots.ToList());
        return multiplot;
    }

    /// <summary>0 (the start), then each week's number.</summary>
    private static double[] Weeks(SimulatedProgram program) =>
        [0.0, .. program.Result.Weekly.Select(w => (double)w.Week)];

    /// <summary>0 % at the start, then each week's value.</summary>
    private static double[] Series(SimulatedProgram program, Func<WeekState, double> value) =>
        [0.0, .. program.Result.Weekly.Select(value)];

    private static MuscleChange Muscle(WeekState week, MuscleGroup group) =>
        week.Muscles.TryGetValue(group, out var change) ? change : new MuscleChange(0, 0, 0);
}
