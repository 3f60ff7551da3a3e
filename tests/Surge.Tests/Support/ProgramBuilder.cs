using Surge.Adaptation;
using Surge.Physiology;
using Surge.Quantities;
using Surge.Training;

namespace Surge.Tests.Support;

/// <summary>
/// Fluent construction of training programs so tests read like the domain:
/// <c>Programs.Build().For(Athletes.Man(status: TrainingStatus.Untrained)).Train(12, Programs.Day(DayOfWeek.Monday, Sessions.Build().Exercise(...))).Build()</c>.
/// </summary>
public sealed class ProgramBuilder
{
    private readonly List<ProgramBlock> _blocks = [];
    private Athlete _athlete = Athletes.Man();
    private Nutrition _nutrition = Nutrition.Default;
    private double? _heldTestosterone;

    /// <summary>Who trains (default: a trained 25-year-old man of 80 kg).</summary>
    public ProgramBuilder For(Athlete athlete)
    {
        _athlete = athlete;
        return this;
    }

    /// <summary>Protein (g/kg/day) and energy balance (kcal/day); default 1.2 g/kg/day and balance.</summary>
    public ProgramBuilder Eating(double proteinGPerKgPerDay, double energyBalanceKcalPerDay = 0.0)
    {
        _nutrition = new Nutrition(proteinGPerKgPerDay, energyBalanceKcalPerDay);
        return this;
    }

    /// <summary>Holds testosterone at <paramref name="nmolPerL"/> from the start.</summary>
    public ProgramBuilder HoldingTestosterone(double? nmolPerL)
    {
        _heldTestosterone = nmolPerL;
        return this;
    }

    /// <summary>A block of <paramref name="weeks"/> identical weeks with these training days.</summary>
    public ProgramBuilder Train(int weeks, params TrainingDay[] days)
    {
        _blocks.Add(new ProgramBlock(weeks, days.OrderBy(d => ((int)d.Day + 6) % 7).ToArray()));
        return this;
    }

    /// <summary>A block of <paramref name="weeks"/> without training (detraining).</summary>
    public ProgramBuilder Rest(int weeks)
    {
        _blocks.Add(new ProgramBlock(weeks, []));
        return this;
    }

    /// <summary>The program.</summary>
    public TrainingProgram Build() => new(_athlete, _nutrition, _blocks.ToArray(), _heldTestosterone);
}

/// <summary>Program builder entry point, training days from session builders, and running programs in tests.</summary>
public static class Programs
{
    private static readonly TimeSpan _twoMinutes = TimeSpan.FromMinutes(2);

    /// <summary>A new builder: trained 25-year-old man, default nutrition, habitual testosterone, no blocks.</summary>
    public static ProgramBuilder Build() => new();

    /// <summary>A training day on <paramref name="day"/> made of the bouts (and start time) of <paramref name="session"/>.</summary>
    public static TrainingDay Day(DayOfWeek day, SessionBuilder session)
    {
        var built = session.Build();
        return new TrainingDay(day, TimeOnly.FromDateTime(built.Start), built.Bouts);
    }

    /// <summary>
    /// Leg extensions (quadriceps only) on Monday and Thursday adding up to <paramref name="weeklySets"/> sets a week,
    /// 10 reps at 75 %1RM, one rep in reserve.
    /// </summary>
    public static TrainingDay[] QuadricepsVolume(int weeklySets, Load? load = null, int reps = 10, double? rir = 1.0, bool toFailure = false)
    {
        var monday = (weeklySets + 1) / 2;
        var thursday = weeklySets - monday;
        var days = new List<TrainingDay>();
        foreach (var (day, sets) in new[] { (DayOfWeek.Monday, monday), (DayOfWeek.Thursday, thursday) })
        {
            if (sets > 0)
            {
                days.Add(Day(day, Sessions.Build().Exercise("leg extension", sets: sets, reps: reps, load: load ?? Load.PercentOfOneRm(75),
                    rest: _twoMinutes, rir: rir, toFailure: toFailure)));
            }
        }
        return days.ToArray();
    }

    /// <summary>A leg-heavy day: examples/leg-day.yaml (16 sets for thighs and hips).</summary>
    public static TrainingDay LegDay(DayOfWeek day) => Day(day, Sessions.LegDayBuilder());

    /// <summary>An arm-only day: 4 × 10 barbell curls and 4 × 12 triceps pushdowns, near failure.</summary>
    public static TrainingDay ArmDay(DayOfWeek day) => Day(day, Sessions.Build()
        .Exercise("barbell curl", sets: 4, reps: 10, load: Load.RepetitionMaximum(10), rest: TimeSpan.FromSeconds(90))
        .Exercise("triceps pushdown", sets: 4, reps: 12, load: Load.RepetitionMaximum(12), rest: TimeSpan.FromSeconds(90)));

    /// <summary>A full-body day: squat, bench press, row, curl, 3 × 10RM each.</summary>
    public static TrainingDay FullBodyDay(DayOfWeek day) => Day(day, Sessions.Build()
        .Exercise("back squat", sets: 3, reps: 10, load: Load.RepetitionMaximum(10), rest: _twoMinutes)
        .Exercise("bench press", sets: 3, reps: 10, load: Load.RepetitionMaximum(10), rest: _twoMinutes)
        .Exercise("seated row", sets: 3, reps: 10, load: Load.RepetitionMaximum(10), rest: _twoMinutes)
        .Exercise("barbell curl", sets: 3, reps: 10, load: Load.RepetitionMaximum(10), rest: _twoMinutes));

    /// <summary>Simulates with the shipped parameters, or <paramref name="parameters"/>.</summary>
    public static ProgramResult Simulate(this TrainingProgram program, ModelParameters? parameters = null) =>
        (parameters is null ? ProgramSimulator.Default : new ProgramSimulator(parameters)).Simulate(program);

    /// <summary>The 1RM change of the exercise written as <paramref name="name"/>, %.</summary>
    public static double OneRmChangePct(this ProgramResult result, string name) =>
        result.Strength.Single(s => s.Exercise == name).OneRmChangePct;
}
