using System.CommandLine;
using System.Globalization;
using Surge.Cli.Terminal;
using Surge.Reports;
using Surge.Training;
using Surge.Uncertainty;

namespace Surge.Cli.Commands;

/// <summary>
/// <c>surge simulate FILE [--json] [--csv OUT] [--plot OUT.png|OUT.svg] [--uncertainty [--draws N] [--seed S]]</c>.
/// </summary>
public static class SimulateCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The session file (YAML or JSON)." };
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object to stdout (formats.md)." };
        var csv = new Option<string?>("--csv") { Description = "Write the time series as CSV (t_min,measure,value,unit) to this file.", HelpName = "OUT" };
        var plot = new Option<string?>("--plot") { Description = "Draw the curves to this image (.png or .svg).", HelpName = "OUT" };
        var uncertainty = new Option<bool>("--uncertainty") { Description = "Also simulate with parameter sets drawn from the calibrated parameters' posterior and show the central 90 % around each curve." };
        var draws = new Option<string?>("--draws") { Description = $"Parameter sets drawn with --uncertainty ({SessionUncertainty.MinimumDraws}-{SessionUncertainty.MaximumDraws}, default {SessionUncertainty.DefaultDraws}).", HelpName = "N" };
        var seed = new Option<string?>("--seed") { Description = "Seed of the draws with --uncertainty (0-2147483647, default 0): the same seed gives the same output.", HelpName = "S" };
        var command = new Command("simulate", "Simulate one session: summary table (default), JSON, CSV time series, plot.")
        {
            file, json, csv, plot, uncertainty, draws, seed,
        };
        command.SetAction(parseResult => Run(
            context,
            parseResult.GetRequiredValue(file),
            parseResult.GetValue(json),
            parseResult.GetValue(csv),
            parseResult.GetValue(plot),
            parseResult.GetValue(uncertainty) ? ParseUncertainty(parseResult.GetValue(draws), parseResult.GetValue(seed)) : NoUncertainty(parseResult.GetValue(draws), parseResult.GetValue(seed))));
        return command;
    }

    /// <summary>The draws and seed of <c>--draws</c> and <c>--seed</c>, checked (exit 2 naming the option, the range and the value).</summary>
    public static (int Draws, int Seed) ParseUncertainty(string? drawsText, string? seedText)
    {
        var draws = SessionUncertainty.DefaultDraws;
        if (drawsText is not null
            && !(int.TryParse(drawsText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out draws)
                 && draws >= SessionUncertainty.MinimumDraws && draws <= SessionUncertainty.MaximumDraws))
        {
            throw new CliException($"--draws: expected a whole number of parameter sets from {SessionUncertainty.MinimumDraws} to {SessionUncertainty.MaximumDraws}, got '{drawsText}'");
        }
        var seed = 0;
        if (seedText is not null && !int.TryParse(seedText.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            throw new CliException($"--seed: expected a whole number from 0 to {int.MaxValue}, got '{seedText}'");
        }
        return (draws, seed);
    }

    private static (int, int)? NoUncertainty(string? drawsText, string? seedText)
    {
        if (drawsText is not null || seedText is not null)
        {
            throw new CliException($"{(drawsText is not null ? "--draws" : "--seed")}: only with --uncertainty (the draws of the model's parameters)");
        }
        return null;
    }

    private static int Run(CliContext context, string file, bool json, string? csvPath, string? plotPath, (int Draws, int Seed)? uncertainty)
    {
        if (csvPath is not null)
        {
            OutputFile.CheckWritable(csvPath, "--csv", [file]);
        }
        if (plotPath is not null)
        {
            PlotOutput.Validate(plotPath, "--plot", [file]);
        }
        var (read, session) = SessionInput.LoadAndSimulateSessions(context, [file])[0];
        if (uncertainty is { } asked)
        {
            session = session with { Uncertainty = RunWithProgress(context, read, asked.Draws, asked.Seed, showProgress: !json) };
        }

        if (csvPath is not null)
        {
            CsvOutput.Write(csvPath, session.Result, session.Uncertainty);
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

    /// <summary>The draws of <paramref name="sessionToDraw"/>, with a progress bar on a terminal only.</summary>
    private static SessionUncertainty RunWithProgress(CliContext context, Session sessionToDraw, int draws, int seed, bool showProgress)
    {
        var parameters = context.Simulator.Parameters;
        var posterior = ParameterPosterior.Shipped;
        if (posterior.Mismatch(parameters) is { } stale)
        {
            throw new CliException($"--uncertainty: {stale}; rerun tools/Surge.Calibrate (docs/calibration.md)");
        }
        return context.WithProgress(showProgress, "parameter draws", draws,
            step => SessionUncertainty.Run(posterior, parameters, sessionToDraw, draws, seed, step));
    }
}
