using Surge.App;
using Surge.Catalogue;
using Surge.Files;
using Surge.Quantities;
using Surge.Training;
using static Surge.Tests.Files.ProgramFileTesting;

namespace Surge.Tests.Files;

/// <summary>The shipped example programs: every one loads cleanly, and the pairs meant for comparison differ only where they should.</summary>
public sealed class ProgramFileShippedTests
{
    private static string ExamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);

    private static TrainingProgram LoadExample(string name)
    {
        var result = InputFiles.LoadProgram(ExamplePath(name), ExerciseCatalogue.Default);
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Empty(result.Warnings);
        return result.Program!;
    }

    public static TheoryData<string> Programs()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "program-*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }
        return data;
    }

    [Theory]
    [InlineData("program-west-arms-only.yaml")]
    [InlineData("program-west-arms-then-legs.yaml")]
    [InlineData("program-beginner-full-body-12wk.yaml")]
    [InlineData("program-hypertrophy-split.yaml")]
    [InlineData("program-strength-block.yaml")]
    [InlineData("program-detraining.yaml")]
    [InlineData("program-low-protein.yaml")]
    [InlineData("program-adequate-protein.yaml")]
    public void Programs_AreShipped(string name) => Assert.True(File.Exists(ExamplePath(name)), name);

    [Theory]
    [MemberData(nameof(Programs))]
    public void Load_ShippedProgram_LoadsWithoutErrorOrWarning(string name)
    {
        var program = LoadExample(name);
        Assert.InRange(program.Weeks, 1, TrainingProgram.MaximumWeeks);
        Assert.StartsWith("# ", File.ReadAllLines(ExamplePath(name))[0]);
        Assert.Contains("compare", File.ReadAllLines(ExamplePath(name))[0], StringComparison.OrdinalIgnoreCase);
        Assert.All(program.Blocks.SelectMany(b => b.Days), d => Assert.NotEmpty(d.Bouts));
    }

    [Fact]
    public void Load_WestPrograms_DifferOnlyByTheLegWork()
    {
        var arms = LoadExample("program-west-arms-only.yaml");
        var both = LoadExample("program-west-arms-then-legs.yaml");
        Assert.Equal((15, arms.Athlete, arms.Nutrition, arms.HeldTestosteroneNmolPerL), (both.Weeks, both.Athlete, both.Nutrition, both.HeldTestosteroneNmolPerL));
        Assert.Equal(TrainingStatus.Untrained, arms.Athlete.TrainingStatus);
        var armDays = arms.Blocks.Single().Days;
        var bothDays = both.Blocks.Single().Days;
        Assert.Equal(2, armDays.Count);
        Assert.Equal(armDays.Select(d => (d.Day, d.Start)), bothDays.Select(d => (d.Day, d.Start)));
        for (var i = 0; i < armDays.Count; i++)
        {
            var curl = Assert.Single(armDays[i].Bouts);
            Assert.Equal(Side.Left, curl.Side);
            Assert.Equal(curl, bothDays[i].Bouts[0] with { Sets = curl.Sets });
            Assert.Equal(curl.Sets, bothDays[i].Bouts[0].Sets);
            Assert.Equal(["leg press", "leg extension", "lying leg curl"], bothDays[i].Bouts.Skip(1).Select(b => b.Exercise.Name));
            Assert.All(bothDays[i].Bouts.Skip(1).SelectMany(b => b.Sets), s => Assert.Equal(TimeSpan.FromSeconds(60), s.Rest));
        }
    }

    [Fact]
    public void Load_BeginnerFullBody_IsTwelveWeeksOfThreeFullBodyDays()
    {
        var program = LoadExample("program-beginner-full-body-12wk.yaml");
        Assert.Equal(12, program.Weeks);
        Assert.Equal(TrainingStatus.Untrained, program.Athlete.TrainingStatus);
        var days = program.Blocks.Single().Days;
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], days.Select(d => d.Day));
        Assert.All(days, d =>
        {
            Assert.Equal(["back squat", "bench press", "barbell row", "overhead press", "romanian deadlift", "lat pulldown"], d.Bouts.Select(b => b.Exercise.Name));
            Assert.All(d.Bouts.SelectMany(b => b.Sets), s => Assert.Equal((10, Load.PercentOfOneRm(70), TimeSpan.FromSeconds(90)), (s.Reps, s.Load, s.Rest)));
            Assert.All(d.Bouts, b => Assert.Equal(3, b.Sets.Count));
        });
    }

    [Fact]
    public void Load_ProteinPair_DiffersOnlyInProtein()
    {
        var low = LoadExample("program-low-protein.yaml");
        var adequate = LoadExample("program-adequate-protein.yaml");
        var beginner = LoadExample("program-beginner-full-body-12wk.yaml");
        Assert.Equal((0.8, 1.6), (low.Nutrition.ProteinGPerKgPerDay, adequate.Nutrition.ProteinGPerKgPerDay));
        Assert.Equal(low with { Nutrition = adequate.Nutrition, Blocks = adequate.Blocks }, adequate);
        Assert.Equal(12, low.Weeks);
        Assert.Equal(Flatten(beginner), Flatten(low));
        Assert.Equal(Flatten(beginner), Flatten(adequate));
    }

    [Fact]
    public void Load_Detraining_IsEightWeeksOfTrainingThenFourWithout()
    {
        var program = LoadExample("program-detraining.yaml");
        Assert.Equal([8, 4], program.Blocks.Select(b => b.Weeks));
        Assert.Equal(3, program.Blocks[0].Days.Count);
        Assert.Empty(program.Blocks[1].Days);
        Assert.Equal(Flatten(LoadExample("program-beginner-full-body-12wk.yaml")).Take(8), Flatten(program).Take(8));
    }

    [Fact]
    public void Load_StrengthAndHypertrophy_AreForTrainedMen()
    {
        var strength = LoadExample("program-strength-block.yaml");
        var split = LoadExample("program-hypertrophy-split.yaml");
        Assert.Equal((8, 10), (strength.Weeks, split.Weeks));
        Assert.Equal(TrainingStatus.Trained, strength.Athlete.TrainingStatus);
        Assert.Equal(TrainingStatus.Trained, split.Athlete.TrainingStatus);
        Assert.Equal(4, split.Blocks.Single().Days.Count);
        Assert.All(strength.Blocks.Single().Days.SelectMany(d => d.Bouts).SelectMany(b => b.Sets), s =>
        {
            Assert.InRange(s.Reps, 3, 5);
            Assert.Equal(LoadKind.FractionOfOneRm, s.Load.Kind);
            Assert.InRange(s.Load.Value, 0.85, 0.90);
        });
    }

    /// <summary>The training of each week as comparable text (records with lists compare lists by reference).</summary>
    private static string[] Flatten(TrainingProgram program) =>
        program.Blocks.SelectMany(b => Enumerable.Repeat(b, b.Weeks)).Select(b => string.Join(" | ", b.Days.Select(d => $"{d.Day} {TrainingOf(d)}"))).ToArray();
}
