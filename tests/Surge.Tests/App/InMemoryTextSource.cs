using Surge.Files;

namespace Surge.Tests.App;

/// <summary>Files held in memory: what a trial's arm files read from when no disk is wanted; records every path asked for.</summary>
internal sealed class InMemoryTextSource(IReadOnlyDictionary<string, string> files) : ITextSource
{
    public List<string> Asked { get; } = [];

    public (string? Text, InputError? Error) Read(string path, int maximumSize, string expected)
    {
        Asked.Add(path);
        return files.TryGetValue(path, out var text)
            ? (text, null)
            : (null, new InputError(path, null, null, "", "file not found"));
    }
}
