using System.Globalization;
using System.Text;
using Spectre.Console;
using Surge.Cli.Terminal;
using Surge.Reports;

namespace Surge.Cli.Tests;

public sealed class DisplayUnitsTests
{
    private sealed class EncodedWriter(Encoding encoding) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => encoding;
    }

    private static IAnsiConsole Console(Encoding encoding) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Out = new AnsiConsoleOutput(new EncodedWriter(encoding)) });

    [Theory]
    [InlineData("ug/L", true, "µg/L")]
    [InlineData("ug/dL", true, "µg/dL")]
    [InlineData("ug/L", false, "ug/L")]
    [InlineData("nmol/L", true, "nmol/L")]
    [InlineData("mug/L", true, "mug/L")]
    public void For_MicroOnlyWhereTheOutputCanShowIt(string unit, bool unicode, string expected)
    {
        Assert.Equal(expected, DisplayUnits.For(unit, unicode));
    }

    [Fact]
    public void For_Console_FollowsTheOutputEncoding()
    {
        Assert.Equal("µg/L", ConsoleUnits.For("ug/L", Console(new UTF8Encoding(false))));
        Assert.Equal("ug/L", ConsoleUnits.For("ug/L", Console(Encoding.ASCII)));
        Assert.Equal("ug/L", ConsoleUnits.For("ug/L", Console(Encoding.Latin1)));
    }

    [Fact]
    public void InText_Console_EveryMicrogramUnitInTheText()
    {
        const string Observed = "21.20 ± 18.10 ug/L (n=8), cortisol 12 ug/dL, 3 mug/L";

        Assert.Equal("21.20 ± 18.10 µg/L (n=8), cortisol 12 µg/dL, 3 mug/L", ConsoleUnits.InText(Observed, Console(new UTF8Encoding(false))));
        Assert.Equal(Observed, ConsoleUnits.InText(Observed, Console(Encoding.ASCII)));
    }
}
