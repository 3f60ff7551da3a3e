using Surge.Quantities;

namespace Surge.Tests;

public sealed class RepetitionMaximumTests
{
    [Theory]
    [InlineData(1, 1.0)]
    [InlineData(5, 32.0 / 36.0)]
    [InlineData(10, 0.75)]
    [InlineData(20, 0.6)]
    [InlineData(30, 0.5)]
    public void FractionOfOneRm_KnownReps_MatchesBrzyckiThenEpley(int reps, double expected) =>
        Assert.Equal(expected, RepetitionMaximum.FractionOfOneRm(reps), 6);

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(2.0)]
    [InlineData(7.3)]
    [InlineData(10.0)]
    [InlineData(12.5)]
    [InlineData(40.0)]
    public void MaximumRepetitions_IsInverseOfFraction(double reps) =>
        Assert.Equal(reps, RepetitionMaximum.MaximumRepetitions(RepetitionMaximum.FractionOfOneRm(reps)), 9);
}
