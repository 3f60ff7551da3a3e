using System.CommandLine;
using Surge.App;
using Surge.Cli.Terminal;
using Surge.Files;
using Surge.Reports;

namespace Surge.Cli.Commands;

/// <summary><c>surge compare FILE FILE… [--json] [--plot OUT]</c>: sessions, or programs (never both in one run).</summary>
public static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Two or more session files, or two or more program files (YAML or JSON).",
            Arity = new ArgumentArity(2, 100),
        };
        var json = new Option<bool>("--json") { Description = "Write {\"sessions\": [...]} (one simulate object per file) or {\"programs\": [...]} (one train object per file) to stdout." };
        var plot = new Option<string?>("--plot") { Description = "Draw all curves per measure, or size change per trained muscle for programs, to this image (.png or .svg).", HelpName = "OUT" };
        var command = new Command("compare", "Simulate several sessions, or several programs, and show them side by side.")
        {
            files, json, plot,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetRequiredValue(files),
            parseResult.GetValue(json),
            parseResult.GetValue(plot)));
        return command;
    }

    private static int Run(CliContext context, string[] files, bool json, string? plotPath)
    {
        if (plotPath is not null)
        {
            PlotOutput.Validate(plotPath, "--plot", files);
        }
        var kinds = files.Select(InputFiles.KindOf).ToArray();
        if (kinds.Contains(InputKind.Program))
        {
            var session = Array.IndexOf(kinds, InputKind.Session);
            if (session >= 0)
            {
                var program = files[Array.IndexOf(kinds, InputKind.Program)];
                throw new CliException(
                    $"compare: cannot mix sessions and programs: '{program}' is a program file (it has weeks, week or blocks) " +
                    $"and '{files[session]}' is a session file; compare sessions with sessions, programs with programs");
            }
            return RunPrograms(context, files, json, plotPath);
        }
        var sessions = SessionInput.LoadAndSimulate(context, files);
        if (plotPath is not null)
        {
            PlotOutput.Write(plotPath, "--plot", sessions);
        }
        if (json)
        {
            context.Out.WriteLine(JsonOutput.Comparison(sessions));
        }
        else
        {
            ConsoleTables.Comparison(context.CreateConsole(), sessions);
        }
        return ExitCodes.Success;
    }

    private static int RunPrograms(CliContext context, string[] files, bool json, string? plotPath)
    {
        var programs = ProgramInput.LoadAndSimulate(context, files);
        if (plotPath is not null)
        {
            ProgramPlot.Write(plotPath, "--plot", programs);
        }
        if (json)
        {
            context.Out.WriteLine(ProgramJson.Comparison(programs));
        }
        else
        {
            ProgramTables.Comparison(context.CreateConsole(), programs);
        }
        return ExitCodes.Success;
    }
}
