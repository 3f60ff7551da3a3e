using Surge.App;

namespace Surge.Tests.App;

/// <summary>The one reader of input text files: limits stated from the limit itself.</summary>
public sealed class TextFilesTests
{
    [Theory]
    [InlineData(5 * 1024 * 1024, "at most 5 MB is accepted")]
    [InlineData(10, "at most 10 bytes is accepted")]
    public void Read_OverTheLimit_SaysTheLimitItWasGiven(int limit, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), "surge-textfile-" + Guid.NewGuid().ToString("N") + ".yaml");
        try
        {
            File.WriteAllText(path, new string('a', limit == 10 ? 20 : limit + 1));
            var (text, error) = TextFiles.Read(path, limit, "a session file");
            Assert.Null(text);
            Assert.Contains(expected, error!.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
