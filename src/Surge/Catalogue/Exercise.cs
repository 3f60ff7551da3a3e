namespace Surge.Catalogue;

/// <summary>Kinds of equipment in the catalogue.</summary>
public enum Equipment
{
    Barbell,
    Dumbbell,
    Machine,
    Cable,
    Bodyweight,
    Kettlebell,
    Smith,
    Band,
}

/// <summary>One exercise of the catalogue (data/exercises.yaml; field meanings in docs/catalogue.md).</summary>
/// <param name="Name">Canonical name, lowercase.</param>
/// <param name="Equipment">The equipment.</param>
/// <param name="Primary">Prime movers: count 1 hard set each.</param>
/// <param name="Secondary">Synergists: count 0.5 hard set each.</param>
/// <param name="Activation">Fraction (0–1) of each group's mass recruited at maximal effort, indexed by <see cref="MuscleGroup"/>; 0 for groups not involved.</param>
/// <param name="Unilateral">Whether it can be done one side at a time.</param>
/// <param name="LoadPerHand">Whether the logged load is per hand (two dumbbells).</param>
/// <param name="BodyMassShare">Share of body mass moved in addition to the external load (0–1).</param>
/// <param name="OneRmRatio">Typical 1RM of the external load (per hand where <paramref name="LoadPerHand"/>) as a multiple of body mass, trained man.</param>
/// <param name="Aliases">Other names, including those Strong and Hevy use.</param>
public sealed record Exercise(
    string Name,
    Equipment Equipment,
    IReadOnlyList<MuscleGroup> Primary,
    IReadOnlyList<MuscleGroup> Secondary,
    IReadOnlyList<double> Activation,
    bool Unilateral,
    bool LoadPerHand,
    double BodyMassShare,
    double OneRmRatio,
    IReadOnlyList<string> Aliases)
{
    /// <summary>The activation share of <paramref name="group"/> (0 when not involved).</summary>
    public double ActivationOf(MuscleGroup group) => Activation[(int)group];
}
