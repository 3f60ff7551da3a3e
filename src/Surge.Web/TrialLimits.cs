namespace Surge.Web;

/// <summary>The size of trial one caller may run through <c>POST /api/trial</c>.</summary>
/// <param name="SubjectsPerArm">Most subjects per arm (parallel) or in all (within).</param>
/// <param name="Weeks">Most weeks of any arm's program.</param>
/// <param name="Arms">Most arms.</param>
/// <param name="PowerReplicates">Most simulated trials per n of a power search (<c>?power=</c>); its largest n is <paramref name="SubjectsPerArm"/>.</param>
public sealed record TrialLimits(int SubjectsPerArm, int Weeks, int Arms, int PowerReplicates)
{
    /// <summary>Visitors without an account: n ≤ 50 per arm, 12 weeks, 4 arms, 100 replicates per n.</summary>
    public static TrialLimits Anonymous { get; } = new(50, 12, 4, 100);

    /// <summary>Signed-in users: n ≤ 200 per arm, 52 weeks, 6 arms, 1000 replicates per n.</summary>
    public static TrialLimits SignedIn { get; } = new(200, 52, 6, 1000);
}
