using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Adaptation;

/// <summary>Training status, the ceiling, detraining, sex and age.</summary>
public sealed class PopulationAndDetrainingTests
{
    private static TrainingDay[] LegWeek() => [Programs.LegDay(DayOfWeek.Monday), Programs.LegDay(DayOfWeek.Thursday)];

    private static ProgramResult Legs(Athlete athlete, int weeks = 12) => Programs.Build().For(athlete).Train(weeks, LegWeek()).Build().Simulate();

    [Fact]
    public void Simulate_TrainingStatus_UntrainedGrowFasterThanTrainedThanElite()
    {
        var gains = new[] { TrainingStatus.Untrained, TrainingStatus.Trained, TrainingStatus.Elite }
            .Select(s => Legs(Athletes.Man(status: s)).Muscles[MuscleGroup.Quadriceps].SizeChangePct).ToArray();
        var numbers = $"quadriceps untrained {gains[0]:F3} %, trained {gains[1]:F3} %, elite {gains[2]:F3} %";

        Assert.True(gains[0] > gains[1] && gains[1] > gains[2], numbers);
        Assert.True(gains[2] > 0.0, numbers);
    }

    [Theory]
    [InlineData(TrainingStatus.Untrained)]
    [InlineData(TrainingStatus.Trained)]
    [InlineData(TrainingStatus.Elite)]
    public void Simulate_TwentyFourWeeks_SecondTwelveWeeksGrowLessThanTheFirst(TrainingStatus status)
    {
        var result = Legs(Athletes.Man(status: status), weeks: 24);
        var first = result.Weekly[11].Muscles[MuscleGroup.Quadriceps].SizeChangePct;
        var second = result.Weekly[23].Muscles[MuscleGroup.Quadriceps].SizeChangePct - first;

        Assert.True(second > 0.0 && second < first, $"{status}: weeks 1-12 {first:F3} %, weeks 13-24 {second:F3} %");
    }

    [Fact]
    public void Simulate_EightWeeksOffAfterEightWeeksOfTraining_SizeFallsWhileStrengthHoldsAtFirst()
    {
        var result = Programs.Build().For(Athletes.Man(status: TrainingStatus.Untrained)).Train(8, LegWeek()).Rest(8).Build().Simulate();
        var trainedSize = result.Weekly[7].Muscles[MuscleGroup.Quadriceps].SizeChangePct;
        var finalSize = result.Weekly[15].Muscles[MuscleGroup.Quadriceps].SizeChangePct;
        var oneRmGain = result.Weekly[7].Strength[0].OneRmKg - result.Weekly[7].Strength[0].StartOneRmKg;
        var oneRmAfterTwoWeeksOff = result.Weekly[9].Strength[0].OneRmKg - result.Weekly[9].Strength[0].StartOneRmKg;
        var numbers = $"quadriceps {trainedSize:F3} % after 8 weeks of training, {finalSize:F3} % after 8 weeks off; "
            + $"{result.Weekly[7].Strength[0].Exercise} 1RM gain {oneRmGain:F3} kg, {oneRmAfterTwoWeeksOff:F3} kg after 2 weeks off";

        Assert.Equal(16, result.Weekly.Count);
        Assert.True(trainedSize > 0.0 && finalSize < 0.8 * trainedSize, numbers);
        Assert.True(finalSize >= 0.0, numbers);
        Assert.True(oneRmGain > 0.0 && oneRmAfterTwoWeeksOff >= 0.95 * oneRmGain, numbers);
    }

    [Fact]
    public void Simulate_WomenAndMen_SimilarRelativeSizeGainLargerRelativeStrengthGainInWomen()
    {
        var man = Legs(Athletes.Man(status: TrainingStatus.Untrained));
        var woman = Legs(Athletes.Woman(status: TrainingStatus.Untrained));
        var (manSize, womanSize) = (man.Muscles[MuscleGroup.Quadriceps].SizeChangePct, woman.Muscles[MuscleGroup.Quadriceps].SizeChangePct);
        var (manOneRm, womanOneRm) = (man.OneRmChangePct("back squat"), woman.OneRmChangePct("back squat"));
        var numbers = $"quadriceps men {manSize:F3} %, women {womanSize:F3} %; squat 1RM men {manOneRm:F3} %, women {womanOneRm:F3} %";

        Assert.True(manSize > 0.0, numbers);
        Assert.True(Math.Abs(womanSize / manSize - 1.0) <= 0.2, numbers);
        Assert.True(womanOneRm > manOneRm, numbers);
    }

    [Fact]
    public void Simulate_SixtyFiveYearOld_GainsLessThanTwentyFiveYearOld()
    {
        var young = Legs(Athletes.Man(age: 25, status: TrainingStatus.Untrained)).Muscles[MuscleGroup.Quadriceps].SizeChangePct;
        var old = Legs(Athletes.Man(age: 65, status: TrainingStatus.Untrained)).Muscles[MuscleGroup.Quadriceps].SizeChangePct;

        Assert.True(old > 0.0 && old < young, $"quadriceps at 25: {young:F3} %, at 65: {old:F3} %");
    }
}

/// <summary>An untrained muscle becomes a trained one as it is trained (docs/model.md section 13, "Growth").</summary>
public sealed class TrainingStatusProgressionTests
{
    private static readonly GrowthParameters _g = Surge.Physiology.ModelParameters.Default.Group<GrowthParameters>();

    [Fact]
    public void StatusRate_Untrained_FallsFromTheUntrainedTowardTheTrainedRateWithTheDaysTrained()
    {
        Assert.Equal(_g.RateUntrained, _g.StatusRate(TrainingStatus.Untrained, 0.0), 12);
        Assert.Equal(_g.RateTrained + (_g.RateUntrained - _g.RateTrained) / Math.E, _g.StatusRate(TrainingStatus.Untrained, _g.StatusProgressionTau), 12);
        var rates = Enumerable.Range(0, 121).Select(d => _g.StatusRate(TrainingStatus.Untrained, 30.0 * d)).ToArray();
        Assert.All(rates.Zip(rates.Skip(1)), pair => Assert.True(pair.Second < pair.First, $"{pair.First} then {pair.Second}"));
        Assert.True(rates[^1] > _g.RateTrained && rates[^1] < _g.RateTrained * 1.001, $"after ten years {rates[^1]} against trained {_g.RateTrained}");
        Assert.Equal(_g.RateTrained, _g.StatusRate(TrainingStatus.Trained, 365.0), 12);
        Assert.Equal(_g.RateElite, _g.StatusRate(TrainingStatus.Elite, 365.0), 12);
    }

    [Fact]
    public void Simulate_AYearOfTheSameProgram_UntrainedGrowthPerHeadroomLeftSlowsTrainedDoesNot()
    {
        // Growth per unit of headroom left, (ΔG/Δt)/(1 − G/G_max), in weeks 2-5 against weeks 48-51: the headroom term is
        // divided out, so what remains is the rate itself.
        double Ratio(TrainingStatus status)
        {
            var result = Programs.Build().For(Athletes.Man(status: status))
                .Train(52, Programs.LegDay(DayOfWeek.Monday), Programs.LegDay(DayOfWeek.Thursday)).Build().Simulate();
            var headroom = _g.Headroom(status);
            double G(int week) => result.Weekly[week].Muscles[MuscleGroup.Quadriceps].SizeChangePct / 100.0;
            double PerHeadroom(int from, int to) => (G(to) - G(from)) / (1.0 - (G(from) + G(to)) / 2.0 / headroom);
            return PerHeadroom(47, 51) / PerHeadroom(1, 5);
        }
        var untrained = Ratio(TrainingStatus.Untrained);
        var trained = Ratio(TrainingStatus.Trained);

        Assert.True(trained > 0.9 && trained < 1.1, $"trained: late/early growth per headroom {trained:F3}");
        Assert.True(untrained < 0.8 * trained, $"untrained {untrained:F3} against trained {trained:F3}");
    }
}
