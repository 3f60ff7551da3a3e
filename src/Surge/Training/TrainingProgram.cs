namespace Surge.Training;

/// <summary>What the athlete eats, as far as adaptation cares.</summary>
/// <param name="ProteinGPerKgPerDay">Protein intake, g per kg body mass per day (0–5).</param>
/// <param name="EnergyBalanceKcalPerDay">Energy balance, kcal/day: positive a surplus, negative a deficit (−2000 to +2000).</param>
public sealed record Nutrition(double ProteinGPerKgPerDay, double EnergyBalanceKcalPerDay)
{
    /// <summary>The default: 1.2 g/kg/day protein, energy balance 0 (formats.md).</summary>
    public static Nutrition Default { get; } = new(1.2, 0.0);
}

/// <summary>One training day of a weekly template.</summary>
/// <param name="Day">The day of the week.</param>
/// <param name="Start">Local clock time of the first set.</param>
/// <param name="Bouts">The exercises, as in a session; relative loads follow the athlete's growing 1RM.</param>
public sealed record TrainingDay(DayOfWeek Day, TimeOnly Start, IReadOnlyList<Bout> Bouts);

/// <summary>A run of identical weeks; a block without days is a break from training (detraining).</summary>
/// <param name="Weeks">Number of weeks, ≥ 1.</param>
/// <param name="Days">Training days of each week, in weekday order (Monday first).</param>
public sealed record ProgramBlock(int Weeks, IReadOnlyList<TrainingDay> Days);

/// <summary>Weeks of training (formats.md, "Program file").</summary>
/// <param name="Athlete">The person.</param>
/// <param name="Nutrition">Protein and energy balance, held over the program.</param>
/// <param name="Blocks">Blocks in order (a <c>weeks</c> + <c>week</c> program is one block).</param>
/// <param name="HeldTestosteroneNmolPerL">
/// A testosterone level held from the program's start (suppression, replacement, anabolic use), nmol/L, 0.1–150;
/// null: the person's habitual level.
/// </param>
public sealed record TrainingProgram(Athlete Athlete, Nutrition Nutrition, IReadOnlyList<ProgramBlock> Blocks, double? HeldTestosteroneNmolPerL)
{
    /// <summary>Most weeks a program may hold (ten years).</summary>
    public const int MaximumWeeks = 520;

    /// <summary>Total number of weeks.</summary>
    public int Weeks => Blocks.Sum(b => b.Weeks);
}
