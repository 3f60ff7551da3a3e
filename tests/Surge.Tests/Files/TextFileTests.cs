using Surge.Files;

namespace Surge.Tests.Files;

/// <summary>The message about input text over its limit: the limit stated from the limit itself.</summary>
public sealed class TextFileTests
{
    [Fact]
    public void TooLarge_WholeMegabytesAndBytes()
    {
        Assert.Equal("the document is too large (7 characters): at most 2 MB is accepted", TextFile.TooLarge("document", 7, "characters", 2 * 1024 * 1024));
        Assert.Equal("the file is too large (7 bytes): at most 5 bytes is accepted", TextFile.TooLarge("file", 7, "bytes", 5));
    }
}
