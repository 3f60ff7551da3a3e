using Spectre.Console;
using Spectre.Console.Rendering;
using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Reports;
using Surge.Simulation;

namespace Surge.Cli.Terminal;

/// <summary>The human-readable output of <c>surge train</c> and of <c>surge compare</c> for programs.</summary>
public static class ProgramTables
{
    /// <summary>What the acute surge share means, in one sentence.</summary>
    public static IReadOnlyList<string> SurgeShareExplanation { get; } =
    [
        "That is the part of the predicted growth the model credits to the brief testosterone rise after each workout (acting through the",
        "trained muscle's androgen receptors); the rest comes from the training itself (hard sets, effort, nutrition) and the resting hormone levels.",
    ];

    /// <summary>Cell text where both sides changed alike.</summary>
    public const string SameSides = "—";

    /// <summary>The <c>surge train</c> output: muscle table, strength table, then testosterone, surge share, fat-free mass and weeks.</summary>
    public static void Train(IAnsiConsole console, SimulatedProgram program)
    {
        var result = program.Result;
        console.WriteLine(program.Name);
        console.WriteLine();

        var shown = ProgramGroups.Shown(program);
        var muscles = new Table().Border(TableBorder.Rounded);
        muscles.AddColumn("muscle group");
        muscles.AddColumn(new TableColumn("size change").RightAligned());
        muscles.AddColumn(new TableColumn("left").RightAligned());
        muscles.AddColumn(new TableColumn("right").RightAligned());
        muscles.AddColumn(new TableColumn("hard sets per week").RightAligned());
        foreach (var group in shown)
        {
            var change = ProgramGroups.Change(result.Muscles, group);
            var sidesDiffer = Math.Abs(change.LeftPct - change.RightPct) >= ProgramGroups.ShownChangePct;
            muscles.AddRow(
                Cell(group.Id()),
                Cell(Format.SignedPercent(change.SizeChangePct)),
                Cell(sidesDiffer ? Format.SignedPercent(change.LeftPct) : SameSides),
                Cell(sidesDiffer ? Format.SignedPercent(change.RightPct) : SameSides),
                Cell(HardSets(program.MeanHardSetsPerWeek(group))));
        }
        console.Write(muscles);
        var others = MuscleGroups.All.Count - shown.Count;
        if (others > 0)
        {
            console.WriteLine($"other groups ({others}): no change");
        }
        console.WriteLine($"size change: mean of both sides, % from the start; left/right shown where the sides differ ({SameSides}: alike); hard sets: mean over the training weeks.");
        console.WriteLine();

        var strength = program.Strength;
        if (strength.Count > 0)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("exercise");
            table.AddColumn(new TableColumn("1RM start").RightAligned());
            table.AddColumn(new TableColumn("1RM end").RightAligned());
            table.AddColumn(new TableColumn("change").RightAligned());
            foreach (var change in strength)
            {
                table.AddRow(
                    Cell(change.Exercise),
                    Cell(Format.Kilograms(change.StartOneRmKg)),
                    Cell(Format.Kilograms(change.OneRmKg)),
                    Cell(Format.SignedPercent(change.OneRmChangePct)));
            }
            console.Write(table);
            console.WriteLine();
        }

        console.WriteLine(
            $"resting testosterone (08:00): {Format.Value(program.StartRestingTestosteroneNmolPerL, "nmol/L")} → " +
            $"{Format.Value(program.EndRestingTestosteroneNmolPerL, "nmol/L")} ({Format.SignedPercent(result.RestingTestosteroneChangePct)})");
        if (result.Surge.Sessions > 0)
        {
            console.WriteLine($"acute surge per session (mean of {Format.Integer(result.Surge.Sessions)}): total testosterone {Format.SignedPercent(result.Surge.TotalTestosteroneRisePct)}, " +
                $"GH peak {Format.Value(result.Surge.GrowthHormonePeakUgPerL, ConsoleUnits.For(Measure.GrowthHormone.Unit(), console))}, cortisol {Format.SignedPercent(result.Surge.CortisolRisePct)}");
        }
        console.WriteLine($"share of growth attributed to acute hormone surges: {Format.Percent(result.AcuteSurgeSharePct)}");
        foreach (var line in SurgeShareExplanation)
        {
            console.WriteLine("  " + line);
        }
        console.WriteLine($"fat-free mass change: {SignedKilograms(result.FatFreeMassChangeKg)}");
        console.WriteLine($"weeks: {Format.Integer(result.Weeks)} ({Format.Integer(program.TrainingWeeks().Count)} with training)");
    }

    /// <summary>The <c>surge compare</c> output for programs: size change per muscle, 1RM change per exercise, and summary rows; one column per file.</summary>
    public static void Comparison(IAnsiConsole console, IReadOnlyList<SimulatedProgram> programs)
    {
        var labels = Labels(programs);
        var table = new Table().Border(TableBorder.Rounded);
        table.AddColumn("");
        foreach (var label in labels)
        {
            table.AddColumn(new TableColumn(Markup.Escape(label)).RightAligned());
        }
        void Row(string what, Func<SimulatedProgram, string> cell)
        {
            var cells = new List<IRenderable> { Cell(what) };
            cells.AddRange(programs.Select(p => Cell(cell(p))));
            table.AddRow(cells);
        }

        var groups = programs.SelectMany(ProgramGroups.Shown).Distinct().Order().ToArray();
        foreach (var group in groups)
        {
            Row($"{group.Id()} size", p => Format.SignedPercent(ProgramGroups.Change(p.Result.Muscles, group).SizeChangePct));
        }
        if (groups.Length > 0)
        {
            table.AddEmptyRow();
        }
        var exercises = programs.SelectMany(p => p.Strength.Select(s => s.Exercise)).Distinct(StringComparer.Ordinal).ToArray();
        foreach (var exercise in exercises)
        {
            Row($"{exercise} 1RM", p => p.Strength.FirstOrDefault(s => s.Exercise == exercise) is { } s ? Format.SignedPercent(s.OneRmChangePct) : "—");
        }
        if (exercises.Length > 0)
        {
            table.AddEmptyRow();
        }
        Row("session T rise (mean)", p => p.Result.Surge.Sessions > 0 ? Format.SignedPercent(p.Result.Surge.TotalTestosteroneRisePct) : "—");
        Row("session GH peak (mean)", p => p.Result.Surge.Sessions > 0 ? Format.Value(p.Result.Surge.GrowthHormonePeakUgPerL, ConsoleUnits.For(Measure.GrowthHormone.Unit(), console)) : "—");
        Row("acute surge share of growth", p => Format.Percent(p.Result.AcuteSurgeSharePct));
        Row("resting testosterone", p => Format.SignedPercent(p.Result.RestingTestosteroneChangePct));
        Row("fat-free mass", p => SignedKilograms(p.Result.FatFreeMassChangeKg));
        Row("weeks", p => Format.Integer(p.Result.Weeks));
        console.Write(table);
        console.WriteLine("size and 1RM: % change from the start to the end of the program (—: not in that program); groups shown where trained or changed.");
        console.WriteLine("acute surge share of growth:");
        foreach (var line in SurgeShareExplanation)
        {
            console.WriteLine("  " + line);
        }
    }

    private static string HardSets(double sets) => sets.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " sets";

    private static string SignedKilograms(double kilograms) =>
        kilograms.ToString("+0.00;-0.00;0.00", System.Globalization.CultureInfo.InvariantCulture) + " kg";

    private static string[] Labels(IReadOnlyList<SimulatedProgram> programs)
    {
        var names = programs.Select(p => p.Name).ToArray();
        return names.Distinct(StringComparer.Ordinal).Count() == names.Length ? names : programs.Select(p => p.File).ToArray();
    }

    private static Text Cell(string text) => new(text);
}
