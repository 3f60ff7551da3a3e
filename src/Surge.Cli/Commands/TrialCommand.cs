using System.CommandLine;
using System.Globalization;
using Surge.App;
using Surge.Cli.Terminal;
using Surge.Files;
using Surge.Reports;
using Surge.Trials;

namespace Surge.Cli.Commands;

/// <summary>
/// <c>surge trial FILE [--json] [--csv SUBJECTS.csv] [--shard K/N]</c> and <c>surge trial merge PART.json… [--json]</c>
/// (formats.md, "Virtual trials: surge trial").
/// </summary>
public static class TrialCommand
{
    /// <summary>Most shards accepted in <c>--shard K/N</c>.</summary>
    public const int MaximumShards = 10_000;

    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The trial file (YAML or JSON): cohort, design, seed, arms, outcomes." };
        var json = new Option<bool>("--json") { Description = "Write the result as one JSON object to stdout (with --shard: the part, for 'surge trial merge')." };
        var csv = new Option<string?>("--csv") { Description = "Write every subject's values (subject,arm,outcome,value) to this file.", HelpName = "SUBJECTS.csv" };
        var plot = new Option<string?>("--plot") { Description = "Draw each subject's outcome per arm (paired lines for within designs) with mean ± SD (.png or .svg).", HelpName = "OUT" };
        var shard = new Option<string?>("--shard") { Description = "Run only the K-th of N disjoint parts of the cohort (subject index % N == K - 1).", HelpName = "K/N" };
        var power = new Option<double?>("--power") { Description = "Instead of one trial: the n at which this share of simulated trials (0.5-0.99) reaches p < 0.05, per contrast.", HelpName = "P" };
        var replicates = new Option<int>("--replicates") { Description = "Simulated trials per n for --power (10-10000).", DefaultValueFactory = _ => 100 };
        var maximumN = new Option<int>("--max-n") { Description = "Largest n tried by --power.", DefaultValueFactory = _ => 512 };
        var command = new Command("trial", "Run a virtual trial: a cohort of simulated subjects through arms of training; per arm mean, SD and n; contrasts with 95 % CI, p and Hedges' g.")
        {
            file, json, csv, plot, shard, power, replicates, maximumN,
        };
        command.SetAction(parseResult => parseResult.GetValue(power) is { } target
            ? Power(context, parseResult.GetRequiredValue(file), parseResult.GetValue(json), target, parseResult.GetValue(replicates), parseResult.GetValue(maximumN),
                parseResult.GetValue(csv) is not null || parseResult.GetValue(shard) is not null || parseResult.GetValue(plot) is not null)
            : Run(
                context,
                parseResult.GetRequiredValue(file),
                parseResult.GetValue(json),
                parseResult.GetValue(csv),
                parseResult.GetValue(plot),
                parseResult.GetValue(shard)));

        var parts = new Argument<string[]>("PART") { Description = "Every part (--shard K/N --json output) of one trial.", Arity = new ArgumentArity(1, MaximumShards) };
        var mergeJson = new Option<bool>("--json") { Description = "Write the merged result as one JSON object to stdout (the same bytes as one run)." };
        var mergePlot = new Option<string?>("--plot") { Description = "Draw the merged trial (.png or .svg).", HelpName = "OUT" };
        var merge = new Command("merge", "Combine the parts of a sharded trial into the one-run result.") { parts, mergeJson, mergePlot };
        merge.SetAction(parseResult => Merge(context, parseResult.GetRequiredValue(parts), parseResult.GetValue(mergeJson), parseResult.GetValue(mergePlot)));
        command.Subcommands.Add(merge);
        return command;
    }

    /// <summary>Reads <c>K/N</c> (1 ≤ K ≤ N ≤ <see cref="MaximumShards"/>) as a 0-based index and a count.</summary>
    public static (int Index, int Count) ParseShard(string text)
    {
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n >= 1 && n <= MaximumShards && k >= 1 && k <= n)
        {
            return (k - 1, n);
        }
        throw new CliException($"--shard: expected K/N with 1 <= K <= N <= {MaximumShards} (e.g. 2/8), got '{text}'");
    }

    private static int Run(CliContext context, string file, bool json, string? csvPath, string? plotPath, string? shardText)
    {
        var (shardIndex, shardCount) = shardText is null ? (0, 1) : ParseShard(shardText);
        var parse = InputFiles.LoadTrial(file, context.Catalogue);
        if (!parse.Success)
        {
            throw new CliException((parse.Error ?? new InputError(file, null, null, "", "could not be read as a trial file")).ToString());
        }
        if (csvPath is not null)
        {
            OutputFile.CheckWritable(csvPath, "--csv", parse.Inputs);
        }
        if (plotPath is not null)
        {
            if (shardText is not null)
            {
                throw new CliException("--plot draws the whole trial: plot the merged parts instead (surge trial merge PART.json… --plot OUT)");
            }
            PlotOutput.Validate(plotPath, "--plot", parse.Inputs);
        }
        foreach (var warning in parse.Warnings)
        {
            context.Warn(warning.ToString());
        }
        var trial = parse.Trial!;
        CheckProgramSizes(file, trial);
        var (run, whole) = RunWithProgress(context, trial, shardIndex, shardCount, showProgress: !json);
        if (csvPath is not null)
        {
            TrialOutput.WriteCsv(csvPath, "--csv", run);
        }
        if (shardText is not null)
        {
            if (json)
            {
                context.Out.WriteLine(TrialOutput.PartJson(run, parse.Digest));
            }
            else
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"shard {shardIndex + 1}/{shardCount}: {run.Observations.Count} subject-arm observations; write the part with --json and combine all parts with 'surge trial merge'"));
            }
            return ExitCodes.Success;
        }
        var result = whole!;
        if (plotPath is not null)
        {
            TrialPlot.Write(plotPath, "--plot", result, run.Observations);
        }
        if (json)
        {
            context.Out.WriteLine(TrialOutput.Json(result));
        }
        else
        {
            TrialTables.Tables(context.CreateConsole(), result);
        }
        return ExitCodes.Success;
    }

    private static int Power(CliContext context, string file, bool json, double target, int replicates, int maximumN, bool withRunOptions)
    {
        if (withRunOptions)
        {
            throw new CliException("--power runs many trials: it cannot be combined with --csv or --shard");
        }
        if (!TrialRuns.IsPowerTarget(target))
        {
            throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--power: {TrialRuns.PowerTargetExpected}, got {target}"));
        }
        if (replicates < 10 || replicates > 10_000)
        {
            throw new CliException($"--replicates: expected 10-10000 simulated trials per n, got {replicates}");
        }
        var parse = InputFiles.LoadTrial(file, context.Catalogue);
        if (!parse.Success)
        {
            throw new CliException((parse.Error ?? new InputError(file, null, null, "", "could not be read as a trial file")).ToString());
        }
        foreach (var warning in parse.Warnings)
        {
            context.Warn(warning.ToString());
        }
        var trial = parse.Trial!;
        CheckProgramSizes(file, trial);
        var largest = TrialRuns.LargestN(trial);
        if (maximumN < Trial.MinimumSubjects || maximumN > largest)
        {
            throw new CliException($"--max-n: expected {Trial.MinimumSubjects}-{largest} subjects, got {maximumN}");
        }
        var results = TrialRuns.Power(trial, target, replicates, maximumN);
        if (json)
        {
            context.Out.WriteLine(TrialOutput.PowerJson(trial, target, replicates, results));
        }
        else
        {
            TrialTables.PowerTable(context.CreateConsole(), trial, target, replicates, results);
        }
        return ExitCodes.Success;
    }

    /// <summary>Refuses an arm whose program holds more than <see cref="ProgramSize.CommandLineMaximumSets"/> sets.</summary>
    private static void CheckProgramSizes(string file, Trial trial)
    {
        foreach (var arm in trial.Arms)
        {
            if (arm.Program is { } program && ProgramSize.Problem(program, ProgramSize.CommandLineMaximumSets) is { } tooLarge)
            {
                throw new CliException(new InputError(file, null, null, $"arms.{arm.Name}.program.{ProgramSize.Field(program)}", tooLarge).ToString());
            }
        }
    }

    private static TrialRunOutcome RunWithProgress(CliContext context, Trial trial, int shardIndex, int shardCount, bool showProgress) =>
        context.WithProgress(showProgress, "subjects", TrialRuns.Units(trial, shardIndex, shardCount),
            step => TrialRuns.Run(trial, shardIndex, shardCount, step));

    private static int Merge(CliContext context, string[] files, bool json, string? plotPath)
    {
        if (plotPath is not null)
        {
            PlotOutput.Validate(plotPath, "--plot", files);
        }
        var parts = new List<(string, TrialPart)>();
        foreach (var file in files)
        {
            var (text, error) = TextFiles.Read(file, int.MaxValue / 2, "a part JSON written by 'surge trial --shard K/N --json'");
            if (error is not null)
            {
                throw new CliException(error.ToString());
            }
            parts.Add((file, TrialOutput.ReadPart(text!, file)));
        }
        var result = TrialOutput.Merge(parts);
        if (plotPath is not null)
        {
            TrialPlot.Write(plotPath, "--plot", result, parts.SelectMany(p => p.Item2.Observations).ToArray());
        }
        if (json)
        {
            context.Out.WriteLine(TrialOutput.Json(result));
        }
        else
        {
            TrialTables.Tables(context.CreateConsole(), result);
        }
        return ExitCodes.Success;
    }
}
