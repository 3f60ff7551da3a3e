namespace Surge.Files;

/// <summary>What every reader's result says about its file: the first error found, or none.</summary>
public interface IFileResult
{
    /// <summary>The first error found; null on success.</summary>
    InputError? FirstError { get; }

    /// <summary>Whether the file was read.</summary>
    bool Success { get; }
}
