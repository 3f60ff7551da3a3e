using System.CommandLine;
using Surge.Cli.Terminal;
using Surge.Reports;

namespace Surge.Cli.Commands;

/// <summary><c>surge train FILE [--json] [--csv OUT] [--plot OUT.png|OUT.svg]</c>.</summary>
public static class TrainCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The program file (YAML or JSON): weeks + week, or blocks." };
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object to stdout (formats.md, \"surge train --json\")." };
        var csv = new Option<string?>("--csv") { Description = "Write the weekly state as CSV (week,kind,name,value,unit) to this file.", HelpName = "OUT" };
        var plot = new Option<string?>("--plot") { Description = "Draw size change per trained muscle and 1RM change per exercise over the weeks (.png or .svg).", HelpName = "OUT" };
        var command = new Command("train", "Simulate a training program over weeks: muscle size, 1RM and resting testosterone.")
        {
            file, json, csv, plot,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetRequiredValue(file),
            parseResult.GetValue(json),
            parseResult.GetValue(csv),
            parseResult.GetValue(plot)));
        return command;
    }

    private static int Run(CliContext context, string file, bool json, string? csvPath, string? plotPath)
    {
        if (csvPath is not null)
        {
            OutputFile.CheckWritable(csvPath, "--csv", [file]);
        }
        if (plotPath is not null)
        {
            PlotOutput.Validate(plotPath, "--plot", [file]);
        }
        var program = ProgramInput.LoadAndSimulate(context, [file])[0];

        if (csvPath is not null)
        {
            ProgramCsv.Write(csvPath, "--csv", program);
        }
        if (plotPath is not null)
        {
            ProgramPlot.Write(plotPath, "--plot", [program]);
        }
        if (json)
        {
            context.Out.WriteLine(ProgramJson.Train(program));
        }
        else
        {
            ProgramTables.Train(context.CreateConsole(), program);
        }
        return ExitCodes.Success;
    }
}
