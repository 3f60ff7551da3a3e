using Mono.Cecil;

namespace Surge.Tests.Architecture;

/// <summary>
/// The core's structure, checked on its IL: it reads no file and no clock (the application layer, Surge.App, does), and its
/// namespaces depend on one another without cycles (docs/architecture.md).
/// </summary>
public sealed class CoreArchitectureTests
{
    /// <summary>The disk APIs of System.IO: whatever opens, lists or examines files and folders.</summary>
    private static readonly HashSet<string> _diskTypes = new(StringComparer.Ordinal)
    {
        "System.IO.File", "System.IO.Directory", "System.IO.FileInfo", "System.IO.DirectoryInfo", "System.IO.FileSystemInfo",
        "System.IO.FileStream", "System.IO.FileSystemWatcher", "System.IO.DriveInfo", "System.IO.StreamWriter",
        "System.IO.Enumeration.FileSystemEnumerable`1",
    };

    [Fact]
    public void CoreTypes_UseNoDiskApi()
    {
        var offenders = DiskOffenders(CoreAssembly.Uses);
        Assert.True(offenders.Length == 0, "the core parses text and reads no file (Surge.App does):\n" + string.Join("\n", offenders));
    }

    /// <summary>What reads the clock: the members that give the time or date now, and a stopwatch.</summary>
    private static readonly HashSet<string> _clockMembers = new(StringComparer.Ordinal)
    {
        "System.DateTime::get_Now", "System.DateTime::get_Today", "System.DateTime::get_UtcNow",
        "System.DateTimeOffset::get_Now", "System.DateTimeOffset::get_UtcNow", "System.TimeProvider::get_System",
        "System.Environment::get_TickCount", "System.Environment::get_TickCount64",
    };

    /// <summary>"METHOD reads CLOCK MEMBER" for every method of the assembly at <paramref name="assemblyPath"/> that calls one, or uses a stopwatch.</summary>
    private static string[] ClockReaders(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        return module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody)
            .SelectMany(m => m.Body.Instructions.Select(i => i.Operand).OfType<MethodReference>()
                .Select(called => $"{called.DeclaringType.FullName}::{called.Name}")
                .Where(called => _clockMembers.Contains(called) || called.StartsWith("System.Diagnostics.Stopwatch::", StringComparison.Ordinal))
                .Select(called => $"{m.DeclaringType.FullName}.{m.Name} reads {called}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    [Fact]
    public void CoreTypes_ReadNoClock()
    {
        // A session without a start date takes today's from Surge.App (InputFiles.Today): the same text parses the same.
        var readers = ClockReaders(typeof(Surge.Catalogue.ExerciseCatalogue).Assembly.Location);
        Assert.True(readers.Length == 0, "the core reads no clock (Surge.App does):\n" + string.Join("\n", readers));
    }

    [Fact]
    public void ClockScan_FindsTheClockOfTheApplicationLayer() =>
        Assert.Contains(ClockReaders(typeof(Surge.App.InputFiles).Assembly.Location), r => r.StartsWith("Surge.App.InputFiles.get_Today reads System.DateTime::get_Today", StringComparison.Ordinal));

    /// <summary>"TYPE uses DISK API" for every type of <paramref name="uses"/> that uses one, sorted.</summary>
    private static string[] DiskOffenders(IReadOnlyDictionary<string, IReadOnlySet<TypeReference>> uses) =>
        uses.SelectMany(pair => pair.Value.Where(IsDiskApi).Select(used => $"{pair.Key} uses {used.FullName}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void ImportTypes_UseNoDiskApi()
    {
        // The importers parse bytes and text as the core does; Surge.App's InputFiles reads the export from the disk.
        var offenders = DiskOffenders(CoreAssembly.UsesOf(typeof(Surge.Import.WorkoutLogReader).Assembly.Location));
        Assert.True(offenders.Length == 0, "the importers parse and read no file (Surge.App does):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void OnlyTheYamlNamespace_UsesYamlDotNet()
    {
        // One positioned tree and one accessor (Surge.Yaml) serve every reader: sessions, programs, trials, cases,
        // the catalogue, the parameters and the mapping files.
        var offenders = CoreAssembly.Uses
            .Where(pair => !pair.Key.StartsWith("Surge.Yaml.", StringComparison.Ordinal))
            .SelectMany(pair => pair.Value.Where(used => used.Namespace.StartsWith("YamlDotNet", StringComparison.Ordinal))
                .Select(used => $"{pair.Key} uses {used.FullName}"))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(offenders.Length == 0, "YAML is read through Surge.Yaml's tree only:\n" + string.Join("\n", offenders));
        Assert.Contains(CoreAssembly.Uses["Surge.Yaml.YamlTree"], used => used.Namespace.StartsWith("YamlDotNet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Surge.App")]
    [InlineData("Surge.Import")]
    [InlineData("Surge.Storage")]
    [InlineData("Surge.Reports")]
    public void OtherLayers_ReferenceNoYamlLibrary(string assembly)
    {
        var location = Path.Combine(Path.GetDirectoryName(typeof(Surge.App.InputFiles).Assembly.Location)!, assembly + ".dll");
        using var module = ModuleDefinition.ReadModule(location);
        Assert.DoesNotContain(module.AssemblyReferences, r => r.Name == "YamlDotNet");
    }

    /// <summary>The layers (docs/architecture.md): each assembly and the project assemblies it must not reference.</summary>
    [Theory]
    [InlineData("Surge.Core", "Surge.App Surge.Import Surge.Storage Surge.Reports Surge.Web surge")]
    [InlineData("Surge.Import", "Surge.App Surge.Storage Surge.Reports Surge.Web surge")]
    [InlineData("Surge.Storage", "Surge.App Surge.Import Surge.Reports Surge.Web surge")]
    [InlineData("Surge.App", "Surge.Reports Surge.Web surge")]
    [InlineData("Surge.Reports", "Surge.Import Surge.Storage Surge.Web surge")]
    public void Layers_ReferenceOnlyTheLayersBelow(string assembly, string forbidden)
    {
        var location = Path.Combine(Path.GetDirectoryName(typeof(Surge.App.InputFiles).Assembly.Location)!, assembly + ".dll");
        using var module = ModuleDefinition.ReadModule(location);
        var references = module.AssemblyReferences.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        Assert.True(references.Count > 0, $"{assembly} references nothing: not the assembly meant");
        var wrong = forbidden.Split(' ').Where(references.Contains).ToArray();
        Assert.True(wrong.Length == 0, $"{assembly} references {string.Join(", ", wrong)}, a layer above or beside it");
    }

    [Theory]
    [InlineData("Surge.Files.SessionFile")]
    [InlineData("Surge.Files.ProgramFile")]
    [InlineData("Surge.Files.TrialFile")]
    [InlineData("Surge.Files.TrialReader")]
    public void FileReaders_ReadNoFile(string type)
    {
        Assert.True(CoreAssembly.Uses.ContainsKey(type), $"{type} is not in the core");
        Assert.DoesNotContain(CoreAssembly.Uses[type], IsDiskApi);
    }

    [Theory]
    [InlineData("Surge.App.TextFiles")]
    [InlineData("Surge.App.FileIdentity")]
    [InlineData("Surge.App.ValidationFiles")]
    public void DiskApiScan_FindsTheReadersOfTheApplicationLayer(string type)
    {
        // The scan itself works: run on Surge.App, it sees the readers that moved out of the core read.
        var uses = CoreAssembly.UsesOf(typeof(Surge.App.TextFiles).Assembly.Location);
        Assert.True(uses.ContainsKey(type), $"{type} is not in Surge.App");
        Assert.Contains(uses[type], IsDiskApi);
    }

    [Theory]
    [InlineData("Surge.Files.TextFile")]
    [InlineData("Surge.Validation.ValidationCaseFile")]
    public void FormerReaders_StayInTheCore_AndReadNoFile(string type)
    {
        // What stays of them in the core (the size message, the case-file parser) parses text only.
        Assert.True(CoreAssembly.Uses.ContainsKey(type), $"{type} is not in the core");
        Assert.DoesNotContain(CoreAssembly.Uses[type], IsDiskApi);
    }

    [Fact]
    public void CoreNamespaces_DependOnEachOtherWithoutCycles()
    {
        var graph = NamespaceGraph();
        var cycles = StronglyConnected(graph.Keys.ToArray(), n => graph[n].Keys)
            .Where(component => component.Count > 1)
            .Select(component => string.Join("; ", component.SelectMany(from => graph[from]
                .Where(edge => component.Contains(edge.Key))
                .Select(edge => $"{from} → {edge.Key} ({string.Join(", ", edge.Value.Order(StringComparer.Ordinal).Take(3))})"))))
            .ToArray();
        Assert.True(cycles.Length == 0, "namespace cycles in the core:\n" + string.Join("\n", cycles));
    }

    [Theory]
    [InlineData("Surge.Physiology", "Surge.Simulation")]
    [InlineData("Surge.Catalogue", "Surge.Files")]
    [InlineData("Surge.Numerics", "Surge.Physiology")]
    [InlineData("Surge.Numerics", "Surge.Simulation")]
    [InlineData("Surge.Yaml", "Surge.Files")]
    [InlineData("Surge.Yaml", "Surge.Catalogue")]
    public void Namespace_DoesNotUse_TheLayerAboveIt(string from, string to)
    {
        var graph = NamespaceGraph();
        Assert.True(graph.ContainsKey(from), $"{from} is not a namespace of the core");
        Assert.False(graph[from].TryGetValue(to, out var users), $"{from} uses {to}: {string.Join(", ", users ?? [])}");
    }

    private static bool IsDiskApi(TypeReference type) => _diskTypes.Contains(type.FullName);

    /// <summary>For each namespace of the core, the core namespaces it uses and the types of it that use each.</summary>
    private static Dictionary<string, Dictionary<string, HashSet<string>>> NamespaceGraph()
    {
        var graph = new Dictionary<string, Dictionary<string, HashSet<string>>>(StringComparer.Ordinal);
        var coreNamespaces = CoreAssembly.Uses.Keys.Select(name => name[..Math.Max(0, name.LastIndexOf('.'))]).ToHashSet(StringComparer.Ordinal);
        foreach (var (owner, uses) in CoreAssembly.Uses)
        {
            var from = owner[..Math.Max(0, owner.LastIndexOf('.'))];
            if (!graph.TryGetValue(from, out var edges))
            {
                edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
                graph[from] = edges;
            }
            foreach (var used in uses)
            {
                var to = CoreAssembly.NamespaceOf(used);
                if (to != from && coreNamespaces.Contains(to) && used.Scope is ModuleDefinition)
                {
                    if (!edges.TryGetValue(to, out var users))
                    {
                        users = new HashSet<string>(StringComparer.Ordinal);
                        edges[to] = users;
                    }
                    users.Add($"{owner[(from.Length + 1)..]} uses {CoreAssembly.TopLevelName(used)[(to.Length + 1)..]}");
                }
            }
        }
        return graph;
    }

    /// <summary>Tarjan's strongly connected components.</summary>
    private static List<HashSet<string>> StronglyConnected(IReadOnlyList<string> nodes, Func<string, IEnumerable<string>> next)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<HashSet<string>>();

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var target in next(node))
            {
                if (!index.TryGetValue(target, out var targetIndex))
                {
                    Visit(target);
                    low[node] = Math.Min(low[node], low[target]);
                }
                else if (onStack.Contains(target))
                {
                    low[node] = Math.Min(low[node], targetIndex);
                }
            }
            if (low[node] == index[node])
            {
                var component = new HashSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);
                components.Add(component);
            }
        }

        foreach (var node in nodes)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }
        return components;
    }
}
