using Surge.Cli;

namespace Surge.Cli.Tests;

/// <summary>What one in-process run of <c>surge</c> produced.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error);

/// <summary>Runs the command line in-process and finds the shipped examples.</summary>
public static class CliRunner
{
    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Surge.Cli.Program.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A run whose standard output says it is in <paramref name="encoding"/> (as a console's output encoding would).</summary>
    public static CliRun Run(System.Text.Encoding encoding, params string[] args)
    {
        using var stdout = new EncodedWriter(encoding);
        using var stderr = new StringWriter();
        var code = Surge.Cli.Program.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    private sealed class EncodedWriter(System.Text.Encoding encoding) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public override System.Text.Encoding Encoding => encoding;
    }

    /// <summary>The path of a file in examples/ (copied next to the tests).</summary>
    public static string Example(string name) => Path.Combine(AppContext.BaseDirectory, "examples", name);
}
