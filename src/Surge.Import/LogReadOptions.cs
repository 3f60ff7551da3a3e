namespace Surge.Import;

/// <summary>How <see cref="WorkoutLogReader"/> reads an export: the same for a file, its bytes or its text.</summary>
/// <param name="Format">The app that wrote the export.</param>
/// <param name="Catalogue">The catalogue exercise names are matched against.</param>
/// <param name="Unit">The weight unit of exports that do not name it (Strong's comma layout); required for those.</param>
/// <param name="Mappings">Exercise names (any case) to catalogue names, for names the catalogue does not know.</param>
/// <param name="Progress">Receives the fraction of the rows read, from 0 to 1.</param>
public sealed record LogReadOptions(
    LogFormat Format,
    ExerciseCatalogue Catalogue,
    WeightUnit? Unit = null,
    IReadOnlyDictionary<string, string>? Mappings = null,
    IProgress<double>? Progress = null);
