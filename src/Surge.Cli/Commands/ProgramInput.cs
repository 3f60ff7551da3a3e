using Surge.Adaptation;
using Surge.App;
using Surge.Catalogue;
using Surge.Files;
using Surge.Reports;
using Surge.Training;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Surge.Cli.Commands;

/// <summary>What kind of document a file holds, judged by its top-level keys.</summary>
public enum InputKind
{
    /// <summary>Not readable or not a mapping: left to the session reader's messages.</summary>
    Unknown,
    Session,
    Program,
}

/// <summary>Reads and simulates program files (Surge.App's <see cref="ProgramRuns"/>), failing with the input layer's message; tells programs from sessions.</summary>
public static class ProgramInput
{
    /// <summary>Top-level keys that make a document a program (formats.md, "Program file").</summary>
    public static IReadOnlyList<string> ProgramKeys { get; } = ["weeks", "week", "blocks"];

    /// <summary>Reads every file first (all must be valid), then simulates each; prints warnings to stderr.</summary>
    public static IReadOnlyList<SimulatedProgram> LoadAndSimulate(CliContext context, IReadOnlyList<string> files)
    {
        var (parsed, error) = ProgramRuns.LoadAll(files, context.Catalogue);
        if (parsed is null)
        {
            throw new CliException(error!.ToString());
        }
        for (var i = 0; i < parsed.Count; i++)
        {
            if (ProgramSize.Problem(parsed[i].Program!, ProgramSize.CommandLineMaximumSets) is { } tooLarge)
            {
                throw new CliException(new InputError(files[i], null, null, ProgramSize.Field(parsed[i].Program!), tooLarge).ToString());
            }
        }
        var programs = new List<SimulatedProgram>();
        for (var i = 0; i < parsed.Count; i++)
        {
            var run = ProgramRuns.Train(context.ProgramSimulator, files[i], parsed[i]);
            foreach (var warning in run.Warnings)
            {
                context.Warn(warning);
            }
            programs.Add(new SimulatedProgram(run.Name, run.Program, run.Result, run.Warnings));
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
            if (!File.Exists(path) || FileIdentity.NotRegularReason(path) is not null || new FileInfo(path).Length > SessionFile.MaximumSize)
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
