using System.Globalization;
using F23.StringSimilarity;
using Surge.Yaml;

namespace Surge.Catalogue;

/// <summary>
/// The exercise catalogue (data/exercises.yaml; fields in docs/catalogue.md) with name matching.
/// Names match ignoring case, punctuation, extra spaces, a plural "s" per word, and equipment in parentheses
/// or as a leading word when that is unambiguous ("Leg Press (Machine)" finds "leg press"; "Bench Press (Dumbbell)"
/// finds a dumbbell entry, never a barbell one). Immutable and thread-safe.
/// </summary>
public sealed class ExerciseCatalogue
{
    /// <summary>The name of the embedded catalogue resource in the core assembly.</summary>
    public const string ResourceName = "Surge.Data.exercises.yaml";

    /// <summary>
    /// The longest exercise name accepted, in characters (the catalogue's longest name or alias is far shorter).
    /// Readers refuse longer names before matching them, and <see cref="Suggest"/> looks at no more than this many
    /// characters, so no name can make the closest-name search expensive.
    /// </summary>
    public const int MaximumNameLength = 100;

    private static readonly Lazy<ExerciseCatalogue> _default = new(LoadDefault);
    private static readonly JaroWinkler _jaroWinkler = new();
    private static readonly NormalizedLevenshtein _levenshtein = new();

    private readonly Dictionary<string, Exercise> _byKey;
    private readonly Dictionary<string, List<Exercise>> _byBase;
    private readonly List<(string Key, Exercise Exercise)> _keys;

    private ExerciseCatalogue(IReadOnlyList<Exercise> all, Dictionary<string, Exercise> byKey,
        Dictionary<string, List<Exercise>> byBase, List<(string, Exercise)> keys)
    {
        All = all;
        _byKey = byKey;
        _byBase = byBase;
        _keys = keys;
    }

    /// <summary>The catalogue shipped in the core assembly (resource <see cref="ResourceName"/>), loaded once on first use.</summary>
    public static ExerciseCatalogue Default => _default.Value;

    /// <summary>Every exercise, in file order.</summary>
    public IReadOnlyList<Exercise> All { get; }

    /// <summary>
    /// Reads a catalogue from YAML text. Throws <see cref="FormatException"/> naming the source, the line, the entry
    /// and the problem when the catalogue is broken (unknown muscle ids or equipment, activation keys that are not
    /// exactly primary ∪ secondary or values outside (0, 1], duplicate names or aliases after normalisation, …).
    /// Unknown fields of an entry are ignored.
    /// </summary>
    /// <param name="yaml">The catalogue text: a mapping with a list <c>exercises</c>.</param>
    /// <param name="sourceName">The file or resource name, for messages.</param>
    public static ExerciseCatalogue Parse(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        YamlTreeNode? root;
        try
        {
            root = YamlTree.Read(yaml);
        }
        catch (YamlTreeException exception)
        {
            throw new FormatException($"{sourceName}:{exception.Line}:{exception.Column}: {exception.Message}", exception);
        }
        if (root is not YamlTreeMapping top || top.Find("exercises") is not { Value: YamlTreeSequence list })
        {
            throw new FormatException($"{sourceName}: expected a mapping with a list 'exercises'");
        }

        var all = new List<Exercise>();
        var byKey = new Dictionary<string, Exercise>(StringComparer.Ordinal);
        var byBase = new Dictionary<string, List<Exercise>>(StringComparer.Ordinal);
        var keys = new List<(string, Exercise)>();
        for (var index = 0; index < list.Items.Count; index++)
        {
            var node = list.Items[index];
            var exercise = ReadEntry(node, index, sourceName);
            all.Add(exercise);
            foreach (var name in exercise.Aliases.Prepend(exercise.Name))
            {
                var key = ExerciseNames.Normalize(name);
                if (key.Length == 0)
                {
                    throw new FormatException($"{sourceName}:{node.Line}:{node.Column}: exercise '{exercise.Name}': the name or alias '{name}' has no letters or digits");
                }
                if (byKey.TryGetValue(key, out var other))
                {
                    if (ReferenceEquals(other, exercise))
                    {
                        continue;
                    }
                    throw new FormatException($"{sourceName}:{node.Line}:{node.Column}: exercise '{exercise.Name}': the name or alias '{name}' is the same (after normalisation: '{key}') as a name of '{other.Name}'");
                }
                byKey[key] = exercise;
                keys.Add((key, exercise));
                var (baseName, _) = ExerciseNames.SplitQualifier(name);
                if (!byBase.TryGetValue(baseName, out var sameBase))
                {
                    byBase[baseName] = sameBase = [];
                }
                if (!sameBase.Contains(exercise))
                {
                    sameBase.Add(exercise);
                }
            }
        }
        return new ExerciseCatalogue(all, byKey, byBase, keys);
    }

    /// <summary>
    /// Why <paramref name="name"/> is refused before any matching — "too long (N characters; at most 100)" — or null
    /// when its length is accepted.
    /// </summary>
    public static string? NameLengthProblem(string name) =>
        name.Length > MaximumNameLength
            ? string.Create(CultureInfo.InvariantCulture, $"too long ({name.Length} characters; at most {MaximumNameLength})")
            : null;

    /// <summary>
    /// The exercise named <paramref name="name"/> (canonical name or alias, matched as described on the class), or
    /// null when none or when the name is ambiguous.
    /// </summary>
    public Exercise? Find(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        if (_byKey.TryGetValue(ExerciseNames.Normalize(name), out var exact))
        {
            return exact;
        }
        var (baseName, qualifier) = ExerciseNames.SplitQualifier(name);
        if (qualifier is null)
        {
            // A leading equipment word works like a qualifier: "dumbbell bench press" = "bench press (dumbbell)".
            var space = baseName.IndexOf(' ');
            if (space < 0 || ExerciseNames.EquipmentOf(baseName[..space]) is null)
            {
                return null;
            }
            qualifier = baseName[..space];
            baseName = baseName[(space + 1)..];
        }
        else if (_byKey.TryGetValue(qualifier + " " + baseName, out var prefixed))
        {
            return prefixed;
        }

        var equipment = ExerciseNames.EquipmentOf(qualifier);
        var candidates = new List<Exercise>();
        if (_byBase.TryGetValue(baseName, out var sameBase))
        {
            candidates.AddRange(sameBase);
        }
        if (_byKey.TryGetValue(baseName, out var plain) && !candidates.Contains(plain))
        {
            candidates.Add(plain);
        }
        if (equipment is not null)
        {
            candidates = candidates.Where(e => e.Equipment == equipment).ToList();
        }
        return candidates.Count == 1 ? candidates[0] : null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> canonical names closest to <paramref name="name"/> (Jaro-Winkler and
    /// normalised Levenshtein similarity over names and aliases), best first, distinct. Only the first
    /// <see cref="MaximumNameLength"/> characters of <paramref name="name"/> are compared: the similarities cost the
    /// product of the two lengths, and a longer name is no exercise anyway.
    /// </summary>
    public IReadOnlyList<string> Suggest(string name, int count = 3)
    {
        if (count <= 0 || _keys.Count == 0)
        {
            return [];
        }
        name ??= "";
        var query = ExerciseNames.Normalize(name.Length > MaximumNameLength ? name[..MaximumNameLength] : name);
        return _keys
            .Select(k => (k.Exercise.Name, Score: Similarity(query, k.Key)))
            .GroupBy(s => s.Name)
            .Select(g => (Name: g.Key, Score: g.Max(s => s.Score)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Take(count)
            .Select(s => s.Name)
            .ToList();
    }

    /// <summary>
    /// Exercises whose name, an alias or a muscle id (primary or secondary) contains <paramref name="text"/>
    /// (case-insensitive; punctuation and plurals ignored). An empty text gives every exercise.
    /// </summary>
    public IEnumerable<Exercise> Search(string text)
    {
        var query = ExerciseNames.Normalize(text ?? "");
        if (query.Length == 0)
        {
            return All;
        }
        var raw = (text ?? "").Trim().ToLowerInvariant();
        return All.Where(e =>
            e.Aliases.Prepend(e.Name).Any(n => ExerciseNames.Normalize(n).Contains(query, StringComparison.Ordinal))
            || e.Primary.Concat(e.Secondary).Any(m =>
                m.Id().Contains(raw, StringComparison.Ordinal)
                || ExerciseNames.Normalize(m.Id()).Contains(query, StringComparison.Ordinal)));
    }

    private static double Similarity(string query, string key)
    {
        if (query.Length == 0)
        {
            return 0;
        }
        var score = Math.Max(_jaroWinkler.Similarity(query, key), 1.0 - _levenshtein.Distance(query, key));
        if (key.Contains(query, StringComparison.Ordinal) || query.Contains(key, StringComparison.Ordinal))
        {
            score += 0.2;
        }
        return score;
    }

    private static ExerciseCatalogue LoadDefault()
    {
        using var stream = typeof(ExerciseCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The core assembly has no embedded resource '{ResourceName}'.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), ResourceName);
    }

    private static Exercise ReadEntry(YamlTreeNode node, int index, string source)
    {
        var where = $"{source}:{node.Line}:{node.Column}: exercises[{index}]";
        if (node is not YamlTreeMapping entry)
        {
            throw new FormatException($"{where}: expected an exercise object, got {node.Describe()}");
        }
        var name = entry.Find("name")?.Value is YamlTreeScalar { IsNull: false } nameNode ? nameNode.Value.Trim() : null;
        if (string.IsNullOrEmpty(name))
        {
            throw new FormatException($"{where}: missing 'name'");
        }
        where = $"{source}:{node.Line}:{node.Column}: exercise '{name}'";

        string Text(string field)
        {
            if (entry.Find(field)?.Value is YamlTreeScalar { IsNull: false } scalar)
            {
                return scalar.Value.Trim();
            }
            throw new FormatException($"{where}: missing or non-text '{field}'");
        }

        double Number(string field, double minimum, double maximum)
        {
            var text = Text(field);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < minimum || value > maximum)
            {
                throw new FormatException($"{where}: '{field}' must be a number from {minimum.ToString(CultureInfo.InvariantCulture)} to {maximum.ToString(CultureInfo.InvariantCulture)}, got '{text}'");
            }
            return value;
        }

        bool Flag(string field)
        {
            var text = Text(field).ToLowerInvariant();
            return text switch
            {
                "true" => true,
                "false" => false,
                _ => throw new FormatException($"{where}: '{field}' must be true or false, got '{text}'"),
            };
        }

        List<MuscleGroup> Muscles(string field)
        {
            var found = entry.Find(field)?.Value;
            if (found is null || found is YamlTreeScalar { IsNull: true })
            {
                return [];
            }
            if (found is not YamlTreeSequence sequence)
            {
                throw new FormatException($"{where}: '{field}' must be a list of muscle ids");
            }
            var groups = new List<MuscleGroup>();
            foreach (var item in sequence.Items)
            {
                var id = item is YamlTreeScalar s ? s.Value : "";
                var group = MuscleGroups.FromId(id)
                    ?? throw new FormatException($"{where}: unknown muscle id '{id}' in '{field}' (known: {string.Join(", ", MuscleGroups.AllIds)})");
                if (groups.Contains(group))
                {
                    throw new FormatException($"{where}: muscle '{id}' appears twice in '{field}'");
                }
                groups.Add(group);
            }
            return groups;
        }

        var equipmentText = Text("equipment");
        if (!Enum.TryParse<Equipment>(equipmentText, ignoreCase: true, out var equipment) || !Enum.IsDefined(equipment)
            || equipmentText.Any(char.IsDigit))
        {
            throw new FormatException($"{where}: unknown equipment '{equipmentText}' (known: {string.Join(", ", Enum.GetNames<Equipment>().Select(n => n.ToLowerInvariant()))})");
        }
        var primary = Muscles("primary");
        var secondary = Muscles("secondary");
        if (primary.Count == 0)
        {
            throw new FormatException($"{where}: 'primary' must name at least one muscle");
        }
        var both = primary.Intersect(secondary).ToList();
        if (both.Count > 0)
        {
            throw new FormatException($"{where}: muscle '{both[0].Id()}' is both primary and secondary");
        }

        var activation = new double[MuscleGroups.Count];
        if (entry.Find("activation")?.Value is not YamlTreeMapping activationNode)
        {
            throw new FormatException($"{where}: 'activation' must be an object of muscle id: share");
        }
        foreach (var (keyNode, valueNode) in activationNode.Entries)
        {
            var group = MuscleGroups.FromId(keyNode.Value)
                ?? throw new FormatException($"{where}: unknown muscle id '{keyNode.Value}' in 'activation' (known: {string.Join(", ", MuscleGroups.AllIds)})");
            if (!primary.Contains(group) && !secondary.Contains(group))
            {
                throw new FormatException($"{where}: activation of '{keyNode.Value}', which is neither primary nor secondary");
            }
            var text = valueNode is YamlTreeScalar s ? s.Value : "";
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) || !(share > 0 && share <= 1))
            {
                throw new FormatException($"{where}: activation of '{keyNode.Value}' must be in (0, 1], got '{text}'");
            }
            activation[(int)group] = share;
        }
        var missing = primary.Concat(secondary).FirstOrDefault(g => activation[(int)g] == 0, (MuscleGroup)(-1));
        if (missing != (MuscleGroup)(-1))
        {
            throw new FormatException($"{where}: no activation given for '{missing.Id()}', which is primary or secondary");
        }

        var aliases = new List<string>();
        var aliasNode = entry.Find("aliases")?.Value;
        if (aliasNode is YamlTreeSequence aliasList)
        {
            foreach (var item in aliasList.Items)
            {
                if (item is not YamlTreeScalar { IsNull: false } alias || alias.Value.Trim().Length == 0)
                {
                    throw new FormatException($"{where}: every alias must be a non-empty name");
                }
                aliases.Add(alias.Value.Trim());
            }
        }
        else if (aliasNode is not null && aliasNode is not YamlTreeScalar { IsNull: true })
        {
            throw new FormatException($"{where}: 'aliases' must be a list of names");
        }

        return new Exercise(
            name.ToLowerInvariant(),
            equipment,
            primary,
            secondary,
            activation,
            Flag("unilateral"),
            Flag("load_per_hand"),
            Number("body_mass_share", 0, 1),
            Number("one_rm_ratio", 0.0, 10),
            aliases);
    }
}
