using Surge.Physiology;

namespace Surge.Trials;

/// <summary>
/// A person's own acute response as factors on the typical subject's (1 = the population's average), fitted to their
/// samples by <c>surge fit</c> (docs/model.md, "Fitting to a person"). Three are the factors a virtual-trial subject has
/// (<see cref="SubjectFactors"/>) and are applied by the same code, so a fitted factor and a trial subject's mean the
/// same thing; the fourth scales the blood lactate rise.
/// </summary>
/// <param name="GrowthHormone">Factor on the largest exercise GH secretion (<c>gh_exercise_plateau</c>), 1.</param>
/// <param name="Cortisol">Factor on the largest exercise cortisol secretion (<c>cortisol_secretion_max</c>), 1.</param>
/// <param name="Lactate">
/// Factor on the blood lactate rise: the apparent lactate space (<c>lactate_space</c>) is divided by it, so the same
/// lactate released from the muscles gives a rise this many times as large, 1.
/// </param>
/// <param name="LactateClearance">Factor on the rate lactate is removed from the blood (<c>lactate_removal_rate</c>), 1.</param>
public sealed record PersonalResponse(double GrowthHormone = 1.0, double Cortisol = 1.0, double Lactate = 1.0, double LactateClearance = 1.0)
{
    /// <summary>The typical subject: every factor 1.</summary>
    public static PersonalResponse Typical { get; } = new();

    /// <summary>The factors a stored profile holds (1 for each not fitted).</summary>
    public static PersonalResponse Of(Training.AthleteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new(settings.GrowthHormoneResponse ?? 1.0, settings.CortisolResponse ?? 1.0, settings.LactateResponse ?? 1.0, settings.LactateClearance ?? 1.0);
    }

    /// <summary><paramref name="simulator"/> as this person answers: the same simulator when every factor is 1.</summary>
    public Simulation.SessionSimulator Apply(Simulation.SessionSimulator simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        return this == Typical ? simulator : new Simulation.SessionSimulator(Apply(simulator.Parameters));
    }

    /// <summary>The parameter set of this person: <paramref name="p"/> with the varying parameters scaled by the factors.</summary>
    public ModelParameters Apply(ModelParameters p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (this == Typical)
        {
            return p;
        }
        var scaled = SubjectVariability.Apply(p, SubjectFactors.Typical with
        {
            GrowthHormoneResponse = GrowthHormone,
            CortisolResponse = Cortisol,
            LactateClearance = LactateClearance,
        });
        return Lactate == 1.0
            ? scaled
            : scaled.With(new Dictionary<string, double>(StringComparer.Ordinal) { ["lactate_space"] = p.Group<LactateParameters>().Space / Lactate });
    }
}
