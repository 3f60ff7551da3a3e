using Surge.Adaptation;
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
        foreach (var (file, parse) in parsed)
        {
            if (ProgramSize.Problem(parse.Program!, ProgramSize.CommandLineMaximumSets) is { } tooLarge)
            {
                throw new CliException(new InputError(file, null, null, ProgramSize.Field(parse.Program!), tooLarge).ToString());
            }
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
