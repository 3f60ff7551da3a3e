using System.CommandLine;
using Surge.Reports;

namespace Surge.Cli.Commands;

/// <summary><c>surge simulate FILE [--json] [--csv OUT] [--plot OUT.png|OUT.svg]</c>.</summary>
public static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The session file (YAML or JSON)." };
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object to stdout (formats.md)." };
        var csv = new Option<string?>("--csv") { Description = "Write the time series as CSV (t_min,measure,value,unit) to this file.", HelpName = "OUT" };
        var plot = new Option<string?>("--plot") { Description = "Draw the curves to this image (.png or .svg).", HelpName = "OUT" };
        var command = new Command("simulate", "Simulate one session: summary table (default), JSON, CSV time series, plot.")
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
        var session = SessionInput.LoadAndSimulate(context, [file])[0];

        if (csvPath is not null)
        {
            CsvOutput.Write(csvPath, session.Result);
        }
        if (plotPath is not null)
        {
            PlotOutput.Write(plotPath, "--plot", [session]);
        }
        if (json)
        {
            context.Out.WriteLine(JsonOutput.Simulation(session));
        }
        else
        {
            ConsoleTables.Simulation(context.CreateConsole(), session);
        }
        return ExitCodes.Success;
    }
}
