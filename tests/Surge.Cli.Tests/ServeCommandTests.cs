namespace Surge.Cli.Tests;

/// <summary><c>surge serve</c> refuses bad options with exit 2 and a message naming the option (the server itself is tested in Surge.Web.Tests).</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("localhost:5080")]
    [InlineData("ftp://127.0.0.1:21")]
    [InlineData("not a url")]
    public void A_bad_url_is_refused(string url)
    {
        var run = CliRunner.Run("serve", "--urls", url);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--urls", run.Error, StringComparison.Ordinal);
        Assert.Contains(url, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_database_is_refused()
    {
        var run = CliRunner.Run("serve", "--urls", "http://127.0.0.1:0", "--db", "postgres://user@/");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--db:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_serve()
    {
        var run = CliRunner.Run("--help");
        Assert.Contains("serve", run.Out, StringComparison.Ordinal);
    }
}
