namespace Surge.Training;

/// <summary>
/// The days of a program's week, Monday first (docs/formats.md, "Program file"): the short key a program file names a
/// day by (<c>mon</c> … <c>sun</c>), the full name it also accepts in any case (<c>monday</c> … <c>sunday</c>), and the
/// name pages show. <c>GET /api/model</c> serves them, so the pages keep no copy.
/// </summary>
public static class Weekdays
{
    /// <summary>The keys of a program file's <c>week</c>, Monday first.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    /// <summary>The names shown for each day, Monday first.</summary>
    public static IReadOnlyList<string> Names { get; } = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>The days as .NET's <see cref="DayOfWeek"/>, Monday first.</summary>
    public static IReadOnlyList<DayOfWeek> Days { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The full names a program file also accepts (in any case), Monday first: the shown names in lower case.</summary>
    public static IReadOnlyList<string> FullKeys { get; } = Names.Select(n => n.ToLowerInvariant()).ToArray();

    /// <summary>The day (0 = Monday) that <paramref name="name"/> names, as a key or a full name in any case; −1 if none.</summary>
    public static int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.Trim().ToLowerInvariant();
        for (var i = 0; i < Keys.Count; i++)
        {
            if (lower == Keys[i] || lower == FullKeys[i])
            {
                return i;
            }
        }
        return -1;
    }
}
