using Surge.Training;

namespace Surge.History;

/// <summary>One lift's estimated 1RM in one logged workout.</summary>
/// <param name="Exercise">The catalogue exercise's name (the program's name as written).</param>
/// <param name="Date">The workout's date.</param>
/// <param name="Day">Days from the replay's first Monday (the program's day index).</param>
/// <param name="OneRmKg">The best Epley e1RM of the workout's working sets of the lift, kg (<see cref="HistoryAnalyzer.EstimatedOneRmKg"/>).</param>
public sealed record LiftObservation(string Exercise, DateOnly Date, int Day, double OneRmKg);

/// <summary>
/// A logged history as a program the long-term model can run (<see cref="HistoryAnalyzer.Replay"/>): one block a
/// calendar week from the first workout's Monday to the last's, each week's workouts as its training days, the loads
/// as logged (absolute, so that the relative load falls as the lifter gets stronger, as in the log), every lift
/// starting from its first logged e1RM.
/// </summary>
/// <param name="Program">The program.</param>
/// <param name="FirstMonday">The Monday of day 0.</param>
/// <param name="Observations">Every lift's e1RM per workout, in time order.</param>
public sealed record LogReplay(TrainingProgram Program, DateOnly FirstMonday, IReadOnlyList<LiftObservation> Observations);
