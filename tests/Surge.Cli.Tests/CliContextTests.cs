namespace Surge.Cli.Tests;

public sealed class CliContextTests
{
    [Fact]
    public void Warn_Message_GoesToStandardErrorWithPrefix()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        new Surge.Cli.CliContext(stdout, stderr).Warn("default 1RM used for leg press");

        Assert.Equal("warning: default 1RM used for leg press" + Environment.NewLine, stderr.ToString());
        Assert.Equal("", stdout.ToString());
    }
}
