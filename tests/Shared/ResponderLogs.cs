using System.Globalization;
using System.Text;
using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Fitting;
using Surge.Logs;
using Surge.Quantities;
using Surge.Training;

namespace Surge.Tests.Support;

/// <summary>
/// Workout logs of a simulated lifter with a known strength responsiveness: a Mon/Wed/Fri program of back squat, bench
/// press and deadlift (4 × 5 at RPE 8) run through the long-term model with the factor, each workout logged at the
/// load that the lifter's 1RM of the day, times seeded multiplicative noise, gives for 5 reps at RPE 8 (so each
/// workout's Epley e1RM is that day's 1RM times the noise).
/// </summary>
public static class ResponderLogs
{
    private static readonly (string Name, double StartOneRmKg)[] _lifts = [("back squat", 140.0), ("bench press", 100.0), ("deadlift", 170.0)];
    private static readonly DayOfWeek[] _days = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];
    private const int Reps = 5;
    private const double Rpe = 8.0;
    private const int SetsPerLift = 4;

    /// <summary>The first Monday of every generated log.</summary>
    public static readonly DateTime FirstMonday = new(2026, 1, 5, 17, 0, 0);

    /// <summary>
    /// <paramref name="weeks"/> weeks (or only the first <paramref name="workouts"/> workouts) of the lifter with
    /// <paramref name="strengthResponsiveness"/>, e1RM noise of SD <paramref name="noiseLogSd"/> on the log scale.
    /// </summary>
    public static IReadOnlyList<LoggedWorkout> Build(double strengthResponsiveness, int weeks, int seed, double noiseLogSd = 0.02, int? workouts = null)
    {
        var catalogue = ExerciseCatalogue.Default;
        var athlete = Athlete.Default;
        var relativeLoad = RepetitionMaximum.FractionOfOneRm(Reps + (10.0 - Rpe));
        var bouts = _lifts.Select(l => new Bout(catalogue.Find(l.Name)!, l.Name, Side.Both, l.StartOneRmKg,
            Enumerable.Range(0, SetsPerLift).Select(_ => new SetPrescription(Reps, new Load(LoadKind.FractionOfOneRm, relativeLoad),
                TimeSpan.FromMinutes(3), Effort.FromRpe(Rpe), null)).ToArray(), null)).ToArray();
        var program = new TrainingProgram(athlete, Nutrition.Default,
            [new ProgramBlock(weeks, _days.Select(d => new TrainingDay(d, new TimeOnly(17, 0), bouts)).ToArray())], null);
        var trainingDays = _days.Select(d => ((int)d + 6) % 7).ToHashSet();
        var oneRmOnDay = new Dictionary<(int Day, string Lift), double>();
        LogFitter.WithStrengthResponsiveness(ProgramSimulator.Default, strengthResponsiveness).Simulate(program, (day, lift, oneRmKg) =>
        {
            if (trainingDays.Contains(day % 7))
            {
                oneRmOnDay[(day, lift)] = oneRmKg;
            }
        });

        var random = new Random(seed);
        var log = new List<LoggedWorkout>();
        foreach (var day in oneRmOnDay.Keys.Select(k => k.Day).Distinct().Order().Take(workouts ?? int.MaxValue))
        {
            var sets = new List<LoggedSet>();
            foreach (var (name, _) in _lifts)
            {
                // Box–Muller: a standard normal from two uniforms.
                var z = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
                var loadKg = oneRmOnDay[(day, name)] * Math.Exp(noiseLogSd * z) * relativeLoad;
                for (var s = 0; s < SetsPerLift; s++)
                {
                    sets.Add(new LoggedSet(sets.Count + 1, SetKind.Working, name, name, loadKg, Reps, Rpe, 180.0, false, sets.Count + 2));
                }
            }
            var start = FirstMonday.AddDays(day);
            log.Add(new LoggedWorkout(start, "Workout", TimeSpan.FromHours(1), sets, start.ToString("s", CultureInfo.InvariantCulture)));
        }
        return log;
    }

    /// <summary><paramref name="log"/> as a Strong comma export in kg (import with <c>--format strong --unit kg</c>).</summary>
    public static string StrongCsv(IReadOnlyList<LoggedWorkout> log)
    {
        var text = new StringBuilder("Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n");
        foreach (var workout in log)
        {
            foreach (var set in workout.Sets)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"{workout.Start:yyyy-MM-dd HH:mm:ss},{workout.Title},1h,{set.ExerciseName},{set.Order},{set.WeightKg:0.###},{set.Reps},0,0,,,{set.Rpe}\n");
            }
        }
        return text.ToString();
    }
}
