using Surge.Quantities;

namespace Surge.Tests.Quantities;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("80 kg", 80.0)]
    [InlineData("80kg", 80.0)]
    [InlineData("80 KG", 80.0)]
    [InlineData("80", 80.0)]
    [InlineData("72.5 kg", 72.5)]
    [InlineData("100 lb", 45.359237)]
    [InlineData("100lbs", 45.359237)]
    [InlineData("  100 LB ", 45.359237)]
    public void ParseMass_ValidText_ReturnsKilograms(string text, double kilograms)
    {
        var result = QuantityParser.ParseMass(text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(kilograms, result.Value.Kilograms, 9);
    }

    [Theory]
    [InlineData("80 st", "unknown unit 'st'")]
    [InlineData("eighty", "'eighty'")]
    [InlineData("80,5 kg", "'80,5 kg'")]
    [InlineData("", "''")]
    [InlineData("-5 kg", "negative")]
    [InlineData("NaN", "'NaN'")]
    [InlineData("Infinity kg", "'Infinity kg'")]
    public void ParseMass_InvalidText_FailsNamingUnitsAndValue(string text, string mentions)
    {
        var result = QuantityParser.ParseMass(text);
        Assert.False(result.Success);
        Assert.Contains(mentions, result.Error);
        if (!mentions.Contains("negative", StringComparison.Ordinal))
        {
            Assert.Contains("kg or lb", result.Error);
        }
    }

    [Theory]
    [InlineData("75 %1RM", LoadKind.FractionOfOneRm, 0.75)]
    [InlineData("75%1rm", LoadKind.FractionOfOneRm, 0.75)]
    [InlineData("75 % 1RM", LoadKind.FractionOfOneRm, 0.75)]
    [InlineData("100 %1RM", LoadKind.FractionOfOneRm, 1.0)]
    [InlineData("10RM", LoadKind.RepetitionMaximum, 10.0)]
    [InlineData("10 rm", LoadKind.RepetitionMaximum, 10.0)]
    [InlineData("1RM", LoadKind.RepetitionMaximum, 1.0)]
    [InlineData("60 kg", LoadKind.Absolute, 60.0)]
    [InlineData("60", LoadKind.Absolute, 60.0)]
    [InlineData("0 kg", LoadKind.Absolute, 0.0)]
    [InlineData("135 lb", LoadKind.Absolute, 61.23497)]
    public void ParseLoad_ValidText_ReturnsKindAndValue(string text, LoadKind kind, double value)
    {
        var result = QuantityParser.ParseLoad(text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(kind, result.Value.Kind);
        Assert.Equal(value, result.Value.Value, 4);
    }

    [Theory]
    [InlineData("101 %1RM", "at most 100 %1RM")]
    [InlineData("0 %1RM", "more than 0 %1RM")]
    [InlineData("0RM", "from 1 to 100")]
    [InlineData("101RM", "from 1 to 100")]
    [InlineData("2.5RM", "whole number")]
    [InlineData("-10 kg", "cannot be negative")]
    [InlineData("1001 kg", "at most 1000 kg")]
    [InlineData("3000 lb", "at most 1000 kg")]
    [InlineData("60 stone", "unknown unit 'stone'")]
    [InlineData("heavy", "kg, lb, %1RM or NRM")]
    public void ParseLoad_InvalidText_FailsWithReason(string text, string mentions)
    {
        var result = QuantityParser.ParseLoad(text);
        Assert.False(result.Success);
        Assert.Contains(mentions, result.Error);
        Assert.Contains(text, result.Error);
    }

    [Theory]
    [InlineData("90 s", TimeSpanUnit.Seconds, 90.0)]
    [InlineData("90sec", TimeSpanUnit.Seconds, 90.0)]
    [InlineData("90", TimeSpanUnit.Seconds, 90.0)]
    [InlineData("2 min", TimeSpanUnit.Seconds, 120.0)]
    [InlineData("1.5 h", TimeSpanUnit.Seconds, 5400.0)]
    [InlineData("120", TimeSpanUnit.Minutes, 7200.0)]
    [InlineData("120 MIN", TimeSpanUnit.Minutes, 7200.0)]
    [InlineData("0", TimeSpanUnit.Minutes, 0.0)]
    public void ParseTimeSpan_ValidText_UsesUnitOrDefault(string text, TimeSpanUnit defaultUnit, double seconds)
    {
        var result = QuantityParser.ParseTimeSpan(text, defaultUnit);
        Assert.True(result.Success, result.Error);
        Assert.Equal(seconds, result.Value.TotalSeconds, 9);
    }

    [Theory]
    [InlineData("90 days", "unknown unit 'days'")]
    [InlineData("-1 min", "negative")]
    [InlineData("soon", "s, sec, min or h")]
    [InlineData("1e9 h", "at most 10000 h")]
    public void ParseTimeSpan_InvalidText_FailsWithReason(string text, string mentions)
    {
        var result = QuantityParser.ParseTimeSpan(text, TimeSpanUnit.Seconds);
        Assert.False(result.Success);
        Assert.Contains(mentions, result.Error);
    }

    [Fact]
    public void ParseTimeSpan_BareNumberError_NamesTheDefaultUnit()
    {
        Assert.Contains("a bare number is min", QuantityParser.ParseTimeSpan("x", TimeSpanUnit.Minutes).Error);
        Assert.Contains("a bare number is s", QuantityParser.ParseTimeSpan("x", TimeSpanUnit.Seconds).Error);
    }

    [Theory]
    [InlineData("15 %", 0.15)]
    [InlineData("15%", 0.15)]
    [InlineData("22.5", 0.225)]
    public void ParseBodyFatFraction_ValidText_ReturnsFraction(string text, double fraction)
    {
        var result = QuantityParser.ParseBodyFatFraction(text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(fraction, result.Value, 9);
    }

    [Theory]
    [InlineData("15 kg", "unknown unit 'kg'")]
    [InlineData("150 %", "between 0 and 100 %")]
    public void ParseBodyFatFraction_InvalidText_FailsWithReason(string text, string mentions) =>
        Assert.Contains(mentions, QuantityParser.ParseBodyFatFraction(text).Error);

    [Theory]
    [InlineData("18 nmol/L", 18.0)]
    [InlineData("18nmol/l", 18.0)]
    [InlineData("18", 18.0)]
    [InlineData("519.12 ng/dL", 18.0)]
    [InlineData("519.12NG/DL", 18.0)]
    [InlineData("0.1 nmol/L", 0.1)]
    [InlineData("150 nmol/L", 150.0)]
    public void ParseTestosteroneNmolPerL_ValidText_ReturnsNanomolesPerLitre(string text, double nmolPerL)
    {
        var result = QuantityParser.ParseTestosteroneNmolPerL(text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(nmolPerL, result.Value, 6);
    }

    [Theory]
    [InlineData("0.05 nmol/L", "between 0.1 and 150 nmol/L")]
    [InlineData("200 nmol/L", "between 0.1 and 150 nmol/L")]
    [InlineData("5000 ng/dL", "between 0.1 and 150 nmol/L")]
    [InlineData("18 pg/mL", "nmol/L or ng/dL")]
    public void ParseTestosteroneNmolPerL_InvalidText_FailsWithReason(string text, string mentions)
    {
        var result = QuantityParser.ParseTestosteroneNmolPerL(text);
        Assert.False(result.Success);
        Assert.Contains(mentions, result.Error);
        Assert.Contains(text, result.Error);
    }

    [Theory]
    [InlineData("1.6 g/kg/day", 1.6, true)]
    [InlineData("1.6", 1.6, true)]
    [InlineData("140 g/day", 140.0, false)]
    [InlineData("140g/DAY", 140.0, false)]
    public void ParseProtein_ValidText_ReturnsAmountAndBasis(string text, double amount, bool perKilogram)
    {
        var result = QuantityParser.ParseProtein(text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(new ProteinIntake(amount, perKilogram), result.Value);
    }

    [Fact]
    public void ParseProtein_UnknownUnit_FailsNamingAcceptedUnits() =>
        Assert.Contains("g/kg/day or g/day", QuantityParser.ParseProtein("2 oz/day").Error);

    [Fact]
    public void ProteinIntake_GramsPerDay_DividesByBodyMass() =>
        Assert.Equal(2.0, new ProteinIntake(160, false).GramsPerKilogramPerDay(80), 9);

    [Theory]
    [InlineData("0 kcal/day", 0.0)]
    [InlineData("-300 kcal/day", -300.0)]
    [InlineData("+250kcal/DAY", 250.0)]
    [InlineData("500", 500.0)]
    public void ParseEnergyBalanceKcalPerDay_ValidText_ReturnsSignedValue(string text, double kcal)
    {
        var result = QuantityParser.ParseEnergyBalanceKcalPerDay(text);
        Assert.True(result.Success, result.Error);
        Assert.Equal(kcal, result.Value, 9);
    }

    [Fact]
    public void ParseEnergyBalanceKcalPerDay_UnknownUnit_FailsNamingAcceptedUnit() =>
        Assert.Contains("kcal/day", QuantityParser.ParseEnergyBalanceKcalPerDay("300 kJ/day").Error);

    [Fact]
    public void ParseLoad_Null_FailsWithoutThrowing() =>
        Assert.Contains("nothing", QuantityParser.ParseLoad(null).Error);
}
