namespace Surge.Catalogue;

/// <summary>The canonical muscle groups (formats.md). The order is fixed: arrays indexed by group use it.</summary>
public enum MuscleGroup
{
    Quadriceps,
    Hamstrings,
    Glutes,
    Adductors,
    Calves,
    Chest,
    Shoulders,
    Lats,
    UpperBack,
    ElbowFlexors,
    Triceps,
    Forearms,
    LowerBack,
    Abs,
}

/// <summary>Canonical ids of muscle groups, as written in every output.</summary>
public static class MuscleGroups
{
    /// <summary>The number of canonical groups.</summary>
    public const int Count = 14;

    private static readonly string[] _ids =
    [
        "quadriceps", "hamstrings", "glutes", "adductors", "calves", "chest", "shoulders",
        "lats", "upper_back", "elbow_flexors", "triceps", "forearms", "lower_back", "abs",
    ];

    /// <summary>All groups in canonical order.</summary>
    public static IReadOnlyList<MuscleGroup> All { get; } = Enum.GetValues<MuscleGroup>();

    /// <summary>The canonical id, e.g. <c>elbow_flexors</c>.</summary>
    public static string Id(this MuscleGroup group) => _ids[(int)group];

    /// <summary>The group with canonical id <paramref name="id"/>, or null.</summary>
    public static MuscleGroup? FromId(string id)
    {
        var index = Array.IndexOf(_ids, id.Trim().ToLowerInvariant());
        return index < 0 ? null : (MuscleGroup)index;
    }

    /// <summary>All canonical ids in order.</summary>
    public static IReadOnlyList<string> AllIds => _ids;
}
