using Spectre.Console;
using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Simulation;

namespace Surge.Cli;

/// <summary>Exit codes (formats.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int BadInput = 2;
    public const int InternalError = 3;
}

/// <summary>Bad input or usage: the message is printed as is and the exit code is <see cref="ExitCodes.BadInput"/>.</summary>
public sealed class CliException(string message) : Exception(message);

/// <summary>Where a command writes and what it runs on.</summary>
/// <param name="Out">Standard output: only the requested output.</param>
/// <param name="Error">Standard error: messages and warnings.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error)
{
    /// <summary>Width of tables when the output is not a terminal.</summary>
    public const int RedirectedWidth = 160;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Commands reach the shared defaults through their context (context.Catalogue), the one seam they have.")]
    public ExerciseCatalogue Catalogue => ExerciseCatalogue.Default;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Commands reach the shared defaults through their context (context.Simulator), the one seam they have.")]
    public SessionSimulator Simulator => SessionSimulator.Default;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Commands reach the shared defaults through their context (context.ProgramSimulator), the one seam they have.")]
    public ProgramSimulator ProgramSimulator => ProgramSimulator.Default;

    /// <summary>
    /// Runs <paramref name="run"/> with a progress bar of <paramref name="units"/> steps when <paramref name="showProgress"/>
    /// and <see cref="Out"/> is a terminal (never with --json, never when redirected); <paramref name="run"/> gets the
    /// step callback (callable from any thread), or null when no bar is drawn.
    /// </summary>
    public T WithProgress<T>(bool showProgress, string description, int units, Func<Action?, T> run)
    {
        var onTerminal = showProgress && ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;
        if (!onTerminal)
        {
            return run(null);
        }
        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(description, maxValue: units);
                result = run(() => task.Increment(1));
            });
        return result;
    }

    /// <summary>Writes "warning: …" to standard error.</summary>
    public void Warn(string message) => Error.WriteLine("warning: " + message);

    /// <summary>A Spectre console over <see cref="Out"/>: colours only on a real terminal.</summary>
    public IAnsiConsole CreateConsole()
    {
        var isTerminal = ReferenceEquals(Out, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Out),
        });
        if (!isTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }
        return console;
    }
}
