using System.Runtime.CompilerServices;
using Surge.Training;

namespace Surge.Physiology;

/// <summary>Muscle energetics parameters (docs/model.md, section 3; data/parameters.yaml, "Energetics").</summary>
/// <param name="PhosphocreatineStore">Resting PCr, mmol/kg wet muscle.</param>
/// <param name="AtpTurnoverAt1Rm">ATP turnover of a fully engaged muscle at 1RM, mmol ATP/kg/s.</param>
/// <param name="EccentricCostRatio">ATP cost of a lowering second relative to a lifting second, 1.</param>
/// <param name="IsometricCostRatio">ATP cost of a paused second relative to a lifting second, 1.</param>
/// <param name="AtpCostUnloadedShare">Share of a repetition's ATP cost that does not scale with the load, 1.</param>
/// <param name="PhosphocreatineShareWhenFull">Share of the anaerobic demand PCr covers when full, 1.</param>
/// <param name="GlycolysisOnsetTau">Time constant of glycolytic activation at a set's start, s.</param>
/// <param name="OxidativeShareInSet">Oxidative share of ATP supply with every motor unit recruited, 1.</param>
/// <param name="OxidativeShareExtraUnrecruited">Extra oxidative share per unit of unrecruited motor units, 1.</param>
/// <param name="PhosphocreatineRecoveryTau">PCr recovery time constant without acidosis, s.</param>
/// <param name="PhosphocreatineRecoveryAcidosisLactate">Muscle lactate that doubles the PCr recovery time constant, mmol/kg.</param>
/// <param name="FullRecruitmentLoad">Load at which every motor unit is recruited from the first rep, fraction of 1RM.</param>
/// <param name="GlycolysisInhibitionLactate">Muscle lactate at which glycolytic flux is halved, mmol/kg.</param>
/// <param name="GlycolyticCapacityUntrained">Glycolytic capacity of the untrained, relative to the trained, 1.</param>
/// <param name="GlycolyticCapacityElite">Glycolytic capacity of elite lifters, relative to the trained, 1.</param>
/// <param name="GlycolyticCapacityFemale">Glycolytic capacity of women, relative to men, 1.</param>
/// <param name="GlycolyticCapacityDeclinePerYear">Loss of glycolytic capacity per year over 30, 1/year.</param>
public sealed record EnergeticsParameters(
    double PhosphocreatineStore, double AtpTurnoverAt1Rm, double EccentricCostRatio, double IsometricCostRatio,
    double AtpCostUnloadedShare, double PhosphocreatineShareWhenFull, double GlycolysisOnsetTau, double OxidativeShareInSet,
    double OxidativeShareExtraUnrecruited, double PhosphocreatineRecoveryTau, double PhosphocreatineRecoveryAcidosisLactate,
    double FullRecruitmentLoad, double GlycolysisInhibitionLactate, double GlycolyticCapacityUntrained,
    double GlycolyticCapacityElite, double GlycolyticCapacityFemale, double GlycolyticCapacityDeclinePerYear)
    : IParameterGroup<EnergeticsParameters>
{
    /// <inheritdoc/>
    public static EnergeticsParameters Read(ParameterReader r) => new(
        r["phosphocreatine_store"], r["atp_turnover_at_1rm"], r["eccentric_cost_ratio"], r["isometric_cost_ratio"],
        r["atp_cost_unloaded_share"], r["phosphocreatine_share_when_full"], r["glycolysis_onset_tau"], r["oxidative_share_in_set"],
        r["oxidative_share_extra_unrecruited"], r["phosphocreatine_recovery_tau"], r["phosphocreatine_recovery_acidosis_lactate"],
        r["full_recruitment_load"], r["glycolysis_inhibition_lactate"], r["glycolytic_capacity_untrained"],
        r["glycolytic_capacity_elite"], r["glycolytic_capacity_female"], r["glycolytic_capacity_decline_per_year"]);

    /// <summary>Lactate made per unit of anaerobic ATP demand, relative to a young trained man (sex, training status, age).</summary>
    public double GlycolyticCapacity(Athlete athlete) =>
        (athlete.Sex == Sex.Male ? 1.0 : GlycolyticCapacityFemale)
        * athlete.TrainingStatus switch
        {
            TrainingStatus.Untrained => GlycolyticCapacityUntrained,
            TrainingStatus.Elite => GlycolyticCapacityElite,
            _ => 1.0,
        }
        * Math.Max(0.5, 1.0 - GlycolyticCapacityDeclinePerYear * Math.Max(0.0, athlete.AgeYears - 30.0));
}

/// <summary>
/// Phosphocreatine and glycolysis in one worked muscle group (docs/model.md, section 3): the set's anaerobic ATP
/// demand is met by PCr (recovering with a time constant slowed by acidosis) and by glycolysis, which starts within
/// seconds and is inhibited as muscle lactate accumulates.
/// </summary>
public sealed class MuscleEnergetics
{
    private readonly double _glycolysisOnsetSeconds, _pcrRatePerMin, _inversePcrAcidosisLactate;
    private readonly double _atpPerKgPerMinAt1Rm, _oxidativeShare, _oxidativeShareLight, _unloadedCostShare, _pcrShareWhenFull, _pcrStore;
    private readonly double _glycolyticCapacity, _glycolysisInhibitionSquared;
    // Forcing of the active set.
    private double _glycolyticActivation, _pcrDemandShare, _setDemandPerKgPerMin;

    /// <param name="p">The energetics parameters.</param>
    /// <param name="glycolyticCapacity">The athlete's glycolytic capacity (<see cref="EnergeticsParameters.GlycolyticCapacity"/>).</param>
    public MuscleEnergetics(EnergeticsParameters p, double glycolyticCapacity)
    {
        _atpPerKgPerMinAt1Rm = 60.0 * p.AtpTurnoverAt1Rm;
        _oxidativeShare = p.OxidativeShareInSet;
        _oxidativeShareLight = p.OxidativeShareExtraUnrecruited;
        _unloadedCostShare = p.AtpCostUnloadedShare;
        _pcrShareWhenFull = p.PhosphocreatineShareWhenFull;
        _glycolysisOnsetSeconds = p.GlycolysisOnsetTau;
        _pcrStore = p.PhosphocreatineStore;
        _glycolyticCapacity = glycolyticCapacity;
        _glycolysisInhibitionSquared = p.GlycolysisInhibitionLactate * p.GlycolysisInhibitionLactate;
        _pcrRatePerMin = 60.0 / p.PhosphocreatineRecoveryTau;
        _inversePcrAcidosisLactate = 1.0 / p.PhosphocreatineRecoveryAcidosisLactate;
    }

    /// <summary>Sets the forcing of <paramref name="set"/> (null: rest, no demand).</summary>
    public void SetActive(PlannedSet? set)
    {
        if (set is null)
        {
            _setDemandPerKgPerMin = 0;
            return;
        }
        // Light sets far from failure recruit mostly oxidative (type I) motor units: less of their ATP is anaerobic.
        var setOxidativeShare = _oxidativeShare + _oxidativeShareLight * (1.0 - set.Recruitment);
        // Set-average activation of glycolysis, which rises with time constant τ_g from the set's start.
        var setSeconds = set.DurationMin * 60.0;
        _glycolyticActivation = 1.0 - _glycolysisOnsetSeconds / setSeconds * (1.0 - Math.Exp(-setSeconds / _glycolysisOnsetSeconds));
        _pcrDemandShare = 1.0 - _glycolyticActivation * (1.0 - _pcrShareWhenFull);
        var contractionFraction = Math.Min(1.0, set.ContractionSecondsPerRep * set.Reps / (set.DurationMin * 60.0));
        // Anaerobic ATP demand per kg of a fully engaged group, mmol/kg/min, constant over the set.
        _setDemandPerKgPerMin = _atpPerKgPerMinAt1Rm * (_unloadedCostShare + (1.0 - _unloadedCostShare) * set.Intensity)
            * contractionFraction * (1.0 - setOxidativeShare);
    }

    /// <summary>
    /// Writes the PCr production and loss rates of one group (<paramref name="a"/>, <paramref name="b"/> at
    /// <paramref name="pcrIndex"/>) and returns its glycolytic lactate production, mmol/kg/min (0 at rest).
    /// </summary>
    /// <param name="pcr">PCr, fraction of rest.</param>
    /// <param name="lactate">Muscle lactate above rest, mmol/kg (not negative).</param>
    /// <param name="engagement">Share of the group's mass the set works.</param>
    /// <param name="a">Production rates of the state.</param>
    /// <param name="b">Loss rate constants of the state.</param>
    /// <param name="pcrIndex">Index of the group's PCr in the state.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Rates(double pcr, double lactate, double engagement, Span<double> a, Span<double> b, int pcrIndex)
    {
        // Phosphocreatine: recovery slowed by acidosis; use proportional to the anaerobic demand.
        var recoveryPerMin = _pcrRatePerMin / (1.0 + lactate * _inversePcrAcidosisLactate);
        a[pcrIndex] = recoveryPerMin;
        if (_setDemandPerKgPerMin > 0.0 && engagement > 0.0)
        {
            var demandPerKgPerMin = _setDemandPerKgPerMin * engagement;
            // Glycolysis takes a few seconds to reach full flux (set-average activation g); PCr covers what it does not.
            var glycolyticShare = _glycolyticActivation * (1.0 - _pcrShareWhenFull * Math.Clamp(pcr, 0.0, 1.0));
            b[pcrIndex] = recoveryPerMin + _pcrDemandShare * demandPerKgPerMin / _pcrStore;
            // 1.5 ATP per lactate; glycolysis is inhibited as muscle lactate accumulates.
            return demandPerKgPerMin * glycolyticShare / 1.5 * _glycolyticCapacity * _glycolysisInhibitionSquared / (_glycolysisInhibitionSquared + lactate * lactate);
        }
        b[pcrIndex] = recoveryPerMin;
        return 0.0;
    }
}
