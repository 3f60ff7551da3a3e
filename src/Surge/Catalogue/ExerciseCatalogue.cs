// TEMPORARY stand-in: replaced by the input layer
using YamlDotNet.RepresentationModel;

namespace Surge.Catalogue;

/// <summary>The exercise catalogue (minimal stand-in: loads the embedded YAML, exact-name lookup).</summary>
public sealed class ExerciseCatalogue
{
    private const string ResourceName = "Surge.Data.exercises.yaml";
    private static readonly Lazy<ExerciseCatalogue> _default = new(Load);

    private ExerciseCatalogue(IReadOnlyList<Exercise> all) => All = all;

    /// <summary>The shipped catalogue.</summary>
    public static ExerciseCatalogue Default => _default.Value;

    /// <summary>Every exercise.</summary>
    public IReadOnlyList<Exercise> All { get; }

    /// <summary>The exercise named <paramref name="name"/> (name or alias, case-insensitive), or null.</summary>
    public Exercise? Find(string name) => All.FirstOrDefault(e =>
        string.Equals(e.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)
        || e.Aliases.Any(a => string.Equals(a, name.Trim(), StringComparison.OrdinalIgnoreCase)));

    /// <summary>Names close to <paramref name="name"/>.</summary>
    public IReadOnlyList<string> Suggest(string name, int count = 3) =>
        All.Select(e => e.Name)
            .Where(n => n.Contains(name.Trim(), StringComparison.OrdinalIgnoreCase) || name.Contains(n, StringComparison.OrdinalIgnoreCase))
            .Take(count)
            .ToArray();

    /// <summary>Exercises whose name, alias, equipment or muscles contain <paramref name="text"/>.</summary>
    public IEnumerable<Exercise> Search(string text) => All.Where(e =>
        e.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
        || e.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase))
        || e.Equipment.ToString().Contains(text, StringComparison.OrdinalIgnoreCase)
        || e.Primary.Concat(e.Secondary).Any(g => g.Id().Contains(text.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase)));

    private static ExerciseCatalogue Load()
    {
        using var stream = typeof(ExerciseCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var list = (YamlSequenceNode)root.Children[new YamlScalarNode("exercises")];
        var exercises = new List<Exercise>();
        foreach (var node in list.Children.Cast<YamlMappingNode>())
        {
            string Scalar(string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? "";
            IReadOnlyList<MuscleGroup> Groups(string key) =>
                ((YamlSequenceNode)node.Children[new YamlScalarNode(key)]).Children
                    .Select(c => MuscleGroups.FromId(((YamlScalarNode)c).Value ?? "") ?? throw new InvalidOperationException($"Unknown muscle group in {key}."))
                    .ToArray();
            var activation = new double[MuscleGroups.Count];
            foreach (var (key, value) in ((YamlMappingNode)node.Children[new YamlScalarNode("activation")]).Children)
            {
                var group = MuscleGroups.FromId(((YamlScalarNode)key).Value ?? "") ?? throw new InvalidOperationException("Unknown muscle group in activation.");
                activation[(int)group] = double.Parse(((YamlScalarNode)value).Value ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            }
            exercises.Add(new Exercise(
                Scalar("name"),
                Enum.Parse<Equipment>(Scalar("equipment"), ignoreCase: true),
                Groups("primary"),
                Groups("secondary"),
                activation,
                bool.Parse(Scalar("unilateral")),
                bool.Parse(Scalar("load_per_hand")),
                double.Parse(Scalar("body_mass_share"), System.Globalization.CultureInfo.InvariantCulture),
                double.Parse(Scalar("one_rm_ratio"), System.Globalization.CultureInfo.InvariantCulture),
                ((YamlSequenceNode)node.Children[new YamlScalarNode("aliases")]).Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToArray()));
        }
        return new ExerciseCatalogue(exercises);
    }
}
