using Surge.Catalogue;
using Surge.Simulation;

namespace Surge.Physiology;

/// <summary>
/// The acute model's differential equations (docs/model.md, sections 3–9) in production–loss form.
/// State: nine whole-body variables, then four per tracked muscle group. All rates are per minute.
/// The driver sets <see cref="ActiveSet"/> before each step; everything else is precomputed.
/// </summary>
public sealed class AcuteModel : IProductionLossSystem
{
    /// <summary>Blood lactate above rest, mmol/L.</summary>
    public const int BloodLactate = 0;
    /// <summary>Fluid moved from plasma into working muscle, L.</summary>
    public const int FluidShift = 1;
    /// <summary>Sympathetic drive (central command + metaboreflex), dimensionless.</summary>
    public const int Sympathetic = 2;
    /// <summary>Total testosterone above the circadian baseline (plasma-volume corrected), nmol/L.</summary>
    public const int TestosteroneExcess = 3;
    /// <summary>Growth hormone (plasma-volume corrected), µg/L.</summary>
    public const int GrowthHormone = 4;
    /// <summary>Somatostatin-like feedback on basal GH secretion, dimensionless.</summary>
    public const int GrowthHormoneFeedback = 5;
    /// <summary>ACTH drive of the adrenal cortex, 0–1.</summary>
    public const int Acth = 6;
    /// <summary>Cortisol above the circadian baseline (plasma-volume corrected), nmol/L.</summary>
    public const int CortisolExcess = 7;
    /// <summary>Inflammatory signal from micro-damage (IL-6-like), dimensionless.</summary>
    public const int Inflammation = 8;
    /// <summary>Lactate produced by glycolysis since the start (cumulative), mmol.</summary>
    public const int LactateProduced = 9;
    /// <summary>Number of whole-body variables; group variables follow.</summary>
    public const int GlobalCount = 10;
    /// <summary>Offsets of the four per-group variables: PCr (fraction of rest), muscle lactate above rest (mmol/kg), damage (units), AR up-regulation (fraction).</summary>
    public const int Phosphocreatine = 0, MuscleLactate = 1, Damage = 2, AndrogenReceptor = 3, PerGroup = 4;

    private static readonly string[] _globalNames =
        ["blood lactate", "fluid shift", "sympathetic drive", "testosterone excess", "growth hormone", "GH feedback", "ACTH drive", "cortisol excess", "inflammation", "lactate produced"];
    private static readonly string[] _groupNames = ["phosphocreatine", "muscle lactate", "damage", "androgen receptor"];

    private readonly double[] _testosteroneBaseline;
    private readonly double[] _groupMassKg;
    // Per-set forcing, per tracked group (set by the driver).
    private readonly double[] _engagement;
    private readonly double[] _arStimulus;

    // Precomputed constants (units in the names).
    private readonly double _glycolysisOnsetSeconds, _pcrRatePerMin, _inversePcrAcidosisLactate, _exchangeConductancePerL;
    private readonly double _atpPerKgPerMinAt1Rm, _oxidativeShare, _oxidativeShareLight, _unloadedCostShare, _pcrShareWhenFull, _pcrStore;
    private readonly double _glycolyticCapacity, _glycolysisInhibitionSquared;
    private readonly double _exchangePerMin, _removalPerMin, _lactateSpaceL;
    private readonly double _fluidShiftMaxL, _fluidShiftHalfMmol, _fluidInPerMin, _fluidReturnPerMin;
    private readonly double _sympatheticPerMin, _centralReferenceKg, _metaboreflexReferenceMmol, _metaboreflexWeight;
    private readonly double _stressLactateReference;
    private readonly double _tPerMin, _tClearanceMax, _tDriveHalfPow, _tHill, _tDamageWeight;
    private readonly double _ghPerMin, _ghRest, _ghPlateau, _ghStressHalfPow, _ghHill, _ghMetaboreflexWeight, _ghFeedbackPerMin, _ghFeedbackGain;
    private readonly double _acthPerMin, _cortisolPerMin, _cortisolSecretionMax, _cortisolHalfPow, _cortisolHill, _cortisolDamageWeight;
    private readonly double _inflammationPerMin, _damageRecoveryPerMin;
    private readonly double _arMax, _arRatePerMin, _arReturnPerMin, _arTestosteroneWeight;

    /// <param name="profile">The athlete.</param>
    /// <param name="p">The parameter set.</param>
    /// <param name="trackedGroups">Groups with their own state.</param>
    /// <param name="testosteroneBaselinePerMinute">
    /// The circadian total-testosterone baseline (nmol/L) at t = 0, 1, 2 … min, covering the whole record plus one
    /// minute; interpolated linearly in between (relative error below 1e-6 for a 24-h rhythm).
    /// </param>
    public AcuteModel(AthleteProfile profile, ModelParameters p, IReadOnlyList<MuscleGroup> trackedGroups, double[] testosteroneBaselinePerMinute)
    {
        _testosteroneBaseline = testosteroneBaselinePerMinute;
        TrackedGroups = trackedGroups;
        _groupMassKg = trackedGroups.Select(g => profile.MuscleMassKg[(int)g]).ToArray();
        _engagement = new double[trackedGroups.Count];
        _arStimulus = new double[trackedGroups.Count];
        Dimension = GlobalCount + PerGroup * trackedGroups.Count;

        _atpPerKgPerMinAt1Rm = 60.0 * p["atp_turnover_at_1rm"];
        _oxidativeShare = p["oxidative_share_in_set"];
        _oxidativeShareLight = p["oxidative_share_extra_unrecruited"];
        _unloadedCostShare = p["atp_cost_unloaded_share"];
        _pcrShareWhenFull = p["phosphocreatine_share_when_full"];
        _glycolysisOnsetSeconds = p["glycolysis_onset_tau"];
        _pcrStore = p["phosphocreatine_store"];
        _glycolyticCapacity = profile.GlycolyticCapacity;
        _glycolysisInhibitionSquared = p["glycolysis_inhibition_lactate"] * p["glycolysis_inhibition_lactate"];
        _exchangePerMin = p["lactate_exchange_rate"];
        _pcrRatePerMin = 60.0 / p["phosphocreatine_recovery_tau"];
        _inversePcrAcidosisLactate = 1.0 / p["phosphocreatine_recovery_acidosis_lactate"];
        _removalPerMin = p["lactate_removal_rate"];
        _lactateSpaceL = profile.LactateSpaceL;
        _exchangeConductancePerL = _exchangePerMin * _groupMassKg.Sum() / _lactateSpaceL;
        _fluidShiftMaxL = p["plasma_volume_shift_max"] * profile.PlasmaVolumeL;
        _fluidShiftHalfMmol = p["plasma_volume_shift_half_load"];
        _fluidInPerMin = 1.0 / p["fluid_shift_tau"];
        _fluidReturnPerMin = 1.0 / p["fluid_return_tau"];
        _sympatheticPerMin = 1.0 / p["sympathetic_tau"];
        _centralReferenceKg = p["central_command_reference_mass"];
        _metaboreflexReferenceMmol = p["metaboreflex_reference_lactate"];
        _metaboreflexWeight = p["metaboreflex_weight"];
        _stressLactateReference = p["stress_lactate_reference"];
        _tPerMin = Math.Log(2) / p["testosterone_excess_half_life"];
        _tClearanceMax = p["testosterone_clearance_reduction_max"] * profile.TestosteroneResponse;
        _tHill = p["testosterone_drive_hill"];
        _tDriveHalfPow = Math.Pow(p["testosterone_drive_half"], _tHill);
        _tDamageWeight = p["testosterone_damage_weight"];
        _ghPerMin = Math.Log(2) / p["gh_half_life"];
        _ghRest = profile.GrowthHormoneRestUgPerL;
        _ghPlateau = p["gh_exercise_plateau"] * profile.GrowthHormoneResponse;
        _ghHill = p["gh_stress_hill"];
        _ghMetaboreflexWeight = p["gh_metaboreflex_weight"];
        _ghStressHalfPow = Math.Pow(p["gh_stress_half"], _ghHill);
        _ghFeedbackPerMin = 1.0 / p["gh_feedback_tau"];
        _ghFeedbackGain = p["gh_feedback_gain"];
        _acthPerMin = 1.0 / p["acth_tau"];
        _cortisolPerMin = Math.Log(2) / p["cortisol_half_life"];
        _cortisolSecretionMax = p["cortisol_secretion_max"];
        _cortisolHill = p["cortisol_drive_hill"];
        _cortisolHalfPow = Math.Pow(p["cortisol_drive_half"], _cortisolHill);
        _cortisolDamageWeight = p["cortisol_damage_weight"];
        _inflammationPerMin = 1.0 / p["inflammation_tau"];
        _damageRecoveryPerMin = 1.0 / p["damage_recovery_tau"];
        _arMax = p["ar_upregulation_max"];
        _arRatePerMin = p["ar_upregulation_rate"];
        _arReturnPerMin = 1.0 / p["ar_return_tau"];
        _arTestosteroneWeight = p["ar_testosterone_weight"];
    }

    /// <summary>The muscle groups with their own state, in state order.</summary>
    public IReadOnlyList<MuscleGroup> TrackedGroups { get; }

    public int Dimension { get; }

    /// <summary>The set being performed, or null during rest.</summary>
    public PlannedSet? ActiveSet { get; private set; }

    // Forcing of the active set.
    private double _intensity, _centralCommand, _damagePerMin, _setOxidativeShare, _glycolyticActivation, _pcrDemandShare, _setDemandPerKgPerMin;
    private readonly double[] _damageShare = new double[MuscleGroups.Count];

    /// <summary>Sets the forcing for the coming steps: <paramref name="set"/> is being performed (null: rest).</summary>
    public void SetActive(PlannedSet? set, IReadOnlyDictionary<MuscleGroup, int> groupIndex, double damageReference, double damageEccentricExponent, double referenceEccentricSeconds)
    {
        ActiveSet = set;
        Array.Clear(_engagement);
        Array.Clear(_arStimulus);
        Array.Clear(_damageShare);
        _intensity = 0; _centralCommand = 0; _damagePerMin = 0; _setDemandPerKgPerMin = 0;
        if (set is null)
        {
            return;
        }
        _intensity = set.Intensity;
        // Light sets far from failure recruit mostly oxidative (type I) motor units: less of their ATP is anaerobic.
        _setOxidativeShare = _oxidativeShare + _oxidativeShareLight * (1.0 - set.Recruitment);
        // Set-average activation of glycolysis, which rises with time constant τ_g from the set's start.
        var setSeconds = set.DurationMin * 60.0;
        _glycolyticActivation = 1.0 - _glycolysisOnsetSeconds / setSeconds * (1.0 - Math.Exp(-setSeconds / _glycolysisOnsetSeconds));
        _pcrDemandShare = 1.0 - _glycolyticActivation * (1.0 - _pcrShareWhenFull);
        _contractionFraction = Math.Min(1.0, set.ContractionSecondsPerRep * set.Reps / (set.DurationMin * 60.0));
        // Anaerobic ATP demand per kg of a fully engaged group, mmol/kg/min, constant over the set.
        _setDemandPerKgPerMin = _atpPerKgPerMinAt1Rm * (_unloadedCostShare + (1.0 - _unloadedCostShare) * _intensity)
            * _contractionFraction * (1.0 - _setOxidativeShare);
        var recruitedKg = 0.0;
        var eccentricFactor = Math.Pow(Math.Max(0.25, set.EccentricSecondsPerRep) / referenceEccentricSeconds, damageEccentricExponent);
        var damageTotal = 0.0;
        for (var i = 0; i < set.Groups.Length; i++)
        {
            var k = groupIndex[set.Groups[i]];
            var groupMass = _groupMassKg[k];
            // Engagement: the share of the group's mass this exercise works (activation × side).
            _engagement[k] = set.WorkingMassKg[i] / groupMass;
            _arStimulus[k] = _engagement[k] * set.Recruitment * set.Effort;
            var recruited = set.WorkingMassKg[i] * set.Recruitment;
            recruitedKg += recruited;
            _damageShare[k] = recruited;
            damageTotal += recruited;
        }
        if (damageTotal > 0)
        {
            for (var k = 0; k < _damageShare.Length; k++)
            {
                _damageShare[k] /= damageTotal;
            }
        }
        _centralCommand = recruitedKg / _centralReferenceKg;
        // Damage units per minute: recruited kg × relative load × reps × eccentric factor / reference, spread over the set.
        _damagePerMin = damageTotal * set.Intensity * set.Reps * eccentricFactor / damageReference / set.DurationMin;
    }

    private double _contractionFraction;

    private static double Hill(double x, double halfPow, double n)
    {
        if (x <= 0)
        {
            return 0;
        }
        var xn = n switch { 2.0 => x * x, 3.0 => x * x * x, 4.0 => x * x * x * x, _ => Math.Pow(x, n) };
        return xn / (xn + halfPow);
    }

    public void Rates(double t, ReadOnlySpan<double> x, Span<double> a, Span<double> b)
    {
        var bloodLactate = Math.Max(0.0, x[BloodLactate]);
        var muscleLactatePoolMmol = 0.0;
        var exchangeIn = 0.0;
        var damageRate = 0.0;
        var productionMmolPerMin = 0.0;
        var minute = Math.Clamp((int)t, 0, _testosteroneBaseline.Length - 2);
        var baseline = _testosteroneBaseline[minute] + (t - minute) * (_testosteroneBaseline[minute + 1] - _testosteroneBaseline[minute]);
        var testosteroneRelative = x[TestosteroneExcess] / Math.Max(1e-9, baseline);
        var arBoost = 1.0 + _arTestosteroneWeight * Math.Max(0.0, testosteroneRelative);

        for (var k = 0; k < _groupMassKg.Length; k++)
        {
            var o = GlobalCount + PerGroup * k;
            var pcr = x[o + Phosphocreatine];
            var lactate = Math.Max(0.0, x[o + MuscleLactate]);
            var mass = _groupMassKg[k];
            var engagement = _engagement[k];

            // Phosphocreatine: recovery slowed by acidosis; use proportional to the anaerobic demand.
            var recoveryPerMin = _pcrRatePerMin / (1.0 + lactate * _inversePcrAcidosisLactate);
            a[o + Phosphocreatine] = recoveryPerMin;
            a[o + MuscleLactate] = _exchangePerMin * bloodLactate;
            b[o + MuscleLactate] = _exchangePerMin;
            if (_setDemandPerKgPerMin > 0.0 && engagement > 0.0)
            {
                var demandPerKgPerMin = _setDemandPerKgPerMin * engagement;
                // Glycolysis takes a few seconds to reach full flux (set-average activation g); PCr covers what it does not.
                var glycolyticShare = _glycolyticActivation * (1.0 - _pcrShareWhenFull * Math.Clamp(pcr, 0.0, 1.0));
                b[o + Phosphocreatine] = recoveryPerMin + _pcrDemandShare * demandPerKgPerMin / _pcrStore;
                // 1.5 ATP per lactate; glycolysis is inhibited as muscle lactate accumulates.
                var production = demandPerKgPerMin * glycolyticShare / 1.5 * _glycolyticCapacity * _glycolysisInhibitionSquared / (_glycolysisInhibitionSquared + lactate * lactate);
                productionMmolPerMin += production * mass;
                a[o + MuscleLactate] += production;
            }
            else
            {
                b[o + Phosphocreatine] = recoveryPerMin;
            }
            exchangeIn += _exchangePerMin * mass * lactate;
            // Metabolites held in the muscle above what the blood already carries drive the metaboreflex and,
            // as the muscle's osmotic excess, the plasma-volume shift.
            muscleLactatePoolMmol += mass * Math.Max(0.0, lactate - bloodLactate);

            var groupDamageRate = _damagePerMin * _damageShare[k];
            damageRate += groupDamageRate;
            a[o + Damage] = groupDamageRate;
            b[o + Damage] = _damageRecoveryPerMin;

            var arRate = _arRatePerMin * _arStimulus[k] * arBoost;
            a[o + AndrogenReceptor] = arRate * _arMax;
            b[o + AndrogenReceptor] = arRate + _arReturnPerMin;
        }

        a[BloodLactate] = exchangeIn / _lactateSpaceL;
        b[BloodLactate] = _removalPerMin + _exchangeConductancePerL;

        a[LactateProduced] = productionMmolPerMin;
        b[LactateProduced] = 0.0;

        // Plasma water moves into worked muscle quickly as its osmotic load builds, and returns slowly.
        var fluidTarget = _fluidShiftMaxL * muscleLactatePoolMmol / (muscleLactatePoolMmol + _fluidShiftHalfMmol);
        var fluidRate = fluidTarget > x[FluidShift] ? _fluidInPerMin : _fluidReturnPerMin;
        a[FluidShift] = fluidRate * fluidTarget;
        b[FluidShift] = fluidRate;

        // The metaboreflex: metabolites held in the working muscle (also the HPA axis's drive, below).
        var metaboreflex = _metaboreflexWeight * muscleLactatePoolMmol / _metaboreflexReferenceMmol;
        var drive = _centralCommand + metaboreflex;
        a[Sympathetic] = _sympatheticPerMin * drive;
        b[Sympathetic] = _sympatheticPerMin;

        a[Inflammation] = damageRate;
        b[Inflammation] = _inflammationPerMin;
        var inflammation = Math.Max(0.0, x[Inflammation]);

        // Testosterone: exercise lowers its clearance by a fraction c; dT/dt = P − k(1−c)T with P = k·Tb + dTb/dt.
        // Exercise stress: sympathetic drive plus the blood lactate load (P5), in units of the reference leg session;
        // its metabolic part leaves out central command.
        var metabolicStress = _ghMetaboreflexWeight * muscleLactatePoolMmol / _metaboreflexReferenceMmol + bloodLactate / _stressLactateReference;
        var stress = Math.Max(0.0, x[Sympathetic]) + bloodLactate / _stressLactateReference;
        var clearanceReduction = _tClearanceMax * Hill(stress + _tDamageWeight * inflammation, _tDriveHalfPow, _tHill);
        a[TestosteroneExcess] = _tPerMin * clearanceReduction * baseline;
        b[TestosteroneExcess] = _tPerMin * (1.0 - clearanceReduction);

        // Growth hormone: basal + exercise secretion driven by metabolic stress (metaboreflex and lactate, P5), both
        // damped by somatostatin-like feedback.
        var gh = Math.Max(0.0, x[GrowthHormone]);
        var feedback = Math.Max(0.0, x[GrowthHormoneFeedback]);
        a[GrowthHormone] = _ghPerMin * (_ghRest + _ghPlateau * Hill(metabolicStress, _ghStressHalfPow, _ghHill)) * Math.Max(0.0, 1.0 - feedback);
        b[GrowthHormone] = _ghPerMin;
        a[GrowthHormoneFeedback] = _ghFeedbackPerMin * _ghFeedbackGain * Math.Max(0.0, gh - _ghRest);
        b[GrowthHormoneFeedback] = _ghFeedbackPerMin;

        // HPA axis: ACTH follows a threshold function of the working muscle's metabolites (+ inflammation), with no
        // feedback ceiling while the work goes on (docs/model.md, section 9); cortisol follows ACTH.
        a[Acth] = _acthPerMin * Hill(metaboreflex + _cortisolDamageWeight * inflammation, _cortisolHalfPow, _cortisolHill);
        b[Acth] = _acthPerMin;
        a[CortisolExcess] = _cortisolSecretionMax * Math.Max(0.0, x[Acth]);
        b[CortisolExcess] = _cortisolPerMin;
    }

    /// <summary>Initial state: everything at rest (PCr full, no excess).</summary>
    public void Initialise(Span<double> x)
    {
        x.Clear();
        x[GrowthHormone] = _ghRest;
        for (var k = 0; k < _groupMassKg.Length; k++)
        {
            x[GlobalCount + PerGroup * k + Phosphocreatine] = 1.0;
        }
    }

    /// <summary>The name of state variable <paramref name="index"/>, for error messages.</summary>
    public string StateName(int index) => index < GlobalCount
        ? _globalNames[index]
        : $"{_groupNames[(index - GlobalCount) % PerGroup]} ({TrackedGroups[(index - GlobalCount) / PerGroup].Id()})";
}
