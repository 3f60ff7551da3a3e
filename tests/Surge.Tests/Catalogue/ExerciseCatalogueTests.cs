using Surge.Catalogue;
using Surge.Tests.Support;

namespace Surge.Tests.Catalogue;

public sealed class ExerciseCatalogueTests
{
    private static ExerciseCatalogue Catalogue => TestCatalogue.Instance;

    [Fact]
    public void Default_EmbeddedResource_LoadsValidCatalogue()
    {
        var catalogue = ExerciseCatalogue.Default;
        Assert.NotEmpty(catalogue.All);
        Assert.Same(catalogue, ExerciseCatalogue.Default);
        Assert.All(catalogue.All, e => Assert.Same(e, catalogue.Find(e.Name)));
    }

    [Theory]
    [InlineData("back squat", "back squat")]
    [InlineData("Back Squat", "back squat")]
    [InlineData("BACK-SQUAT", "back squat")]
    [InlineData("  back   squat ", "back squat")]
    [InlineData("back_squat.", "back squat")]
    [InlineData("back squats", "back squat")]
    [InlineData("Squat (Barbell)", "back squat")]
    [InlineData("barbell squat", "back squat")]
    [InlineData("leg extensions", "leg extension")]
    [InlineData("Leg Extension (Machine)", "leg extension")]
    [InlineData("Leg Press (Machine)", "leg press")]
    [InlineData("leg presses", "leg press")]
    [InlineData("biceps curl", "barbell curl")]
    [InlineData("Bicep Curls (Barbell)", "barbell curl")]
    [InlineData("Bench Press (Barbell)", "bench press")]
    [InlineData("Bench Press (Dumbbell)", "dumbbell bench press")]
    [InlineData("dumbbell bench presses", "dumbbell bench press")]
    [InlineData("Pull-Ups", "pull up")]
    [InlineData("pullup", null)]
    [InlineData("Pull Up (Assisted)", "pull up")]
    [InlineData("Triceps Pushdown (Cable - Straight Bar)", "triceps pushdown")]
    [InlineData("Triceps Pushdown (Cable)", "triceps pushdown")]
    [InlineData("Leg Press (Barbell)", null)]
    [InlineData("Bench Press (Smith Machine)", null)]
    [InlineData("zercher squat", null)]
    [InlineData("", null)]
    [InlineData("()", null)]
    public void Find_NameVariants_MatchesCanonicalEntry(string written, string? expected) =>
        Assert.Equal(expected, Catalogue.Find(written)?.Name);

    [Fact]
    public void Find_NameWithDumbbellQualifier_NeverReturnsBarbellEntry()
    {
        var catalogue = ExerciseCatalogue.Parse(TestCatalogue.Yaml.Replace("name: dumbbell bench press", "name: incline dumbbell press"), "x.yaml");
        Assert.Null(catalogue.Find("Bench Press (Dumbbell)"));
        Assert.Equal("bench press", catalogue.Find("Bench Press")?.Name);
    }

    [Theory]
    [InlineData("bak squat", "back squat")]
    [InlineData("leg extention", "leg extension")]
    [InlineData("benchpress", "bench press")]
    [InlineData("curl", "barbell curl")]
    public void Suggest_Misspelling_PutsIntendedNameFirst(string written, string expected) =>
        Assert.Equal(expected, Catalogue.Suggest(written)[0]);

    [Fact]
    public void Suggest_AnyName_ReturnsDistinctCanonicalNames()
    {
        var suggestions = Catalogue.Suggest("curls (dumbbell)", 5);
        Assert.Equal(5, suggestions.Count);
        Assert.Equal(suggestions.Distinct().Count(), suggestions.Count);
        Assert.All(suggestions, s => Assert.Contains(Catalogue.All, e => e.Name == s));
        Assert.Empty(Catalogue.Suggest("x", 0));
        Assert.Equal(3, Catalogue.Suggest("").Count);
    }

    [Theory]
    [InlineData("squat", new[] { "back squat" })]
    [InlineData("PRESS", new[] { "leg press", "bench press", "dumbbell bench press" })]
    [InlineData("elbow_flexors", new[] { "barbell curl", "dumbbell curl", "pull up" })]
    [InlineData("chin-up", new[] { "pull up" })]
    public void Search_Text_FindsByNameAliasOrMuscle(string text, string[] expected) =>
        Assert.Equal(expected, Catalogue.Search(text).Select(e => e.Name));

    [Fact]
    public void Search_Empty_ReturnsAll() => Assert.Equal(Catalogue.All.Count, Catalogue.Search(" ").Count());

    [Fact]
    public void Parse_ValidEntry_ReadsEveryField()
    {
        var squat = Catalogue.Find("back squat")!;
        Assert.Equal(Equipment.Barbell, squat.Equipment);
        Assert.Equal([MuscleGroup.Quadriceps, MuscleGroup.Glutes], squat.Primary);
        Assert.Equal(0.35, squat.ActivationOf(MuscleGroup.LowerBack));
        Assert.Equal(0.0, squat.ActivationOf(MuscleGroup.Chest));
        Assert.False(squat.Unilateral);
        Assert.Equal(0.8, squat.BodyMassShare);
        Assert.Equal(1.5, squat.OneRmRatio);
        Assert.Equal(["Squat (Barbell)", "barbell squat"], squat.Aliases);
    }

    [Theory]
    [InlineData("primary: [quadriceps]", "primary: [quads]", "unknown muscle id 'quads'")]
    [InlineData("activation: {quadriceps: 0.85}", "activation: {quadriceps: 0.85, chest: 0.2}", "neither primary nor secondary")]
    [InlineData("activation: {quadriceps: 0.85}", "activation: {quadriceps: 1.5}", "(0, 1]")]
    [InlineData("activation: {quadriceps: 0.85}", "activation: {quadriceps: 0}", "(0, 1]")]
    [InlineData("activation: {quadriceps: 0.85}", "activation: {}", "no activation given for 'quadriceps'")]
    [InlineData("aliases: [Leg Extension (Machine)]", "aliases: [Back-Squats!]", "same (after normalisation: 'back squat') as a name of 'back squat'")]
    [InlineData("equipment: machine\n    primary: [quadriceps]\n    secondary: []", "equipment: spaceship\n    primary: [quadriceps]\n    secondary: []", "unknown equipment 'spaceship'")]
    [InlineData("one_rm_ratio: 1.0\n    aliases: [Leg", "one_rm_ratio: lots\n    aliases: [Leg", "'one_rm_ratio' must be a number")]
    public void Parse_BrokenEntry_ThrowsNamingEntryAndProblem(string original, string broken, string mentions)
    {
        var seed = ReadSeed();
        Assert.Contains(original, seed);
        var text = seed.Replace(original, broken);
        var exception = Assert.Throws<FormatException>(() => ExerciseCatalogue.Parse(text, "broken.yaml"));
        Assert.Contains("broken.yaml:", exception.Message);
        Assert.Contains(mentions, exception.Message);
        Assert.Contains("'leg extension'", exception.Message);
    }

    [Theory]
    [InlineData("exercises: [", "broken.yaml:")]
    [InlineData("things: []", "a list 'exercises'")]
    [InlineData("exercises:\n  - name: x\n    name: y", "duplicate key 'name'")]
    [InlineData("exercises:\n  - equipment: barbell", "missing 'name'")]
    public void Parse_BrokenDocument_ThrowsWithClearMessage(string text, string mentions) =>
        Assert.Contains(mentions, Assert.Throws<FormatException>(() => ExerciseCatalogue.Parse(text, "broken.yaml")).Message);

    [Fact]
    public void Suggest_NameOf300000Characters_ComparesOnlyTheFirst100AndReturnsAtOnce()
    {
        var name = "barbell row " + new string('x', 300_000);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();

        var suggestions = ExerciseCatalogue.Default.Suggest(name);

        stopwatch.Stop();
        Assert.Equal(ExerciseCatalogue.Default.Suggest(name[..ExerciseCatalogue.MaximumNameLength]), suggestions);
        // Generous: bounded, it takes milliseconds; unbounded it took 11.8 s (issue 15).
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(1), $"Suggest took {stopwatch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Theory]
    [InlineData(100, null)]
    [InlineData(101, "too long (101 characters; at most 100)")]
    public void NameLengthProblem_AtAndOverTheLimit_SaysTheLength(int length, string? expected) =>
        Assert.Equal(expected, ExerciseCatalogue.NameLengthProblem(new string('a', length)));

    // The broken-entry cases edit the test catalogue's text, so they do not depend on the shipped data.
    private static string ReadSeed() => TestCatalogue.Yaml;
}
