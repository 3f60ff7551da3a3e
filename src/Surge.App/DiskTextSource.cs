using Surge.Files;

namespace Surge.App;

/// <summary>
/// Reads the files a document names from the disk (UTF-8, size-limited, never a device or FIFO): what
/// <see cref="TrialFile.Parse"/> gets for a trial's arm files on the command line.
/// </summary>
public sealed class DiskTextSource : ITextSource
{
    private DiskTextSource()
    {
    }

    /// <summary>The one instance (it holds no state).</summary>
    public static DiskTextSource Instance { get; } = new();

    /// <inheritdoc/>
    public (string? Text, InputError? Error) Read(string path, int maximumSize, string expected) =>
        TextFiles.Read(path, maximumSize, expected);
}
