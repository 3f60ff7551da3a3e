using Surge.Files;

namespace Surge.Tests.Files;

/// <summary>Programs told from sessions by their top-level keys (surge compare takes either).</summary>
public sealed class DocumentKindsTests
{
    [Theory]
    [InlineData("weeks: 3\nweek: {}\n", InputKind.Program)]
    [InlineData("blocks:\n  - { weeks: 1, week: {} }\n", InputKind.Program)]
    [InlineData("{\"athlete\": {}, \"week\": {}, \"weeks\": 2}", InputKind.Program)]
    [InlineData("athlete: { sex: male }\nexercises: []\n", InputKind.Session)]
    [InlineData("- just a list\n", InputKind.Unknown)]
    [InlineData("a: [unclosed\n", InputKind.Unknown)]
    [InlineData("", InputKind.Unknown)]
    public void Of_TopLevelKeys_TellProgramsFromSessions(string text, InputKind expected) =>
        Assert.Equal(expected, DocumentKinds.Of(text));
}
