using System.CommandLine;
using Surge.Cli.Output;

namespace Surge.Cli.Commands;

/// <summary><c>surge compare FILE FILE… [--json] [--plot OUT]</c>.</summary>
public static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Two or more session files (YAML or JSON).",
            Arity = new ArgumentArity(2, 100),
        };
        var json = new Option<bool>("--json") { Description = "Write {\"sessions\": [...]} with one simulate object per file to stdout." };
        var plot = new Option<string?>("--plot") { Description = "Draw all curves per measure to this image (.png or .svg).", HelpName = "OUT" };
        var command = new Command("compare", "Simulate several sessions and show them side by side.")
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
            PlotOutput.Validate(plotPath, "--plot");
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
}
