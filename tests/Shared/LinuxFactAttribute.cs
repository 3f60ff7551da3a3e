namespace Surge.Tests.Support;

/// <summary>A fact that needs Linux device files (<c>/dev/zero</c>, <c>/dev/full</c>) or FIFOs; skipped elsewhere with the reason.</summary>
internal sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux device files and FIFOs";
        }
    }
}

/// <summary>Linux file system entries the tests need and .NET cannot make: FIFOs and hard links.</summary>
internal static class SpecialFiles
{
    /// <summary>Makes a FIFO (named pipe) at <paramref name="path"/> with <c>mkfifo</c>.</summary>
    public static string Fifo(string path) => Run("mkfifo", path);

    /// <summary>Makes <paramref name="link"/> a hard link to <paramref name="target"/> with <c>ln</c>.</summary>
    public static string HardLink(string target, string link) => Run("ln", target, link);

    private static string Run(string program, params string[] arguments)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(program, arguments) { UseShellExecute = false })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return arguments[^1];
    }
}
