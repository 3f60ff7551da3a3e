using Surge.Catalogue;
using Surge.Physiology;
using Surge.Quantities;
using Surge.Simulation;
using Surge.Training;

namespace Surge.Tests.Support;

/// <summary>
/// Fluent construction of sessions so tests read like the domain:
/// <c>Sessions.Build().At(17, 30).For(Athletes.Man(age: 25)).Exercise("back squat", sets: 4, reps: 10, load: Load.PercentOfOneRm(75), rest: TimeSpan.FromSeconds(90), rir: 1).Build()</c>.
/// </summary>
public sealed class SessionBuilder
{
    /// <summary>The calendar day of every built session (that of the examples).</summary>
    public static readonly DateOnly Day = new(2026, 11, 20);

    private readonly List<Bout> _bouts = [];
    private Athlete _athlete = Athlete.Default;
    private TimeOnly _start = Session.DefaultStartTime;
    private TimeSpan _recordUntil = Session.DefaultRecordUntil;

    /// <summary>Starts the first set at <paramref name="hour"/>:<paramref name="minute"/> local time.</summary>
    public SessionBuilder At(int hour, int minute = 0)
    {
        _start = new TimeOnly(hour, minute);
        return this;
    }

    /// <summary>Starts the first set at <paramref name="time"/>.</summary>
    public SessionBuilder At(TimeOnly time)
    {
        _start = time;
        return this;
    }

    /// <summary>Who trains.</summary>
    public SessionBuilder For(Athlete athlete)
    {
        _athlete = athlete;
        return this;
    }

    /// <summary>How long to follow the body after the last set.</summary>
    public SessionBuilder RecordFor(TimeSpan duration)
    {
        _recordUntil = duration;
        return this;
    }

    /// <summary>How long to follow the body after the last set, in minutes.</summary>
    public SessionBuilder RecordForMinutes(double minutes) => RecordFor(TimeSpan.FromMinutes(minutes));

    /// <summary>
    /// Adds a bout of <paramref name="sets"/> identical sets of <paramref name="exercise"/> (a catalogue name or alias).
    /// <paramref name="rir"/> null: estimated from reps and load; <paramref name="toFailure"/> sets it to 0.
    /// </summary>
    public SessionBuilder Exercise(
        string exercise,
        int sets,
        int reps,
        Load load,
        TimeSpan rest,
        double? rir = null,
        bool toFailure = false,
        Tempo? tempo = null,
        Side side = Side.Both,
        double? oneRmKg = null,
        TimeSpan? transition = null)
    {
        var effort = toFailure ? Effort.Failure : new Effort(rir);
        var set = new SetPrescription(reps, load, rest, effort, tempo);
        return Exercise(exercise, Enumerable.Repeat(set, sets).ToArray(), side, oneRmKg, transition);
    }

    /// <summary>Adds a bout with explicitly listed sets.</summary>
    public SessionBuilder Exercise(
        string exercise,
        IReadOnlyList<SetPrescription> sets,
        Side side = Side.Both,
        double? oneRmKg = null,
        TimeSpan? transition = null)
    {
        var entry = ExerciseCatalogue.Default.Find(exercise)
            ?? throw new ArgumentException($"'{exercise}' is not in the exercise catalogue.", nameof(exercise));
        _bouts.Add(new Bout(entry, exercise, side, oneRmKg, sets, transition));
        return this;
    }

    /// <summary>The session.</summary>
    public Session Build() => new(_athlete, Day.ToDateTime(_start), _recordUntil, _bouts.ToArray());
}

/// <summary>Canonical sessions (the examples/*.yaml sessions, built in code) and the builder entry point.</summary>
public static class Sessions
{
    private static readonly TimeSpan _sixty = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan _ninety = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan _threeMinutes = TimeSpan.FromMinutes(3);

    /// <summary>A new builder: default athlete, 17:00, 180 min of recording, no exercises.</summary>
    public static SessionBuilder Build() => new();

    /// <summary>examples/leg-day.yaml: 16 sets for thighs and hips, 90 s rests (60 s on leg extensions), 17:30.</summary>
    public static Session LegDay(Athlete? athlete = null) => LegDayBuilder(athlete).Build();

    /// <summary>The leg day's builder, to change the time or the recording.</summary>
    public static SessionBuilder LegDayBuilder(Athlete? athlete = null) => Build()
        .At(17, 30)
        .For(athlete ?? Athletes.Man(age: 25))
        .Exercise("back squat", sets: 4, reps: 10, load: Load.PercentOfOneRm(75), rest: _ninety, rir: 1)
        .Exercise("leg press", sets: 4, reps: 12, load: Load.RepetitionMaximum(12), rest: _ninety)
        .Exercise("romanian deadlift", sets: 4, reps: 10, load: Load.RepetitionMaximum(10), rest: _ninety)
        .Exercise("leg extension", sets: 4, reps: 12, load: Load.RepetitionMaximum(12), rest: _sixty);

    /// <summary>examples/arm-day.yaml: the same 16 sets and rests as the leg day, for the arms.</summary>
    public static Session ArmDay(Athlete? athlete = null) => Build()
        .At(17, 30)
        .For(athlete ?? Athletes.Man(age: 25))
        .Exercise("barbell curl", sets: 4, reps: 10, load: Load.RepetitionMaximum(10), rest: _ninety)
        .Exercise("triceps pushdown", sets: 4, reps: 12, load: Load.RepetitionMaximum(12), rest: _ninety)
        .Exercise("hammer curl", sets: 4, reps: 10, load: Load.RepetitionMaximum(10), rest: _ninety)
        .Exercise("skullcrusher", sets: 4, reps: 12, load: Load.RepetitionMaximum(12), rest: _sixty)
        .Build();

    /// <summary>examples/woman-leg-day.yaml: the leg day done by a trained 25-year-old woman of 62 kg.</summary>
    public static Session WomanLegDay() => LegDay(Athletes.Woman(age: 25));

    /// <summary>examples/hypertrophy-10rm-1min.yaml: eight exercises, 3 × 10RM to failure, 1-min rests, 09:00.</summary>
    public static Session Hypertrophy10RmOneMinute(Athlete? athlete = null) =>
        EightExercises(athlete, reps: 10, rest: _sixty);

    /// <summary>examples/strength-5rm-3min.yaml: the same eight exercises, 3 × 5RM to failure, 3-min rests, 09:00.</summary>
    public static Session Strength5RmThreeMinutes(Athlete? athlete = null) =>
        EightExercises(athlete, reps: 5, rest: _threeMinutes);

    /// <summary>examples/rest-control.yaml: no exercise, followed for 180 min from 17:30.</summary>
    public static Session RestControl(Athlete? athlete = null, int hour = 17, int minute = 30) =>
        Build().At(hour, minute).For(athlete ?? Athlete.Default).Build();

    private static Session EightExercises(Athlete? athlete, int reps, TimeSpan rest)
    {
        var builder = Build().At(9, 0).For(athlete ?? Athlete.Default);
        foreach (var name in new[] { "bench press", "back squat", "overhead press", "leg press", "lat pulldown", "romanian deadlift", "seated row", "barbell curl" })
        {
            builder.Exercise(name, sets: 3, reps: reps, load: Load.RepetitionMaximum(reps), rest: rest, toFailure: true);
        }
        return builder.Build();
    }
}

/// <summary>Running sessions in tests.</summary>
public static class SimulationExtensions
{
    /// <summary>Simulates with the shipped parameters, or <paramref name="parameters"/>.</summary>
    public static SimulationResult Simulate(this Session session, ModelParameters? parameters = null) =>
        (parameters is null ? SessionSimulator.Default : new SessionSimulator(parameters)).Simulate(session);

    /// <summary>The shipped parameter set with some values replaced.</summary>
    public static ModelParameters With(params (string Name, double Value)[] values) =>
        ModelParameters.Default.With(values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>Peak of the excess over the no-exercise curve (value − reference), in the measure's unit.</summary>
    public static double PeakExcess(this MeasureResult m) =>
        m.Values.Select((v, i) => v - m.NoExerciseValues[i]).Max();

    /// <summary>Excess over the no-exercise curve at minute <paramref name="t"/>.</summary>
    public static double ExcessAt(this MeasureResult m, int t) => m.Values[t] - m.NoExerciseValues[t];

    /// <summary>Absolute rise of the peak over the value at t = 0.</summary>
    public static double Rise(this MeasureResult m) => m.Peak - m.Baseline;
}
