using Surge.Training;

namespace Surge.Tests.Training;

public sealed class WeekdaysTests
{
    [Theory]
    [InlineData("mon", 0)]
    [InlineData("Monday", 0)]
    [InlineData(" SUN ", 6)]
    [InlineData("wednesday", 2)]
    [InlineData("wedn", -1)]
    [InlineData("", -1)]
    public void IndexOf_KeyOrFullNameInAnyCase(string name, int expected) => Assert.Equal(expected, Weekdays.IndexOf(name));

    [Fact]
    public void Keys_Names_Days_LineUpMondayFirst()
    {
        Assert.Equal(7, Weekdays.Keys.Count);
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(Weekdays.Days[i].ToString(), Weekdays.Names[i]);
            Assert.StartsWith(Weekdays.Keys[i], Weekdays.FullKeys[i], StringComparison.Ordinal);
        }
    }
}
