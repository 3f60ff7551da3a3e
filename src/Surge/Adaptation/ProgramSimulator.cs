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
    private readonly double _stimulusDecay;
    private readonly double _volumeHalf, _strengthVolumeHalf, _hardSetReserve, _hardSetReserveScale, _lightLoad;
    private readonly double _neuralRatePerDay, _neuralDetrainingDays, _sizeDetrainingDays, _maintenanceSets;
    private readonly double _proteinPlateau, _proteinFloor, _deficitStop, _womenGrowth, _womenNeural, _ageDecline;
    private readonly double _surgeWeight, _surgeReference, _testosteroneUp, _testosteroneDown, _testosteroneDays;
    private readonly double _fatigueSuppression, _fatigueDays, _muscleShareOfFatFreeMass;

    public ProgramSimulator(ModelParameters parameters)
    {
        Parameters = parameters;
        _sessions = new SessionSimulator(parameters);
        var p = parameters;
        _volumeHalf = p["hypertrophy_volume_constant"];
        _stimulusDecay = Math.Exp(-1.0 / p["training_stimulus_tau"]);
        _strengthVolumeHalf = p["strength_volume_constant"];
        _hardSetReserve = p["hard_set_reserve"];
        _hardSetReserveScale = p["hard_set_reserve_scale"];
        _lightLoad = p["hard_set_light_load"];
        _neuralRatePerDay = p["neural_rate"];
        _neuralDetrainingDays = p["neural_detraining_tau"];
        _sizeDetrainingDays = p["size_detraining_tau"];
        _maintenanceSets = p["maintenance_sets"];
        _proteinPlateau = p["protein_plateau"];
        _proteinFloor = p["protein_floor_factor"];
        _deficitStop = p["energy_deficit_stop"];
        _womenGrowth = p["growth_female_factor"];
        _womenNeural = p["neural_female_factor"];
        _ageDecline = p["growth_age_decline_per_year_over_40"];
        _surgeWeight = p["acute_surge_weight"];
        _surgeReference = p["acute_surge_reference_auc"];
        _testosteroneUp = p["chronic_testosterone_gain_up"];
        _testosteroneDown = p["chronic_testosterone_gain_down"];
        _testosteroneDays = p["chronic_testosterone_tau"];
        _fatigueSuppression = p["resting_testosterone_fatigue_suppression"];
        _fatigueDays = p["resting_testosterone_fatigue_tau"];
        _muscleShareOfFatFreeMass = p["skeletal_muscle_share_of_fat_free_mass"];
    }

    /// <summary>A simulator with the shipped parameter set.</summary>
    public static ProgramSimulator Default { get; } = new(ModelParameters.Default);

    public ModelParameters Parameters { get; }

    /// <summary>Simulates <paramref name="program"/> from its first day to the end of its last week.</summary>
    public ProgramResult Simulate(TrainingProgram program)
    {
        var p = Parameters;
        var athlete = program.Athlete;
        var profile = new AthleteProfile(athlete, p);
        var male = athlete.Sex == Sex.Male;
        var status = athlete.TrainingStatus;
        string Key(TrainingStatus s) => s switch { TrainingStatus.Untrained => "untrained", TrainingStatus.Elite => "elite", _ => "trained" };
        var growthRate = p["growth_rate_" + Key(status)] * (male ? 1.0 : _womenGrowth) * Math.Max(0.3, 1.0 - _ageDecline * Math.Max(0.0, athlete.AgeYears - 40.0));
        var headroom = p["growth_headroom_" + Key(status)];
        var neuralMax = p["neural_gain_max_" + Key(status)] * (male ? 1.0 : _womenNeural);
        var protein = program.Nutrition.ProteinGPerKgPerDay;
        var proteinFactor = protein >= _proteinPlateau ? 1.0 : _proteinFloor + (1.0 - _proteinFloor) * Math.Max(0.0, protein) / _proteinPlateau;
        var energyFactor = Math.Clamp(1.0 + Math.Min(0.0, program.Nutrition.EnergyBalanceKcalPerDay) / _deficitStop, 0.0, 1.0);
        var growthFactor = growthRate * proteinFactor * energyFactor;

        // Chronic testosterone: muscle is in balance with the habitual level; a held level moves it toward a new
        // equilibrium linear in ln(T_held / T_habitual).
        var habitualT = profile.MorningTestosteroneNmolPerL;
        var heldT = program.HeldTestosteroneNmolPerL ?? habitualT;
        var logRatio = Math.Log(heldT / habitualT);
        var equilibrium = 1.0 + (logRatio >= 0 ? _testosteroneUp : _testosteroneDown) * logRatio;

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
            startOneRm[name] = given ?? SessionPlanner.DefaultOneRmKg(exerciseEntries[name], athlete, p);
        }

        // State.
        var gain = new double[MuscleGroups.Count * Sides];          // training-induced size gain, fraction of start
        var gainWithoutSurge = new double[MuscleGroups.Count * Sides];
        var volume = new double[MuscleGroups.Count * Sides];        // hard sets per week (exponentially weighted)
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
                            var weight = HardSetWeight(set);
                            foreach (var g in set.Entry.Primary)
                            {
                                AddSets(dailySets, weekSets, g, set.Side, weight);
                            }
                            foreach (var g in set.Entry.Secondary)
                            {
                                AddSets(dailySets, weekSets, g, set.Side, 0.5 * weight);
                            }
                            var name = set.Exercise;
                            neuralVolume[name] += weight;
                            neuralLoad[name] = 0.8 * neuralLoad[name] + 0.2 * set.RelativeLoad;
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
                            surgeBoost[g * Sides] = surgeBoost[g * Sides + 1] = Math.Max(surgeBoost[g * Sides], _surgeWeight * ar * auc / _surgeReference);
                        }
                        fatigue += acute.Diagnostics.DamageIndex;
                    }

                    // Daily update (exact exponential forms for the linear parts, explicit for the rest: one day is
                    // short against every time constant here).
                    for (var k = 0; k < volume.Length; k++)
                    {
                        // Recent hard sets, scaled to sets per week: a steady schedule of W sets a week gives about W.
                        volume[k] = volume[k] * _stimulusDecay + dailySets[k] * 7.0 * (1.0 - _stimulusDecay);
                        var stimulus = 1.0 - Math.Exp(-volume[k] / _volumeHalf);
                        var detraining = Math.Max(0.0, 1.0 - volume[k] / _maintenanceSets) / _sizeDetrainingDays;
                        var rate = growthFactor * stimulus;
                        gain[k] += rate * (1.0 + surgeBoost[k]) * Math.Max(0.0, 1.0 - gain[k] / headroom) - detraining * gain[k];
                        gainWithoutSurge[k] += rate * Math.Max(0.0, 1.0 - gainWithoutSurge[k] / headroom) - detraining * gainWithoutSurge[k];
                    }
                    foreach (var name in exerciseNames)
                    {
                        neuralVolume[name] *= Math.Exp(-1.0 / 7.0);
                        var stimulus = 1.0 - Math.Exp(-neuralVolume[name] / _strengthVolumeHalf);
                        var loadFactor = Math.Clamp(0.4 + 0.6 * (neuralLoad[name] - 0.3) / 0.6, 0.4, 1.0);
                        var target = 1.0 + neuralMax * loadFactor;
                        var n = neural[name];
                        n += _neuralRatePerDay * stimulus * Math.Max(0.0, target - n);
                        n -= (1.0 - stimulus) * (n - 1.0) / _neuralDetrainingDays;
                        neural[name] = n;
                    }
                    hormonal += (equilibrium - hormonal) / _testosteroneDays;
                    fatigue *= Math.Exp(-1.0 / _fatigueDays);
                }
                weekly.Add(Snapshot(week, gain, hormonal, exerciseNames, OneRm, startOneRm, heldT * (1.0 - _fatigueSuppression * Math.Min(1.0, fatigue)), weekSets));
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
            muscleChangeKg / _muscleShareOfFatFreeMass,
            weekly,
            warnings,
            sessionsDone == 0 ? AcuteSurge.None
                : new AcuteSurge(sessionsDone, sumTestosteroneRise / sessionsDone, sumGrowthHormonePeak / sessionsDone, sumCortisolRise / sessionsDone));
    }

    /// <summary>How much a set counts as a hard set: 1 near failure, less with reps in reserve and at very light loads.</summary>
    private double HardSetWeight(PlannedSet set)
    {
        var reserve = Math.Max(0.0, set.RepsInReserve - _hardSetReserve);
        return Math.Exp(-reserve / _hardSetReserveScale) * Math.Min(1.0, set.Intensity / _lightLoad);
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
