using Surge.Physiology;

namespace Surge.Adaptation;

/// <summary>Chronic testosterone and resting-T parameters (docs/model.md, section 13, "Chronic testosterone" and
/// "Resting testosterone"; data/parameters.yaml, "Long-term adaptation").</summary>
/// <param name="GainUp">Size change per ln unit of a held level above the habitual one, 1.</param>
/// <param name="GainDown">Size change per ln unit below it, 1.</param>
/// <param name="Tau">Time constant of the approach to the new equilibrium, days.</param>
/// <param name="FatigueSuppression">Largest fall of resting T after very fatiguing sessions, fraction.</param>
/// <param name="FatigueTau">Time constant of the fatigue behind that fall, days.</param>
public sealed record ChronicTestosteroneParameters(double GainUp, double GainDown, double Tau, double FatigueSuppression, double FatigueTau)
    : IParameterGroup<ChronicTestosteroneParameters>
{
    /// <inheritdoc/>
    public static ChronicTestosteroneParameters Read(ParameterReader r) => new(
        r["chronic_testosterone_gain_up"], r["chronic_testosterone_gain_down"], r["chronic_testosterone_tau"],
        r["resting_testosterone_fatigue_suppression"], r["resting_testosterone_fatigue_tau"]);

    /// <summary>The size equilibrium E = 1 + β ln(T_held / T_habitual), β depending on the direction.</summary>
    public double Equilibrium(double heldNmolPerL, double habitualNmolPerL)
    {
        var logRatio = Math.Log(heldNmolPerL / habitualNmolPerL);
        return 1.0 + (logRatio >= 0 ? GainUp : GainDown) * logRatio;
    }

    /// <summary>Resting T (nmol/L) of a held level depressed by accumulated session fatigue <paramref name="fatigue"/>.</summary>
    public double RestingLevel(double heldNmolPerL, double fatigue) => heldNmolPerL * (1.0 - FatigueSuppression * Math.Min(1.0, fatigue));
}
