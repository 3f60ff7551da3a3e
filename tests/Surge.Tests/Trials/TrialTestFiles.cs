using Surge.App;
using Surge.Catalogue;
using Surge.Files;
using Surge.Trials;

namespace Surge.Tests.Trials;

/// <summary>Small trial documents for tests.</summary>
internal static class TrialTestFiles
{
    public static string SetsTrial(int n, string variability = "population", string design = "parallel", int seed = 7, int weeks = 6) => $$"""
        cohort:
          n: {{n}}
          athlete: {sex: male, age: 24, training_status: untrained}
          variability: {{variability}}
        design: {{design}}
        seed: {{seed}}
        arms:
          one_set:
        {{LegExtensionArm(sets: 1, weeks)}}
          three_sets:
        {{LegExtensionArm(sets: 3, weeks)}}
        outcomes:
          - {measure: muscle_size, group: quadriceps}
          - {measure: one_rm, exercise: leg extension}
          - {measure: acute_peak_change_pct, hormone: total_testosterone}
        """;

    /// <summary>An arm's program (indented under its name): leg extension to failure, twice a week.</summary>
    private static string LegExtensionArm(int sets, int weeks)
    {
        var day = $"{{exercises: [{{exercise: leg extension, sets: {sets}, reps: 10, load: 10RM, to_failure: true, rest: 2 min}}]}}";
        return $"    program:\n      weeks: {weeks}\n      week:\n        mon: {day}\n        thu: {day}";
    }

    public static Trial Parse(string text, string file = "trial.yaml")
    {
        var result = InputFiles.ParseTrial(text, file, ExerciseCatalogue.Default);
        Assert.True(result.Success, result.Error?.ToString());
        return result.Trial!;
    }

    public static InputError Error(string text, string file = "trial.yaml")
    {
        var result = InputFiles.ParseTrial(text, file, ExerciseCatalogue.Default);
        Assert.False(result.Success);
        return result.Error!;
    }
}
