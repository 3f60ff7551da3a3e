using System.Globalization;
using Surge.Training;

namespace Surge.Reports;

/// <summary>
/// The size of a program as work to simulate: its total sets (every week of every block, every set of every training
/// day). The cost of simulating a program grows with its sets, not its weeks — 104 one-week blocks of seven 200-set
/// days fit any limit on weeks and cost seconds — so the command line and the web API bound both.
/// </summary>
public static class ProgramSize
{
    /// <summary>Most sets one program may hold on the command line (about 3 s of simulation on one core).</summary>
    public const int CommandLineMaximumSets = 200_000;

    /// <summary>Most sets one program may hold through the web API (about 0.3 s on one core).</summary>
    public const int WebMaximumSets = 20_000;

    /// <summary>The sets <paramref name="program"/> does in all.</summary>
    public static long TotalSets(TrainingProgram program) =>
        program.Blocks.Sum(block => (long)block.Weeks * block.Days.Sum(day => (long)day.Bouts.Sum(bout => bout.Sets.Count)));

    /// <summary>
    /// Why <paramref name="program"/> is too large for <paramref name="maximum"/> sets (naming the limit and the count),
    /// or null when it fits.
    /// </summary>
    public static string? Problem(TrainingProgram program, int maximum)
    {
        var sets = TotalSets(program);
        return sets <= maximum
            ? null
            : string.Create(CultureInfo.InvariantCulture,
                $"the program would do {sets:N0} sets in all (each week's training days times its weeks, over every block); at most {maximum:N0} sets per program are accepted: use fewer weeks, days or sets");
    }

    /// <summary>The field a size problem names: <c>blocks</c> for a program of several blocks, else <c>week</c>.</summary>
    public static string Field(TrainingProgram program) => program.Blocks.Count > 1 ? "blocks" : "week";
}
