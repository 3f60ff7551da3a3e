using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Files;
using Surge.Training;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Surge.Cli.Commands;

/// <summary>A program file read and simulated.</summary>
/// <param name="File">The path as the user gave it.</param>
/// <param name="Program">The program as read.</param>
/// <param name="Result">The simulation.</param>
/// <param name="Warnings">Warnings from reading the file and from the simulation.</param>
public sealed record SimulatedProgram(string File, TrainingProgram Program, ProgramResult Result, IReadOnlyList<string> Warnings)
{
    /// <summary>The file name without folders, for titles and legends.</summary>
    public string Name => Path.GetFileName(File);

    /// <summary>The muscle groups some exercise of the program works (primary or secondary), in canonical order.</summary>
    public IReadOnlyList<MuscleGroup> TrainedGroups =>
        Program.Blocks.SelectMany(b => b.Days).SelectMany(d => d.Bouts)
            .SelectMany(b => b.Exercise.Primary.Concat(b.Exercise.Secondary))
            .Distinct().Order().ToArray();

    /// <summary>Hard sets per week of each group, the mean over the weeks that hold training (0 when none do).</summary>
    public double MeanHardSetsPerWeek(MuscleGroup group)
    {
        var training = TrainingWeeks();
        var weeks = Result.Weekly.Where(w => training.Contains(w.Week)).ToArray();
        return weeks.Length == 0 ? 0.0 : weeks.Average(w => w.HardSets.TryGetValue(group, out var sets) ? sets : 0.0);
    }

    /// <summary>The 1-based weeks that belong to a block with training days.</summary>
    public IReadOnlySet<int> TrainingWeeks()
    {
        var weeks = new HashSet<int>();
        var week = 0;
        foreach (var block in Program.Blocks)
        {
            for (var i = 0; i < block.Weeks; i++)
            {
                week++;
                if (block.Days.Count > 0)
                {
                    weeks.Add(week);
                }
            }
        }
        return weeks;
    }

    /// <summary>Resting morning testosterone at the start, nmol/L (derived from the last week and the stated change).</summary>
    public double StartRestingTestosteroneNmolPerL
    {
        get
        {
            var end = EndRestingTestosteroneNmolPerL;
            var factor = 1 + Result.RestingTestosteroneChangePct / 100;
            return Math.Abs(factor) < 1e-9 ? end : end / factor;
        }
    }

    /// <summary>Resting morning testosterone at the end of the last week, nmol/L.</summary>
    public double EndRestingTestosteroneNmolPerL =>
        Result.Weekly.Count > 0 ? Result.Weekly[^1].RestingTestosteroneNmolPerL : double.NaN;

    /// <summary>The exercises once each by name as written (first wins), in order of first appearance.</summary>
    public IReadOnlyList<StrengthChange> Strength => DistinctByName(Result.Strength);

    internal static IReadOnlyList<StrengthChange> DistinctByName(IReadOnlyList<StrengthChange> strength) =>
        strength.DistinctBy(s => s.Exercise, StringComparer.Ordinal).ToArray();
}

/// <summary>What kind of document a file holds, judged by its top-level keys.</summary>
public enum InputKind
{
    /// <summary>Not readable or not a mapping: left to the session reader's messages.</summary>
    Unknown,
    Session,
    Program,
}

/// <summary>Reads and simulates program files, failing with the input layer's message; tells programs from sessions.</summary>
public static class ProgramInput
{
    /// <summary>Top-level keys that make a document a program (formats.md, "Program file").</summary>
    public static IReadOnlyList<string> ProgramKeys { get; } = ["weeks", "week", "blocks"];

    /// <summary>Reads every file first (all must be valid), then simulates each; prints warnings to stderr.</summary>
    public static IReadOnlyList<SimulatedProgram> LoadAndSimulate(CliContext context, IReadOnlyList<string> files)
    {
        var parsed = files.Select(file => (File: file, Parse: ProgramFile.Load(file, context.Catalogue))).ToArray();
        var failed = parsed.FirstOrDefault(p => !p.Parse.Success);
        if (failed.Parse is not null)
        {
            var error = failed.Parse.Error ?? new InputError(failed.File, null, null, "", "could not be read as a program file");
            throw new CliException(error.ToString());
        }
        var programs = new List<SimulatedProgram>();
        foreach (var (file, parse) in parsed)
        {
            var result = context.ProgramSimulator.Simulate(parse.Program!);
            var warnings = parse.Warnings.Select(w => w.ToString())
                .Concat(result.Warnings.Select(w => $"{file}: {w}"))
                .ToArray();
            foreach (var warning in warnings)
            {
                context.Warn(warning);
            }
            programs.Add(new SimulatedProgram(file, parse.Program!, result, warnings));
        }
        return programs;
    }

    /// <summary>
    /// Whether <paramref name="path"/> holds a program (a top-level <c>weeks</c>, <c>week</c> or <c>blocks</c>), a
    /// session (any other mapping) or cannot be told (missing, unreadable, not YAML/JSON, not a mapping).
    /// </summary>
    public static InputKind Sniff(string path)
    {
        string text;
        try
        {
            if (!File.Exists(path) || new FileInfo(path).Length > SessionFile.MaximumSize)
            {
                return InputKind.Unknown;
            }
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return InputKind.Unknown;
        }
        return SniffText(text);
    }

    /// <summary>As <see cref="Sniff"/>, for a document already read.</summary>
    public static InputKind SniffText(string text)
    {
        try
        {
            var parser = new Parser(new StringReader(text));
            parser.Consume<StreamStart>();
            if (!parser.TryConsume<DocumentStart>(out _) || !parser.TryConsume<MappingStart>(out _))
            {
                return InputKind.Unknown;
            }
            while (!parser.Accept<MappingEnd>(out _))
            {
                if (parser.TryConsume<Scalar>(out var key))
                {
                    if (ProgramKeys.Contains(key.Value.Trim(), StringComparer.OrdinalIgnoreCase))
                    {
                        return InputKind.Program;
                    }
                }
                else
                {
                    parser.SkipThisAndNestedEvents();
                }
                parser.SkipThisAndNestedEvents();
            }
            return InputKind.Session;
        }
        catch (YamlException)
        {
            return InputKind.Unknown;
        }
    }
}
