using Surge.Catalogue;
using Surge.Numerics;

namespace Surge.Physiology;

/// <summary>
/// The acute model's differential equations (docs/model.md, sections 3–9) in production–loss form.
/// State: eleven whole-body variables, then four per tracked muscle group. All rates are per minute.
/// The driver sets <see cref="ActiveSet"/> before each step; everything else is precomputed.
/// </summary>
public sealed class AcuteModel : IProductionLossSystem, IExactPart
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
    /// <summary>Lactate above rest in the peripheral part of the lactate space, mmol/L.</summary>
    public const int PeripheralLactate = 10;
    /// <summary>Number of whole-body variables; group variables follow.</summary>
    public const int GlobalCount = 11;
    /// <summary>Offsets of the four per-group variables: PCr (fraction of rest), muscle lactate above rest (mmol/kg), damage (units), AR up-regulation (fraction).</summary>
    public const int Phosphocreatine = 0, MuscleLactate = 1, Damage = 2, AndrogenReceptor = 3, PerGroup = 4;

    private static readonly string[] _globalNames =
        ["blood lactate", "fluid shift", "sympathetic drive", "testosterone excess", "growth hormone", "GH feedback", "ACTH drive", "cortisol excess", "inflammation", "lactate produced", "peripheral lactate"];
    private static readonly string[] _groupNames = ["phosphocreatine", "muscle lactate", "damage", "androgen receptor"];

    private readonly double[] _testosteroneBaseline;
    private readonly double[] _groupMassKg;
    // Per-set forcing, per tracked group (set by the driver).
    private readonly double[] _engagement;
    private readonly double[] _arStimulus;
    private readonly double[] _damageShare = new double[MuscleGroups.Count];
    private double _centralCommand, _damagePerMin;

    // The body systems, each in its own file with its parameters (docs/model.md, sections 3-10).
    private readonly MuscleEnergetics _energetics;
    private readonly LactateKinetics _lactate;
    private readonly PlasmaVolumeShift _plasma;
    private readonly SympatheticDrive _sympathetic;
    private readonly TestosteroneAxis _testosterone;
    private readonly GrowthHormoneAxis _growthHormone;
    private readonly AdrenalAxis _adrenal;
    private readonly DamageAndReceptors _damage;
    private LactateAtRest? _lactateAtRest;

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

        var sympathetic = p.Group<SympatheticParameters>();
        _energetics = new MuscleEnergetics(p.Group<EnergeticsParameters>(), profile.GlycolyticCapacity);
        _lactate = new LactateKinetics(p.Group<LactateParameters>(), profile.LactateSpaceL, _groupMassKg.Sum());
        _plasma = new PlasmaVolumeShift(p.Group<PlasmaVolumeParameters>(), profile.PlasmaVolumeL);
        _sympathetic = new SympatheticDrive(sympathetic);
        _testosterone = new TestosteroneAxis(p.Group<TestosteroneParameters>(), profile.TestosteroneResponse);
        _growthHormone = new GrowthHormoneAxis(p.Group<GrowthHormoneParameters>(), sympathetic, profile.GrowthHormoneRestUgPerL, profile.GrowthHormoneResponse);
        _adrenal = new AdrenalAxis(p.Group<CortisolParameters>());
        _damage = new DamageAndReceptors(p.Group<DamageParameters>(), p.Group<SetMechanicsParameters>().DefaultEccentricSeconds);
    }

    /// <summary>The muscle groups with their own state, in state order.</summary>
    public IReadOnlyList<MuscleGroup> TrackedGroups { get; }

    public int Dimension { get; }

    /// <summary>The set being performed, or null during rest.</summary>
    public PlannedSet? ActiveSet { get; private set; }

    /// <summary>Sets the forcing for the coming steps: <paramref name="set"/> is being performed (null: rest).</summary>
    public void SetActive(PlannedSet? set, IReadOnlyDictionary<MuscleGroup, int> groupIndex)
    {
        ActiveSet = set;
        Array.Clear(_engagement);
        Array.Clear(_arStimulus);
        Array.Clear(_damageShare);
        _centralCommand = 0; _damagePerMin = 0;
        _energetics.SetActive(set);
        if (set is null)
        {
            return;
        }
        var recruitedKg = 0.0;
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
        _centralCommand = _sympathetic.CentralCommand(recruitedKg);
        _damagePerMin = _damage.SetDamagePerMin(set, damageTotal);
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
        var receptorBoost = _damage.ReceptorBoost(testosteroneRelative);
        var exchangePerMin = _lactate.ExchangePerMin;

        for (var k = 0; k < _groupMassKg.Length; k++)
        {
            var o = GlobalCount + PerGroup * k;
            var lactate = Math.Max(0.0, x[o + MuscleLactate]);
            var mass = _groupMassKg[k];

            // Muscle lactate: exchange with the blood (section 4) plus glycolytic production (section 3).
            a[o + MuscleLactate] = exchangePerMin * bloodLactate;
            b[o + MuscleLactate] = exchangePerMin;
            var production = _energetics.Rates(x[o + Phosphocreatine], lactate, _engagement[k], a, b, o + Phosphocreatine);
            productionMmolPerMin += production * mass;
            a[o + MuscleLactate] += production;
            exchangeIn += exchangePerMin * mass * lactate;
            // Metabolites held in the muscle above what the blood already carries drive the metaboreflex and,
            // as the muscle's osmotic excess, the plasma-volume shift.
            muscleLactatePoolMmol += mass * Math.Max(0.0, lactate - bloodLactate);

            var groupDamageRate = _damagePerMin * _damageShare[k];
            damageRate += groupDamageRate;
            _damage.GroupRates(groupDamageRate, _arStimulus[k], receptorBoost, a, b, o + Damage, o + AndrogenReceptor);
        }

        _lactate.BloodRates(exchangeIn, Math.Max(0.0, x[PeripheralLactate]), out a[BloodLactate], out b[BloodLactate]);
        _lactate.PeripheralRates(bloodLactate, out a[PeripheralLactate], out b[PeripheralLactate]);
        a[LactateProduced] = productionMmolPerMin;
        b[LactateProduced] = 0.0;

        _plasma.Rates(muscleLactatePoolMmol, x[FluidShift], out a[FluidShift], out b[FluidShift]);

        // The metaboreflex: metabolites held in the working muscle (also the HPA axis's drive, below).
        var metaboreflex = _sympathetic.Metaboreflex(muscleLactatePoolMmol);
        _sympathetic.Rates(_centralCommand, metaboreflex, out a[Sympathetic], out b[Sympathetic]);

        _damage.InflammationRates(damageRate, out a[Inflammation], out b[Inflammation]);
        var inflammation = Math.Max(0.0, x[Inflammation]);

        // Testosterone: exercise stress (sympathetic drive plus the blood lactate load, P5) lowers its clearance.
        _testosterone.Rates(_sympathetic.Stress(x[Sympathetic], bloodLactate), inflammation, baseline, out a[TestosteroneExcess], out b[TestosteroneExcess]);

        // Growth hormone: basal + exercise secretion driven by metabolic stress, damped by feedback.
        _growthHormone.Rates(_growthHormone.MetabolicStress(muscleLactatePoolMmol, bloodLactate), Math.Max(0.0, x[GrowthHormone]),
            Math.Max(0.0, x[GrowthHormoneFeedback]),
            out a[GrowthHormone], out b[GrowthHormone], out a[GrowthHormoneFeedback], out b[GrowthHormoneFeedback]);

        // HPA axis: ACTH follows the working muscle's metabolites (+ inflammation); cortisol follows ACTH.
        _adrenal.Rates(metaboreflex, inflammation, x[Acth], out a[Acth], out b[Acth], out a[CortisolExcess], out b[CortisolExcess]);
    }

    /// <summary>
    /// After the last set: replaces the lactate variables of <paramref name="target"/> by the exact solution from
    /// <paramref name="start"/> over <paramref name="h"/> min (<see cref="LactateAtRest"/>). The integrator's step with
    /// frozen or extrapolated rates made the tightly coupled exchange oscillate at two-minute steps; the other
    /// variables keep the integrator's values.
    /// </summary>
    private void AdvanceLactateAtRest(ReadOnlySpan<double> start, Span<double> target, double h)
    {
        if (ActiveSet is not null)
        {
            throw new InvalidOperationException("the lactate exchange is linear only while no set is being done");
        }
        _lactateAtRest ??= _lactate.AtRest();
        var totalMass = 0.0;
        var mean = 0.0;
        for (var k = 0; k < _groupMassKg.Length; k++)
        {
            totalMass += _groupMassKg[k];
            mean += _groupMassKg[k] * start[GlobalCount + PerGroup * k + MuscleLactate];
        }
        var meanBefore = totalMass > 0 ? mean / totalMass : 0.0;
        var meanAfter = meanBefore;
        var blood = start[BloodLactate];
        var peripheral = start[PeripheralLactate];
        _lactateAtRest.Advance(ref meanAfter, ref blood, ref peripheral, h);
        var decay = _lactateAtRest.GroupDepartureDecay(h);
        target[BloodLactate] = Math.Max(0.0, blood);
        target[PeripheralLactate] = Math.Max(0.0, peripheral);
        for (var k = 0; k < _groupMassKg.Length; k++)
        {
            var o = GlobalCount + PerGroup * k + MuscleLactate;
            target[o] = Math.Max(0.0, meanAfter + (start[o] - meanBefore) * decay);
        }
    }

    /// <summary>The lactate variables advanced exactly while no set is being done (<see cref="AdvanceLactateAtRest"/>).</summary>
    void IExactPart.Advance(ReadOnlySpan<double> start, Span<double> target, double h) => AdvanceLactateAtRest(start, target, h);

    /// <summary>Initial state: everything at rest (PCr full, no excess).</summary>
    public void Initialise(Span<double> x)
    {
        x.Clear();
        x[GrowthHormone] = _growthHormone.RestUgPerL;
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
