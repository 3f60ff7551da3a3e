using Surge.Catalogue;
using Surge.Physiology;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Adaptation;

/// <summary>
/// Simulates a training program day by day (docs/model.md, "Long-term adaptation"): every session through the
/// acute model, hard sets per muscle and side, growth with diminishing returns in weekly volume, headroom, nutrition
/// and chronic testosterone, a small explicit acute-surge term, detraining, and 1RM from size and a load-specific
/// neural term. Thread-safe; one instance serves any number of programs.
/// </summary>
public sealed class ProgramSimulator
{
    private const int Sides = 2;
    private readonly SessionSimulator _sessions;
    private readonly TrainingDoseParameters _dose;
    private readonly GrowthParameters _growth;
    private readonly StrengthParameters _strength;
    private readonly ChronicTestosteroneParameters _chronic;
    private readonly SetMechanicsParameters _mechanics;
    private readonly double _stimulusDecay;

    public ProgramSimulator(ModelParameters parameters)
    {
        Parameters = parameters;
        _sessions = new SessionSimulator(parameters);
        _dose = parameters.Group<TrainingDoseParameters>();
        _growth = parameters.Group<GrowthParameters>();
        _strength = parameters.Group<StrengthParameters>();
        _chronic = parameters.Group<ChronicTestosteroneParameters>();
        _mechanics = parameters.Group<SetMechanicsParameters>();
        _stimulusDecay = _dose.DailyDecay;
    }

    /// <summary>A simulator with the shipped parameter set.</summary>
    public static ProgramSimulator Default { get; } = new(ModelParameters.Default);

    public ModelParameters Parameters { get; }

    /// <summary>Simulates <paramref name="program"/> from its first day to the end of its last week.</summary>
    public ProgramResult Simulate(TrainingProgram program) => Simulate(program, null);

    /// <summary>
    /// Simulates <paramref name="program"/>; <paramref name="beforeDay"/>, when given, is called at the start of every day
    /// (0 = the program's first Monday) for every exercise tracked, with the name as written and the 1RM the lifter
    /// brings to that day (before its training), kg — what a workout on that day would show.
    /// </summary>
    public ProgramResult Simulate(TrainingProgram program, Action<int, string, double>? beforeDay)
    {
        var p = Parameters;
        var athlete = program.Athlete;
        var profile = new AthleteProfile(athlete, p);
        var headroom = _growth.Headroom(athlete.TrainingStatus);
        var neuralMax = _strength.GainMax(athlete);
        var growthModifiers = _growth.Modifiers(athlete, program.Nutrition);

        // Chronic testosterone: muscle is in balance with the habitual level; a held level moves it toward a new
        // equilibrium linear in ln(T_held / T_habitual).
        var habitualT = profile.MorningTestosteroneNmolPerL;
        var heldT = program.HeldTestosteroneNmolPerL ?? habitualT;
        var equilibrium = _chronic.Equilibrium(heldT, habitualT);

        // Exercises tracked for strength, by the name written in the program.
        var exerciseNames = new List<string>();
        var exerciseEntries = new Dictionary<string, Exercise>();
        var exerciseSides = new Dictionary<string, HashSet<Side>>();
        foreach (var bout in program.Blocks.SelectMany(b => b.Days).SelectMany(d => d.Bouts))
        {
            if (!exerciseEntries.ContainsKey(bout.NameAsWritten))
            {
                exerciseNames.Add(bout.NameAsWritten);
                exerciseEntries[bout.NameAsWritten] = bout.Exercise;
                exerciseSides[bout.NameAsWritten] = [];
            }
            exerciseSides[bout.NameAsWritten].Add(bout.Side);
        }
        var startOneRm = new Dictionary<string, double>();
        foreach (var name in exerciseNames)
        {
            var given = program.Blocks.SelectMany(b => b.Days).SelectMany(d => d.Bouts).FirstOrDefault(b => b.NameAsWritten == name && b.OneRmKg is not null)?.OneRmKg;
            startOneRm[name] = given ?? _mechanics.DefaultOneRmKg(exerciseEntries[name], athlete);
        }

        // State.
        var gain = new double[MuscleGroups.Count * Sides];          // training-induced size gain, fraction of start
        var gainWithoutSurge = new double[MuscleGroups.Count * Sides];
        var volume = new double[MuscleGroups.Count * Sides];        // hard sets per week (exponentially weighted)
        var trainedDays = new double[MuscleGroups.Count * Sides];   // days trained at or above the maintenance volume
        var weekSets = new double[MuscleGroups.Count];              // hard sets in the current week (reporting)
        var surgeBoost = new double[MuscleGroups.Count * Sides];    // growth-rate boost from the last session's surge
        var neural = exerciseNames.ToDictionary(n => n, _ => 1.0);
        var neuralVolume = exerciseNames.ToDictionary(n => n, _ => 0.0);
        var neuralLoad = exerciseNames.ToDictionary(n => n, _ => 0.0);
        var hormonal = 1.0;                                         // size factor from chronic testosterone
        var fatigue = 0.0;
        int sessionsDone = 0;
        double sumTestosteroneRise = 0, sumGrowthHormonePeak = 0, sumCortisolRise = 0;
        var warnings = new List<string>();
        var weekly = new List<WeekState>();
        // A session's acute response depends on today's 1RM only through absolute loads: sessions with relative loads
        // only are simulated once per training day of the template.
        var acuteCache = new Dictionary<(TrainingDay Day, string OneRms), (SimulationResult Acute, SessionPlan Plan)>();

        double OneRm(string name) => startOneRm[name] * SizeFactor(name) * neural[name];
        double SizeFactor(string name)
        {
            var entry = exerciseEntries[name];
            var sides = exerciseSides[name];
            var useLeft = sides.Contains(Side.Left) || sides.Contains(Side.Both);
            var useRight = sides.Contains(Side.Right) || sides.Contains(Side.Both);
            double weighted = 0, weights = 0;
            foreach (var g in MuscleGroups.All)
            {
                var share = entry.ActivationOf(g) * profile.MuscleMassKg[(int)g];
                if (share <= 0)
                {
                    continue;
                }
                var size = 0.0;
                var count = 0;
                if (useLeft) { size += hormonal + gain[(int)g * Sides]; count++; }
                if (useRight) { size += hormonal + gain[(int)g * Sides + 1]; count++; }
                weighted += share * size / Math.Max(1, count);
                weights += share;
            }
            return weights > 0 ? weighted / weights : 1.0;
        }

        var day = 0;
        var week = 0;
        foreach (var block in program.Blocks)
        {
            for (var w = 0; w < block.Weeks; w++)
            {
                week++;
                Array.Clear(weekSets);
                for (var weekday = 0; weekday < 7; weekday++, day++)
                {
                    var dayOfWeek = (DayOfWeek)((weekday + 1) % 7); // Monday first
                    if (beforeDay is not null)
                    {
                        foreach (var name in exerciseNames)
                        {
                            beforeDay(day, name, OneRm(name));
                        }
                    }
                    var dailySets = new double[MuscleGroups.Count * Sides];
                    Array.Clear(surgeBoost);
                    foreach (var trainingDay in block.Days.Where(d => d.Day == dayOfWeek))
                    {
                        // The session as done today: relative loads follow today's 1RM (passed as one_rm).
                        var bouts = trainingDay.Bouts.Select(b => b with { OneRmKg = OneRm(b.NameAsWritten) }).ToArray();
                        var absoluteOneRms = string.Join(";", bouts.Where(b => b.Sets.Any(x => x.Load.Kind == Quantities.LoadKind.Absolute))
                            .Select(b => b.OneRmKg!.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)));
                        if (!acuteCache.TryGetValue((trainingDay, absoluteOneRms), out var cached))
                        {
                            var session = new Session(athlete with { MorningTestosteroneNmolPerL = heldT }, new DateOnly(2026, 1, 5).ToDateTime(trainingDay.Start), TimeSpan.FromMinutes(180), bouts);
                            cached = (_sessions.Simulate(session), SessionPlanner.Plan(session, profile, p));
                            acuteCache[(trainingDay, absoluteOneRms)] = cached;
                        }
                        var (acute, plan) = cached;
                        sessionsDone++;
                        sumTestosteroneRise += acute[Measure.TotalTestosterone].PeakChangePct;
                        sumGrowthHormonePeak += acute[Measure.GrowthHormone].Peak;
                        sumCortisolRise += acute[Measure.Cortisol].PeakChangePct;
                        foreach (var warning in acute.Warnings)
                        {
                            if (warnings.Count < 50 && !warnings.Contains(warning))
                            {
                                warnings.Add(warning);
                            }
                        }
                        foreach (var set in plan.Sets)
                        {
                            var weight = _dose.HardSetWeight(set);
                            foreach (var g in set.Entry.Primary)
                            {
                                AddSets(dailySets, weekSets, g, set.Side, weight);
                            }
                            foreach (var g in set.Entry.Secondary)
                            {
                                AddSets(dailySets, weekSets, g, set.Side, _dose.HardSetSecondaryShare * weight);
                            }
                            var name = set.Exercise;
                            neuralVolume[name] += weight;
                            neuralLoad[name] = NeuralAdaptation.RecentLoad(_strength, neuralLoad[name], set.RelativeLoad);
                        }
                        // Acute surge: relative testosterone excess (plasma-volume corrected) over the record, and the
                        // androgen-receptor up-regulation left in each muscle; a small, switchable boost of growth.
                        var t = acute[Measure.TotalTestosterone];
                        var auc = 0.0;
                        for (var i = 0; i < t.Values.Count; i++)
                        {
                            var corrected = t.Values[i] * (100.0 + acute.PlasmaVolumeChangePct[i]) / 100.0;
                            auc += Math.Max(0.0, corrected - t.NoExerciseValues[i]) / t.NoExerciseValues[i];
                        }
                        for (var g = 0; g < MuscleGroups.Count; g++)
                        {
                            var ar = acute.Diagnostics.AndrogenReceptorSensitivity[g] - 1.0;
                            surgeBoost[g * Sides] = surgeBoost[g * Sides + 1] = Math.Max(surgeBoost[g * Sides], _growth.AcuteSurgeWeight * ar * auc / _growth.AcuteSurgeReferenceAuc);
                        }
                        fatigue += acute.Diagnostics.DamageIndex;
                    }

                    // Daily update (exact exponential forms for the linear parts, explicit for the rest: one day is
                    // short against every time constant here).
                    for (var k = 0; k < volume.Length; k++)
                    {
                        // Recent hard sets, scaled to sets per week: a steady schedule of W sets a week gives about W.
                        volume[k] = volume[k] * _stimulusDecay + dailySets[k] * 7.0 * (1.0 - _stimulusDecay);
                        if (volume[k] >= _growth.MaintenanceSets)
                        {
                            trainedDays[k] += 1.0;
                        }
                        var rate = _growth.StatusRate(athlete.TrainingStatus, trainedDays[k]) * growthModifiers;
                        MuscleGrowth.Day(_growth, rate, headroom, volume[k], surgeBoost[k], ref gain[k], ref gainWithoutSurge[k]);
                    }
                    foreach (var name in exerciseNames)
                    {
                        var recentSets = neuralVolume[name];
                        neural[name] = NeuralAdaptation.Day(_strength, neuralMax, ref recentSets, neuralLoad[name], neural[name]);
                        neuralVolume[name] = recentSets;
                    }
                    hormonal += (equilibrium - hormonal) / _chronic.Tau;
                    fatigue *= Math.Exp(-1.0 / _chronic.FatigueTau);
                }
                weekly.Add(Snapshot(week, gain, hormonal, exerciseNames, OneRm, startOneRm, _chronic.RestingLevel(heldT, fatigue), weekSets));
            }
        }

        var last = weekly.Count > 0 ? weekly[^1] : Snapshot(0, gain, hormonal, exerciseNames, OneRm, startOneRm, heldT, weekSets);
        var growth = 0.0;
        var growthWithout = 0.0;
        for (var k = 0; k < gain.Length; k++)
        {
            var mass = profile.MuscleMassKg[k / Sides] / Sides;
            growth += mass * Math.Max(0.0, gain[k]);
            growthWithout += mass * Math.Max(0.0, gainWithoutSurge[k]);
        }
        var surgeShare = growth > 1e-9 ? 100.0 * (growth - growthWithout) / growth : 0.0;
        var muscleChangeKg = (hormonal - 1.0) * profile.SkeletalMuscleKg + growth;
        return new ProgramResult(
            program.Weeks,
            last.Muscles,
            last.Strength,
            100.0 * (last.RestingTestosteroneNmolPerL - habitualT) / habitualT,
            surgeShare,
            muscleChangeKg / _growth.SkeletalMuscleShareOfFatFreeMass,
            weekly,
            warnings,
            sessionsDone == 0 ? AcuteSurge.None
                : new AcuteSurge(sessionsDone, sumTestosteroneRise / sessionsDone, sumGrowthHormonePeak / sessionsDone, sumCortisolRise / sessionsDone));
    }

    private static void AddSets(double[] daily, double[] week, MuscleGroup group, Side side, double weight)
    {
        var g = (int)group;
        if (side != Side.Right)
        {
            daily[g * Sides] += weight;
        }
        if (side != Side.Left)
        {
            daily[g * Sides + 1] += weight;
        }
        week[g] += weight; // lifters count a one-sided set as one set for the muscle
    }

    private static WeekState Snapshot(int week, double[] gain, double hormonal, List<string> names, Func<string, double> oneRm,
        Dictionary<string, double> startOneRm, double restingT, double[] weekSets)
    {
        var muscles = new Dictionary<MuscleGroup, MuscleChange>();
        foreach (var g in MuscleGroups.All)
        {
            var left = 100.0 * (hormonal + gain[(int)g * Sides] - 1.0);
            var right = 100.0 * (hormonal + gain[(int)g * Sides + 1] - 1.0);
            muscles[g] = new MuscleChange(0.5 * (left + right), left, right);
        }
        var strength = names.Select(n =>
        {
            var now = oneRm(n);
            return new StrengthChange(n, 100.0 * (now / startOneRm[n] - 1.0), startOneRm[n], now);
        }).ToArray();
        return new WeekState(week, muscles, strength, restingT, MuscleGroups.All.ToDictionary(g => g, g => weekSets[(int)g]));
    }
}
