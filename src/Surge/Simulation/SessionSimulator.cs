using Surge.Catalogue;
using Surge.Numerics;
using Surge.Physiology;
using Surge.Training;

namespace Surge.Simulation;

/// <summary>Simulates one session. Thread-safe; reuse one instance.</summary>
public sealed class SessionSimulator(ModelParameters parameters)
{
    /// <summary>Longest internal step while sets are being done or rests are short, min.</summary>
    public const double ExerciseStepMin = 0.5;
    /// <summary>Longest internal step in recovery, min.</summary>
    public const double RecoveryStepMin = 1.0;
    /// <summary>Minutes after the last set after which recovery takes double steps with dense output.</summary>
    public const double SettledAfterMin = 15.0;
    /// <summary>Minutes after the last set after which recovery takes four-minute steps with dense output.</summary>
    public const double LongSettledAfterMin = 60.0;

    /// <summary>A simulator with the shipped parameter set.</summary>
    public static SessionSimulator Default { get; } = new(ModelParameters.Default);

    public ModelParameters Parameters { get; } = parameters;

    /// <summary>Simulates <paramref name="session"/> from its first set until <see cref="Session.RecordUntil"/> after its last.</summary>
    /// <exception cref="InvalidOperationException">A state became non-finite (a bug, never bad input); the message names the time and variable.</exception>
    public SimulationResult Simulate(Session session) => Simulate(session, ExerciseStepMin, RecoveryStepMin);

    /// <summary>As <see cref="Simulate(Session)"/> with explicit longest steps (for convergence tests).</summary>
    public SimulationResult Simulate(Session session, double exerciseStepMin, double recoveryStepMin)
    {
        var p = Parameters;
        var profile = new AthleteProfile(session.Athlete, p);
        var plan = SessionPlanner.Plan(session, profile, p);
        var tracked = MuscleGroups.All.Where(g => plan.Sets.Any(s => Array.IndexOf(s.Groups, g) >= 0)).ToArray();
        var groupIndex = new Dictionary<MuscleGroup, int>();
        for (var i = 0; i < tracked.Length; i++)
        {
            groupIndex[tracked[i]] = i;
        }
        var startClockHours = session.Start.TimeOfDay.TotalHours;
        var totalMin = plan.EndMin + session.RecordUntil.TotalMinutes;
        var points = (int)Math.Floor(totalMin + 1e-9) + 1;
        // Circadian baselines at every whole minute (one beyond the record for interpolation).
        var testosteroneBaseline = new double[points + 1];
        var cortisolBaseline = new double[points];
        for (var i = 0; i <= points; i++)
        {
            testosteroneBaseline[i] = profile.TestosteroneBaseline(startClockHours + i / 60.0);
        }
        for (var i = 0; i < points; i++)
        {
            cortisolBaseline[i] = profile.CortisolBaseline(startClockHours + i / 60.0);
        }
        var model = new AcuteModel(profile, p, tracked, testosteroneBaseline);
        var integrator = new ExponentialIntegrator(model.Dimension);
        var x = new double[model.Dimension];
        var dense = new double[model.Dimension];
        model.Initialise(x);

        var series = new double[Measures.All.Count][];
        var reference = new double[Measures.All.Count][];
        for (var m = 0; m < series.Length; m++)
        {
            series[m] = new double[points];
            reference[m] = new double[points];
        }
        var plasmaVolumeChange = new double[points];
        var tracker = new DiagnosticsTracker(tracked.Length);
        var binding = p.Group<TestosteroneParameters>();
        var albuminAssociation = binding.AlbuminAssociation;
        var shbgAssociation = binding.ShbgAssociation;
        var lactateRest = p.Group<LactateParameters>().Rest;
        var tBaseline0 = testosteroneBaseline[0];

        // The serum values of a state (concentrated by the plasma-volume shift) into values[m]; returns the shift, %.
        double Serum(double[] state, double tb, double cb, Span<double> values)
        {
            var concentration = profile.PlasmaVolumeL / Math.Max(0.2 * profile.PlasmaVolumeL, profile.PlasmaVolumeL - state[AcuteModel.FluidShift]);
            var total = (tb + state[AcuteModel.TestosteroneExcess]) * concentration;
            values[(int)Measure.TotalTestosterone] = total;
            values[(int)Measure.FreeTestosterone] = TestosteroneBinding.FreePmolPerL(total, profile.ShbgNmolPerL * concentration, profile.AlbuminMolPerL * concentration, albuminAssociation, shbgAssociation);
            values[(int)Measure.GrowthHormone] = state[AcuteModel.GrowthHormone] * concentration;
            values[(int)Measure.Cortisol] = (cb + state[AcuteModel.CortisolExcess]) * concentration;
            values[(int)Measure.Lactate] = lactateRest + state[AcuteModel.BloodLactate];
            return -100.0 * state[AcuteModel.FluidShift] / profile.PlasmaVolumeL;
        }

        var row = new double[Measures.All.Count];
        var boutEnds = new List<SamplePoint>();

        // The state at the end of a bout, between the grid's minutes (baselines linear between minutes).
        void RecordBoutEnd(double time, double[] state)
        {
            var i = Math.Clamp((int)time, 0, points - 1);
            var j = Math.Min(i + 1, points - 1);
            var f = time - i;
            var tb = testosteroneBaseline[i] + f * (testosteroneBaseline[i + 1] - testosteroneBaseline[i]);
            var cb = cortisolBaseline[i] + f * (cortisolBaseline[j] - cortisolBaseline[i]);
            var values = new double[Measures.All.Count];
            var pv = Serum(state, tb, cb, values);
            boutEnds.Add(new SamplePoint(time, values, pv));
        }

        void Record(int i, double[] state)
        {
            var tb = testosteroneBaseline[i];
            var cb = cortisolBaseline[i];
            var pv = Serum(state, tb, cb, row);
            for (var m = 0; m < row.Length; m++)
            {
                series[m][i] = row[m];
            }
            reference[(int)Measure.TotalTestosterone][i] = tb;
            reference[(int)Measure.FreeTestosterone][i] = TestosteroneBinding.FreePmolPerL(tb, profile.ShbgNmolPerL, profile.AlbuminMolPerL, albuminAssociation, shbgAssociation);
            reference[(int)Measure.GrowthHormone][i] = profile.GrowthHormoneRestUgPerL;
            reference[(int)Measure.Cortisol][i] = cb;
            reference[(int)Measure.Lactate][i] = lactateRest;
            plasmaVolumeChange[i] = pv;
            tracker.Observe(state, profile.PlasmaVolumeL, (tb + state[AcuteModel.TestosteroneExcess]) / tBaseline0);
        }

        // Walk the time axis: segments are sets and the gaps between them; output at every whole minute.
        var t = 0.0;
        var nextPoint = 0;
        Record(nextPoint++, x);
        var setIndex = 0;
        while (t < totalMin - 1e-9)
        {
            PlannedSet? active = null;
            double segmentEnd;
            if (setIndex < plan.Sets.Count && t >= plan.Sets[setIndex].StartMin - 1e-9)
            {
                active = plan.Sets[setIndex];
                segmentEnd = active.EndMin;
                setIndex++;
            }
            else
            {
                segmentEnd = setIndex < plan.Sets.Count ? plan.Sets[setIndex].StartMin : totalMin;
            }
            model.SetActive(active, groupIndex);
            integrator.Reset();
            var recovering = t >= plan.EndMin - 1e-9;
            // Rests between sets produce no lactate either: their lactate is advanced exactly too, so they can take the
            // recovery's step.
            var resting = active is null;
            var maxStep = resting ? recoveryStepMin : exerciseStepMin;
            while (t < segmentEnd - 1e-9)
            {
                // Late in recovery everything is slow: take two-minute steps, four-minute ones later still (when the
                // recovery step allows a whole minute), and fill the minutes between from the step's own rates (dense
                // output), so each step costs one evaluation of the rates. The lactate exchange is advanced exactly at
                // every point.
                var span = recovering && recoveryStepMin >= 1.0 && Math.Abs(t - (nextPoint - 1)) < 1e-9
                    ? SettledSpan(t - plan.EndMin, nextPoint, points, segmentEnd) : 0;
                if (span > 0)
                {
                    integrator.StepMultistep(model, t, span, x, model);
                    for (var j = 1; j < span; j++)
                    {
                        integrator.DenseOutput(j, dense, model);
                        Record(nextPoint++, dense);
                    }
                    t += span;
                    CheckFinite(model, x, t);
                    Record(nextPoint++, x);
                    continue;
                }
                var target = Math.Min(segmentEnd, nextPoint);
                var h = Math.Min(maxStep, target - t);
                if (target - t - h < 1e-9 * maxStep)
                {
                    h = target - t;
                }
                // After the last set the forcing is smooth: one evaluation of the rates per step suffices (between sets
                // the fast PCr recovery would cost accuracy). While no set is being done the lactate variables are
                // advanced exactly, at the midpoint too.
                var exact = resting ? model : null;
                if (recovering)
                {
                    integrator.StepMultistep(model, t, h, x, exact);
                }
                else
                {
                    integrator.Step(model, t, h, x, exact);
                }
                t += h;
                if (Math.Abs(t - target) < 1e-9)
                {
                    t = target;
                }
                if (nextPoint < points && t >= nextPoint - 1e-9)
                {
                    // A non-finite value propagates, so checking at every whole minute catches it within a minute.
                    CheckFinite(model, x, t);
                    Record(nextPoint++, x);
                }
            }
            if (active is not null)
            {
                tracker.EndOfSet(x);
                if (setIndex == plan.Sets.Count || plan.Sets[setIndex].BoutIndex != active.BoutIndex)
                {
                    RecordBoutEnd(t, x);
                }
            }
        }
        while (nextPoint < points)
        {
            Record(nextPoint++, x);
        }

        var measures = new MeasureResult[series.Length];
        for (var m = 0; m < series.Length; m++)
        {
            measures[m] = Summarise((Measure)m, series[m], reference[m]);
        }
        var arSensitivity = new double[MuscleGroups.Count];
        Array.Fill(arSensitivity, 1.0);
        for (var k = 0; k < tracked.Length; k++)
        {
            arSensitivity[(int)tracked[k]] = 1.0 + x[AcuteModel.GlobalCount + AcuteModel.PerGroup * k + AcuteModel.AndrogenReceptor];
        }
        var activeMass = new double[MuscleGroups.Count];
        foreach (var set in plan.Sets)
        {
            for (var i = 0; i < set.Groups.Length; i++)
            {
                var g = (int)set.Groups[i];
                activeMass[g] = Math.Max(activeMass[g], set.WorkingMassKg[i] * set.Recruitment);
            }
        }
        var summary = new SessionSummary(session.Start, plan.EndMin, plan.Sets.Count, activeMass.Sum(),
            plan.Sets.Sum(s => s.VolumeLoadKg), session.RecordUntil.TotalMinutes);
        var intervals = plan.Sets.Select(s => new SetInterval(s.BoutIndex, s.Exercise, s.StartMin, s.EndMin, s.Side, s.Reps, s.ExternalLoadKg, s.PercentOfOneRm, s.RepsInReserve)).ToArray();
        var damage = 0.0;
        var groupDamage = new double[MuscleGroups.Count];
        for (var k = 0; k < tracked.Length; k++)
        {
            damage += tracker.DamageAtEnd(k);
            groupDamage[(int)tracked[k]] = tracker.DamageAtEnd(k);
        }
        var diagnostics = new Diagnostics(
            tracker.LowestPhosphocreatine * 100.0,
            x[AcuteModel.LactateProduced],
            tracker.PeakSympathetic,
            tracker.PeakActh,
            tracker.LowestPlasmaVolumeChangePct,
            damage,
            (tracker.PeakCorrectedTestosteroneRatio - 1.0) * 100.0,
            arSensitivity)
        {
            GroupDamage = groupDamage,
        };
        return new SimulationResult(summary, measures, intervals, diagnostics, plan.Warnings, plasmaVolumeChange) { BoutEnds = boutEnds };
    }

    /// <summary>
    /// Whole minutes the next recovery step may span, <paramref name="sinceLastSetMin"/> after the last set, from the
    /// output point before <paramref name="nextPoint"/>: 4 from <see cref="LongSettledAfterMin"/>, 2 from
    /// <see cref="SettledAfterMin"/>, 0 (ordinary steps) before, or when the record or the segment ends sooner.
    /// </summary>
    private static int SettledSpan(double sinceLastSetMin, int nextPoint, int points, double segmentEnd)
    {
        bool Fits(int span) => nextPoint + span - 1 < points && nextPoint + span - 1 <= segmentEnd + 1e-9;
        if (sinceLastSetMin >= LongSettledAfterMin - 1e-9 && Fits(4))
        {
            return 4;
        }
        return sinceLastSetMin >= SettledAfterMin - 1e-9 && Fits(2) ? 2 : 0;
    }

    private static void CheckFinite(AcuteModel model, double[] x, double t)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]))
            {
                throw new InvalidOperationException($"The acute model's state '{model.StateName(i)}' became {x[i]} at t = {t:0.###} min.");
            }
        }
    }

    private static MeasureResult Summarise(Measure measure, double[] values, double[] reference)
    {
        var baseline = values[0];
        var peakIndex = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[peakIndex])
            {
                peakIndex = i;
            }
        }
        var peak = values[peakIndex];
        var peakExcess = peak - reference[peakIndex];
        double? back = null;
        if (peakExcess > 1e-9 * Math.Max(1.0, Math.Abs(peak)))
        {
            for (var i = peakIndex + 1; i < values.Length; i++)
            {
                if (values[i] - reference[i] <= 0.1 * peakExcess)
                {
                    back = i;
                    break;
                }
            }
        }
        var change = baseline > 0 ? 100.0 * (peak - baseline) / baseline : 0.0;
        return new MeasureResult(measure, values, reference, baseline, peak, peakIndex, change, back);
    }

    /// <summary>Keeps the running extremes for <see cref="Diagnostics"/>.</summary>
    private sealed class DiagnosticsTracker(int groups)
    {
        private readonly double[] _damageAtEnd = new double[groups];

        public double LowestPhosphocreatine { get; private set; } = 1.0;
        public double PeakSympathetic { get; private set; }
        public double PeakActh { get; private set; }
        public double LowestPlasmaVolumeChangePct { get; private set; }
        public double PeakCorrectedTestosteroneRatio { get; private set; } = 1.0;

        public double DamageAtEnd(int k) => _damageAtEnd[k];

        public void Observe(double[] x, double plasmaVolumeL, double correctedTestosteroneRatio)
        {
            PeakSympathetic = Math.Max(PeakSympathetic, x[AcuteModel.Sympathetic]);
            PeakActh = Math.Max(PeakActh, x[AcuteModel.Acth]);
            LowestPlasmaVolumeChangePct = Math.Min(LowestPlasmaVolumeChangePct, -100.0 * x[AcuteModel.FluidShift] / plasmaVolumeL);
            PeakCorrectedTestosteroneRatio = Math.Max(PeakCorrectedTestosteroneRatio, correctedTestosteroneRatio);
        }

        public void EndOfSet(double[] x)
        {
            for (var k = 0; k < _damageAtEnd.Length; k++)
            {
                var o = AcuteModel.GlobalCount + AcuteModel.PerGroup * k;
                LowestPhosphocreatine = Math.Min(LowestPhosphocreatine, x[o + AcuteModel.Phosphocreatine]);
                _damageAtEnd[k] = x[o + AcuteModel.Damage];
            }
        }
    }
}
