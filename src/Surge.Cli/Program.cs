using System.CommandLine;
using Surge.Cli.Commands;

namespace Surge.Cli;

/// <summary>The <c>surge</c> command line: <c>simulate</c>, <c>compare</c>, <c>train</c>, <c>exercises</c>, <c>validate</c>, <c>import</c>, <c>history</c>, <c>athlete</c>, <c>fit</c>, <c>serve</c>.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with <paramref name="args"/>, writing to the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var context = new CliContext(stdout, stderr);
            var root = new RootCommand("Surge: simulate the acute hormone response to a resistance-training session and the adaptation to a program.");
            root.Subcommands.Add(SimulateCommand.Create(context));
            root.Subcommands.Add(CompareCommand.Create(context));
            root.Subcommands.Add(TrainCommand.Create(context));
            root.Subcommands.Add(TrialCommand.Create(context));
            root.Subcommands.Add(ExercisesCommand.Create(context));
            root.Subcommands.Add(ValidateCommand.Create(context));
            root.Subcommands.Add(ImportCommand.Create(context));
            root.Subcommands.Add(HistoryCommand.Create(context));
            root.Subcommands.Add(AthleteCommand.Create(context));
            root.Subcommands.Add(FitCommand.Create(context));
            root.Subcommands.Add(ServeCommand.Create(context));

            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                foreach (var error in parseResult.Errors)
                {
                    stderr.WriteLine(error.Message);
                }
                stderr.WriteLine("See 'surge --help'.");
                return ExitCodes.BadInput;
            }
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e) when (e is CliException or Surge.Reports.ReportException or Surge.App.InputException)
        {
            stderr.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }
}
