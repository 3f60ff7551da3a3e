using Surge.App;
using Surge.Catalogue;
using Surge.Import;
using Surge.Logs;

namespace Surge.Import.Tests;

/// <summary>The shipped app export (examples/strong-8-weeks.csv) reads whole (session examples: Surge.Tests' ExampleFilesTests).</summary>
public sealed class ExampleExportTests
{
    [Fact]
    public void ShippedStrongExport_ImportsEveryRow_WithNothingUnmatched()
    {
        var result = InputFiles.LoadLog(Path.Combine(AppContext.BaseDirectory, "examples", "strong-8-weeks.csv"),
            new LogReadOptions(LogFormat.Strong, ExerciseCatalogue.Default, WeightUnit.Kg));

        Assert.True(result.Success, result.Error?.ToString());
        var log = result.Log!;
        Assert.Equal(24, log.Workouts.Count);
        Assert.Equal(390, log.SetCount);
        Assert.Empty(log.Skipped);
        Assert.Empty(log.Unmatched);
        Assert.Equal(21, log.Workouts.Sum(w => w.Sets.Count(s => s.Kind == SetKind.WarmUp)));
    }
}
