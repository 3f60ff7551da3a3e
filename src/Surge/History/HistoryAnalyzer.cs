using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Logs;
using Surge.Physiology;
using Surge.Quantities;
using Surge.Simulation;
using Surge.Training;

namespace Surge.History;

/// <summary>
/// Analyses a logged training history: the predicted acute response to every workout, weekly hard sets per muscle
/// group, and a projection of the next weeks if the last four weeks of training continue.
/// </summary>
public static class HistoryAnalyzer
{
    /// <summary>Weeks projected.</summary>
    public const int ProjectionWeeks = 12;

    /// <summary>Recent calendar weeks whose training the projection repeats.</summary>
    public const int BasisWeeks = 4;

    /// <summary>Rest after a set when the log has none, s.</summary>
    public const double DefaultRestSeconds = 120.0;

    /// <summary>Longest rest taken from a log, s (longer pauses are taken as this).</summary>
    public const double MaximumRestSeconds = 1800.0;

    /// <summary>Most repetitions a set may have to count towards an e1RM (Epley is poor beyond).</summary>
    public const int MaximumRepsForOneRm = 20;

    /// <summary>Reps in reserve assumed for a working set without RPE when its load has to be inferred from reps.</summary>
    public const double AssumedRepsInReserve = 2.0;

    /// <summary>
    /// Analyses <paramref name="workouts"/> (any order) for the athlete a stored <paramref name="profile"/> describes,
    /// with everything a fit stored in it: each workout simulated with the person's own acute response
    /// (<see cref="Trials.PersonalResponse"/>, <c>surge fit --samples --store</c>), the projection with their strength
    /// responsiveness (<c>surge fit --db --store</c>).
    /// </summary>
    public static HistoryReport Analyze(
        IReadOnlyList<LoggedWorkout> workouts,
        AthleteSettings profile,
        ExerciseCatalogue catalogue,
        SessionSimulator sessions,
        ProgramSimulator programs)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(sessions);
        return Analyze(workouts, profile.ToAthlete(), catalogue, Trials.PersonalResponse.Of(profile).Apply(sessions), programs,
            profile.StrengthResponsiveness);
    }

    /// <summary>
    /// Analyses <paramref name="workouts"/> (any order) for <paramref name="athlete"/>; the projection uses
    /// <paramref name="strengthResponsiveness"/> (fitted from the log, <c>surge fit --db</c>; null: the population's 1).
    /// </summary>
    public static HistoryReport Analyze(
        IReadOnlyList<LoggedWorkout> workouts,
        Athlete athlete,
        ExerciseCatalogue catalogue,
        SessionSimulator? sessions = null,
        ProgramSimulator? programs = null,
        double? strengthResponsiveness = null)
    {
        ArgumentNullException.ThrowIfNull(workouts);
        ArgumentNullException.ThrowIfNull(athlete);
        ArgumentNullException.ThrowIfNull(catalogue);
        sessions ??= SessionSimulator.Default;
        programs = Trials.SubjectVariability.WithStrengthResponsiveness(programs ?? ProgramSimulator.Default, strengthResponsiveness);

        var ordered = workouts.OrderBy(w => w.Start).ThenBy(w => w.Key, StringComparer.Ordinal).ToArray();
        var exercises = MatchExercises(ordered, catalogue);
        var oneRms = EstimateOneRms(ordered, exercises, athlete);

        var responses = new HistorySession[ordered.Length];
        var profile = new AthleteProfile(athlete, sessions.Parameters);
        Parallel.For(0, ordered.Length, i => responses[i] = Respond(ordered[i], athlete, exercises, oneRms, sessions, profile));

        var weeks = CountWeeks(ordered, exercises, sessions.Parameters.Group<TrainingDoseParameters>());
        var projection = Project(ordered, weeks, athlete, exercises, oneRms, programs);

        return new HistoryReport(
            ordered.Length,
            ordered.Sum(w => w.Sets.Count),
            ordered.Sum(w => w.Sets.Count(s => s.Kind == SetKind.WarmUp)),
            ordered.Length == 0 ? null : DateOnly.FromDateTime(ordered[0].Start),
            ordered.Length == 0 ? null : DateOnly.FromDateTime(ordered[^1].Start),
            Unmatched(ordered, exercises, catalogue),
            weeks,
            responses,
            projection,
            oneRms.ToDictionary(p => p.Key.Name, p => p.Value))
        {
            Athlete = athlete,
            StrengthResponsiveness = strengthResponsiveness,
            Readiness = Readiness.DayAfter(responses, sessions.Parameters),
            FitnessFatigue = FitnessFatigue.Daily(responses, sessions.Parameters),
        };
    }

    /// <summary>The Monday starting the ISO week of <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>
    /// The Epley estimate of the 1RM of the external load from one set, kg, on the lifter's scale (for a body-weight
    /// exercise, of the added weight with the body mass moved counted; <see cref="LoadScale"/>); the recorded RPE
    /// counts as reps in reserve. Null when the set cannot tell (no reps, too many reps, nothing lifted).
    /// </summary>
    public static double? EstimatedOneRmKg(LoggedSet set, Exercise exercise, Athlete athlete)
    {
        var external = Math.Max(0.0, set.WeightKg ?? 0.0);
        if (set.Kind == SetKind.WarmUp || set.Reps < 1 || set.Reps > MaximumRepsForOneRm
            || (set.WeightKg is null && !exercise.CountsBodyMassInRelativeLoad()))
        {
            return null;
        }
        var reserve = set.Rpe is { } rpe ? Math.Clamp(10.0 - rpe, 0.0, 5.0) : 0.0;
        return exercise.OneRmFromSetKg(external, set.Reps + reserve, athlete.BodyMassKg);
    }

    private static Dictionary<string, Exercise?> MatchExercises(IEnumerable<LoggedWorkout> workouts, ExerciseCatalogue catalogue)
    {
        var map = new Dictionary<string, Exercise?>(StringComparer.Ordinal);
        foreach (var set in workouts.SelectMany(w => w.Sets))
        {
            if (set.Exercise is { } name && !map.ContainsKey(name))
            {
                map[name] = catalogue.Find(name);
            }
        }
        return map;
    }

    private static Exercise? ExerciseOf(LoggedSet set, Dictionary<string, Exercise?> exercises) =>
        set.Exercise is { } name && exercises.TryGetValue(name, out var exercise) ? exercise : null;

    private static Dictionary<Exercise, double> EstimateOneRms(IEnumerable<LoggedWorkout> workouts, Dictionary<string, Exercise?> exercises, Athlete athlete)
    {
        var best = new Dictionary<Exercise, double>();
        foreach (var set in workouts.SelectMany(w => w.Sets))
        {
            if (ExerciseOf(set, exercises) is { } exercise && EstimatedOneRmKg(set, exercise, athlete) is { } oneRm
                && (!best.TryGetValue(exercise, out var current) || oneRm > current))
            {
                best[exercise] = oneRm;
            }
        }
        return best;
    }

    /// <summary>The lifter's relative load (fraction of 1RM, <see cref="LoadScale.RelativeLoad"/>) of a set, for relative loads.</summary>
    private static double Fraction(LoggedSet set, Exercise exercise, double? oneRmKg, Athlete athlete)
    {
        if (oneRmKg is { } oneRm && (set.WeightKg is not null || exercise.CountsBodyMassInRelativeLoad()))
        {
            return Math.Clamp(exercise.RelativeLoad(Math.Max(0.0, set.WeightKg ?? 0.0), oneRm, athlete.BodyMassKg), 0.05, 1.0);
        }
        var reserve = set.Rpe is { } rpe ? Math.Clamp(10.0 - rpe, 0.0, 10.0)
            : set.Kind == SetKind.Failure ? 0.0
            : set.Kind == SetKind.WarmUp ? set.Reps
            : AssumedRepsInReserve;
        return Math.Clamp(RepetitionMaximum.FractionOfOneRm(set.Reps + reserve), 0.05, 1.0);
    }

    private static Effort EffortOf(LoggedSet set) =>
        set.Rpe is { } rpe ? Effort.FromRpe(rpe)
        : set.Kind == SetKind.Failure ? Effort.Failure
        : Effort.Estimated;

    private static TimeSpan RestOf(LoggedSet set) =>
        TimeSpan.FromSeconds(Math.Clamp(set.RestSeconds ?? DefaultRestSeconds, 0.0, MaximumRestSeconds));

    /// <summary>Consecutive sets of one matched exercise become one bout; unmatched exercises and sets without reps are left out.</summary>
    private static List<Bout> Bouts(LoggedWorkout workout, Dictionary<string, Exercise?> exercises, Func<LoggedSet, Exercise, Load> load, Func<Exercise, double?> oneRm)
    {
        var bouts = new List<Bout>();
        Exercise? current = null;
        List<SetPrescription>? sets = null;
        var total = 0;
        foreach (var set in workout.Sets)
        {
            if (ExerciseOf(set, exercises) is not { } exercise || set.Reps < 1 || total >= Session.MaximumSets)
            {
                continue;
            }
            if (!ReferenceEquals(exercise, current))
            {
                if (current is not null && sets is { Count: > 0 })
                {
                    bouts.Add(new Bout(current, current.Name, Side.Both, oneRm(current), sets, null));
                }
                current = exercise;
                sets = [];
            }
            sets!.Add(new SetPrescription(set.Reps, load(set, exercise), RestOf(set), EffortOf(set), null));
            total++;
        }
        if (current is not null && sets is { Count: > 0 })
        {
            bouts.Add(new Bout(current, current.Name, Side.Both, oneRm(current), sets, null));
        }
        return bouts;
    }

    /// <summary>A set's load as logged: the weight (absolute), 0 kg added for a body-weight exercise, else relative from reps.</summary>
    private static Load LoggedLoad(LoggedSet set, Exercise exercise, Athlete athlete)
    {
        if (set.WeightKg is { } kg)
        {
            return Load.Absolute(Mass.FromKilograms(Math.Max(0.0, kg)));
        }
        if (exercise.CountsBodyMassInRelativeLoad())
        {
            return Load.Absolute(Mass.FromKilograms(0.0));
        }
        return new Load(LoadKind.FractionOfOneRm, Fraction(set, exercise, null, athlete));
    }

    /// <summary>
    /// The log as a program of the long-term model (<see cref="LogReplay"/>), with every lift's e1RM per workout: the
    /// prediction of the log that <c>surge fit --db</c> compares with the observed e1RM trend.
    /// </summary>
    public static LogReplay Replay(IReadOnlyList<LoggedWorkout> workouts, Athlete athlete, ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(workouts);
        ArgumentNullException.ThrowIfNull(athlete);
        ArgumentNullException.ThrowIfNull(catalogue);
        var ordered = workouts.OrderBy(w => w.Start).ThenBy(w => w.Key, StringComparer.Ordinal).ToArray();
        if (ordered.Length == 0)
        {
            return new LogReplay(new TrainingProgram(athlete, Nutrition.Default, [], null), default, []);
        }
        var exercises = MatchExercises(ordered, catalogue);
        var firstMonday = WeekStart(DateOnly.FromDateTime(ordered[0].Start));
        var observations = new List<LiftObservation>();
        var startOneRm = new Dictionary<Exercise, double>();
        foreach (var workout in ordered)
        {
            var date = DateOnly.FromDateTime(workout.Start);
            var best = new Dictionary<Exercise, double>();
            foreach (var set in workout.Sets)
            {
                if (ExerciseOf(set, exercises) is { } exercise && EstimatedOneRmKg(set, exercise, athlete) is { } oneRm
                    && double.IsFinite(oneRm) && oneRm > 0 && (!best.TryGetValue(exercise, out var current) || oneRm > current))
                {
                    best[exercise] = oneRm;
                }
            }
            foreach (var (exercise, oneRm) in best.OrderBy(b => b.Key.Name, StringComparer.Ordinal))
            {
                startOneRm.TryAdd(exercise, oneRm);
                observations.Add(new LiftObservation(exercise.Name, date, date.DayNumber - firstMonday.DayNumber, oneRm));
            }
        }

        double? OneRm(Exercise e) => startOneRm.TryGetValue(e, out var kg) ? kg : null;
        var weekCount = (WeekStart(DateOnly.FromDateTime(ordered[^1].Start)).DayNumber - firstMonday.DayNumber) / 7 + 1;
        var days = new List<TrainingDay>[weekCount];
        for (var k = 0; k < weekCount; k++)
        {
            days[k] = [];
        }
        foreach (var workout in ordered)
        {
            var bouts = Bouts(workout, exercises, (set, exercise) => LoggedLoad(set, exercise, athlete), OneRm);
            if (bouts.Count > 0)
            {
                var week = (DateOnly.FromDateTime(workout.Start).DayNumber - firstMonday.DayNumber) / 7;
                days[week].Add(new TrainingDay(workout.Start.DayOfWeek, TimeOnly.FromDateTime(workout.Start), bouts));
            }
        }
        var blocks = days.Select(d => new ProgramBlock(1, d)).ToArray();
        return new LogReplay(new TrainingProgram(athlete, Nutrition.Default, blocks, null), firstMonday, observations);
    }

    private static HistorySession Respond(
        LoggedWorkout workout, Athlete athlete, Dictionary<string, Exercise?> exercises, Dictionary<Exercise, double> oneRms, SessionSimulator simulator,
        AthleteProfile profile)
    {
        var muscleMassKg = profile.MuscleMassKg;
        double? OneRm(Exercise e) => oneRms.TryGetValue(e, out var kg) ? kg : null;
        var bouts = Bouts(workout, exercises, (set, exercise) => LoggedLoad(set, exercise, athlete), OneRm);
        var session = new Session(athlete, workout.Start, Session.DefaultRecordUntil, bouts);
        var result = simulator.Simulate(session);
        var dose = simulator.Parameters.Group<TrainingDoseParameters>();
        var plan = SessionPlanner.Plan(session, profile, simulator.Parameters);
        return new HistorySession(
            workout.Start,
            workout.Title,
            workout.Sets.Count,
            bouts.Sum(b => b.Sets.Count),
            result[Measure.TotalTestosterone].PeakChangePct,
            result[Measure.GrowthHormone].Peak,
            result[Measure.Lactate].Peak)
        {
            End = workout.Start.AddMinutes(result.Session.EndMin),
            DamagePerKg = result.Diagnostics.GroupDamage.Select((d, g) => muscleMassKg[g] > 0 ? d / muscleMassKg[g] : 0.0).ToArray(),
            Dose = plan.Sets.Sum(dose.HardSetWeight),
        };
    }

    private static List<HistoryWeek> CountWeeks(LoggedWorkout[] ordered, Dictionary<string, Exercise?> exercises, TrainingDoseParameters dose)
    {
        var weeks = new List<HistoryWeek>();
        if (ordered.Length == 0)
        {
            return weeks;
        }
        var first = WeekStart(DateOnly.FromDateTime(ordered[0].Start));
        var last = WeekStart(DateOnly.FromDateTime(ordered[^1].Start));
        var count = (last.DayNumber - first.DayNumber) / 7 + 1;
        var sets = new double[count, MuscleGroups.Count];
        foreach (var workout in ordered)
        {
            var week = (WeekStart(DateOnly.FromDateTime(workout.Start)).DayNumber - first.DayNumber) / 7;
            foreach (var set in workout.Sets)
            {
                if (set.Kind == SetKind.WarmUp || ExerciseOf(set, exercises) is not { } exercise)
                {
                    continue;
                }
                // Every working set counts fully here (a log rarely states how close to failure it went).
                foreach (var group in exercise.Primary.Concat(exercise.Secondary))
                {
                    sets[week, (int)group] += dose.GroupShare(exercise, group);
                }
            }
        }
        for (var k = 0; k < count; k++)
        {
            var hard = new Dictionary<MuscleGroup, double>();
            foreach (var group in MuscleGroups.All)
            {
                hard[group] = sets[k, (int)group];
            }
            weeks.Add(new HistoryWeek(first.AddDays(7 * k), hard));
        }
        return weeks;
    }

    private static HistoryProjection Project(
        LoggedWorkout[] ordered,
        IReadOnlyList<HistoryWeek> weeks,
        Athlete athlete,
        Dictionary<string, Exercise?> exercises,
        Dictionary<Exercise, double> oneRms,
        ProgramSimulator simulator)
    {
        static Dictionary<MuscleGroup, double> Zeros() => MuscleGroups.All.ToDictionary(g => g, _ => 0.0);
        if (ordered.Length == 0)
        {
            return new HistoryProjection(ProjectionWeeks, [], Zeros(), Zeros(), Enumerable.Range(0, ProjectionWeeks).Select(_ => (IReadOnlyDictionary<MuscleGroup, double>)Zeros()).ToArray());
        }

        var lastWeek = WeekStart(DateOnly.FromDateTime(ordered[^1].Start));
        var basis = Enumerable.Range(0, BasisWeeks).Select(k => lastWeek.AddDays(-7 * (BasisWeeks - 1 - k))).ToArray();
        var hardSets = Zeros();
        foreach (var week in weeks.Where(w => w.WeekStart >= basis[0]))
        {
            foreach (var group in MuscleGroups.All)
            {
                hardSets[group] += week.HardSets[group] / BasisWeeks;
            }
        }

        double? OneRm(Exercise e) => oneRms.TryGetValue(e, out var kg) ? kg : null;
        Load Relative(LoggedSet set, Exercise exercise) =>
            new(LoadKind.FractionOfOneRm, Fraction(set, exercise, OneRm(exercise), athlete));
        var templates = new List<TrainingDay>[BasisWeeks];
        for (var k = 0; k < BasisWeeks; k++)
        {
            templates[k] = [];
        }
        foreach (var workout in ordered)
        {
            var index = Array.IndexOf(basis, WeekStart(DateOnly.FromDateTime(workout.Start)));
            if (index < 0)
            {
                continue;
            }
            var bouts = Bouts(workout, exercises, Relative, OneRm);
            if (bouts.Count > 0)
            {
                templates[index].Add(new TrainingDay(workout.Start.DayOfWeek, TimeOnly.FromDateTime(workout.Start), bouts));
            }
        }
        var blocks = Enumerable.Range(0, ProjectionWeeks)
            .Select(w => new ProgramBlock(1, templates[w % BasisWeeks].OrderBy(d => ((int)d.Day + 6) % 7).ThenBy(d => d.Start).ToArray()))
            .ToArray();
        var result = simulator.Simulate(new TrainingProgram(athlete, Nutrition.Default, blocks, null));

        static double Size(IReadOnlyDictionary<MuscleGroup, MuscleChange> muscles, MuscleGroup group) =>
            muscles.TryGetValue(group, out var change) ? change.SizeChangePct : 0.0;
        return new HistoryProjection(
            ProjectionWeeks,
            basis,
            hardSets,
            MuscleGroups.All.ToDictionary(g => g, g => Size(result.Muscles, g)),
            result.Weekly.Select(w => (IReadOnlyDictionary<MuscleGroup, double>)MuscleGroups.All.ToDictionary(g => g, g => Size(w.Muscles, g))).ToArray())
        {
            OneRmChangePct = result.Strength.ToDictionary(c => c.Exercise, c => c.OneRmChangePct, StringComparer.Ordinal),
        };
    }

    private static List<UnmatchedName> Unmatched(IEnumerable<LoggedWorkout> workouts, Dictionary<string, Exercise?> exercises, ExerciseCatalogue catalogue) =>
        workouts.SelectMany(w => w.Sets)
            .Where(s => ExerciseOf(s, exercises) is null)
            .GroupBy(s => s.ExerciseName, StringComparer.Ordinal)
            .Select(g => new UnmatchedName(g.Key, g.Count(), catalogue.Suggest(g.Key)))
            .OrderByDescending(u => u.Sets)
            .ThenBy(u => u.Name, StringComparer.Ordinal)
            .ToList();
}
