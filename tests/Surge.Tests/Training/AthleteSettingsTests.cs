using Surge.Quantities;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Training;

/// <summary>A stored profile's values are checked exactly as a session file's athlete is.</summary>
public sealed class AthleteSettingsTests
{
    [Theory]
    [InlineData("age", "15")]
    [InlineData("age", "14.9")]
    [InlineData("age", "100")]
    [InlineData("age", "101")]
    [InlineData("body_mass", "30 kg")]
    [InlineData("body_mass", "29.9 kg")]
    [InlineData("body_mass", "551 lb")]
    [InlineData("body_mass", "552 lb")]
    [InlineData("body_mass", "80 st")]
    [InlineData("body_fat", "3 %")]
    [InlineData("body_fat", "2.9 %")]
    [InlineData("body_fat", "60 %")]
    [InlineData("body_fat", "61")]
    [InlineData("resting_testosterone", "150 nmol/L")]
    [InlineData("resting_testosterone", "151 nmol/L")]
    [InlineData("resting_testosterone", "577 ng/dL")]
    [InlineData("resting_testosterone", "2 ng/dL")]
    public void Parse_AcceptsExactlyWhatASessionFileAccepts_WithTheSameValue(string field, string text)
    {
        var session = SessionYaml.Parse($"athlete:\n  {field}: {text}\nexercises: []\n");
        QuantityParseResult<double> parsed = field switch
        {
            "age" => AthleteSettings.ParseAgeYears(text),
            "body_mass" => AthleteSettings.ParseBodyMassKg(text),
            "body_fat" => AthleteSettings.ParseBodyFatFraction(text),
            _ => AthleteSettings.ParseMorningTestosteroneNmolPerL(text),
        };

        Assert.Equal(session.Success, parsed.Success);
        if (session.Success)
        {
            var athlete = session.Session!.Athlete;
            var expected = field switch
            {
                "age" => athlete.AgeYears,
                "body_mass" => athlete.BodyMassKg,
                "body_fat" => athlete.BodyFatFraction,
                _ => athlete.MorningTestosteroneNmolPerL!.Value,
            };
            Assert.Equal(expected, parsed.Value, 12);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(parsed.Error));
        }
    }

    [Fact]
    public void ToAthlete_UnsetFields_AreTheDefaultsForTheSex_AndUpdateKeepsUnsetFields()
    {
        var woman = new AthleteSettings(Sex.Female).ToAthlete();
        Assert.Equal(Athlete.Create(Sex.Female), woman);
        Assert.Equal(Athlete.Default, AthleteSettings.None.ToAthlete());

        var stored = new AthleteSettings(Sex.Female, 60, 70, 0.3, TrainingStatus.Elite, 1.1);
        Assert.Equal(stored with { AgeYears = 61 }, stored.Update(new AthleteSettings(AgeYears: 61)));
        Assert.Equal(stored, stored.Update(AthleteSettings.None));
    }
}
