using Surge.Quantities;
using Surge.Simulation;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Simulation;

/// <summary>
/// The state at the end of each bout: studies sample "immediately after", which falls between the grid's whole minutes,
/// and a set's plasma-volume shift happens within seconds (docs/model.md, section 5; docs/validation.md).
/// </summary>
public sealed class BoutEndTests
{
    private static Session OneSquatSet(double recordMin = 30) => Sessions.Build()
        .At(9, 0)
        .For(Athletes.Man(age: 25))
        .Exercise("back squat", sets: 1, reps: 10, load: Load.RepetitionMaximum(10), rest: TimeSpan.FromMinutes(2))
        .RecordForMinutes(recordMin)
        .Build();

    [Fact]
    public void Simulate_OneSet_RecordsTheStateAtTheSetsEnd()
    {
        var result = OneSquatSet().Simulate();
        var end = Assert.Single(result.BoutEnds);
        Assert.Equal(result.Session.EndMin, end.TimeMin, 12);
        Assert.True(end.TimeMin is > 0 and < 1, $"one set of ten squats ends at {end.TimeMin:0.###} min");
        // The shift at the set's end is the model's own, not a line from rest at 0 min to the value at 1 min.
        Assert.Equal(end.PlasmaVolumeChangePct, result.PlasmaVolumeChangeAt(end.TimeMin), 12);
        var gridLine = end.TimeMin * result.PlasmaVolumeChangePct[1];
        Assert.True(Math.Abs(end.PlasmaVolumeChangePct - gridLine) > 0.1,
            $"plasma volume at the set's end {end.PlasmaVolumeChangePct:0.00} % vs {gridLine:0.00} % read off the minute grid");
        foreach (var measure in Measures.All)
        {
            Assert.Equal(end.Values[(int)measure], result.ValueAt(measure, end.TimeMin), 12);
        }
    }

    [Fact]
    public void ValueAt_BetweenTheBoutEndAndTheNextMinute_IsLinearBetweenThem()
    {
        var result = OneSquatSet().Simulate();
        var end = result.BoutEnds[0];
        var halfway = 0.5 * (end.TimeMin + 1.0);
        var expected = 0.5 * (end.PlasmaVolumeChangePct + result.PlasmaVolumeChangePct[1]);
        Assert.Equal(expected, result.PlasmaVolumeChangeAt(halfway), 12);
        var lactate = 0.5 * (end.Values[(int)Measure.Lactate] + result[Measure.Lactate].Values[1]);
        Assert.Equal(lactate, result.ValueAt(Measure.Lactate, halfway), 12);
        // On whole minutes the grid's own values.
        Assert.Equal(result.PlasmaVolumeChangePct[5], result.PlasmaVolumeChangeAt(5.0), 12);
    }

    [Fact]
    public void Simulate_LegDay_OneBoutEndPerExerciseAtTheEndOfItsLastSet()
    {
        var result = Sessions.LegDay().Simulate();
        Assert.Equal(4, result.BoutEnds.Count);
        for (var bout = 0; bout < 4; bout++)
        {
            var lastSet = result.Sets.Where(s => s.BoutIndex == bout).Max(s => s.EndMin);
            Assert.Equal(lastSet, result.BoutEnds[bout].TimeMin, 12);
        }
        Assert.Equal(result.Session.EndMin, result.BoutEnds[^1].TimeMin, 12);
    }
}
