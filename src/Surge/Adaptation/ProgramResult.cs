using Surge.Catalogue;

namespace Surge.Adaptation;

/// <summary>Size change of one muscle group, % from the start: the mean of both sides, and each side.</summary>
public sealed record MuscleChange(double SizeChangePct, double LeftPct, double RightPct);

/// <summary>1RM change of one exercise as named in the program.</summary>
/// <param name="Exercise">The name as written in the program file.</param>
/// <param name="OneRmChangePct">% change from the start.</param>
/// <param name="StartOneRmKg">1RM of the external load at the start, kg.</param>
/// <param name="OneRmKg">1RM now, kg.</param>
public sealed record StrengthChange(string Exercise, double OneRmChangePct, double StartOneRmKg, double OneRmKg);

/// <summary>The state at the end of one week.</summary>
/// <param name="Week">1-based week number.</param>
/// <param name="Muscles">Every canonical group.</param>
/// <param name="Strength">Every exercise of the program, in order of first appearance.</param>
/// <param name="RestingTestosteroneNmolPerL">Morning (08:00) resting total testosterone at the end of the week, nmol/L.</param>
/// <param name="HardSets">Hard sets per group done in the week (1 per primary, 0.5 per secondary group, weighted by proximity to failure; a one-sided set counts once).</param>
public sealed record WeekState(
    int Week,
    IReadOnlyDictionary<MuscleGroup, MuscleChange> Muscles,
    IReadOnlyList<StrengthChange> Strength,
    double RestingTestosteroneNmolPerL,
    IReadOnlyDictionary<MuscleGroup, double> HardSets);

/// <summary>The acute hormone surge of the program's sessions, averaged over every session done.</summary>
/// <param name="Sessions">Sessions done.</param>
/// <param name="TotalTestosteroneRisePct">Mean peak change of total testosterone per session, %.</param>
/// <param name="GrowthHormonePeakUgPerL">Mean GH peak per session, µg/L.</param>
/// <param name="CortisolRisePct">Mean peak change of cortisol per session, %.</param>
public sealed record AcuteSurge(int Sessions, double TotalTestosteroneRisePct, double GrowthHormonePeakUgPerL, double CortisolRisePct)
{
    public static AcuteSurge None { get; } = new(0, 0.0, 0.0, 0.0);
}

/// <summary>Everything a program simulation produces (formats.md, <c>surge train --json</c>).</summary>
/// <param name="Weeks">Weeks simulated.</param>
/// <param name="Muscles">Every canonical group at the end.</param>
/// <param name="Strength">Every exercise at the end.</param>
/// <param name="RestingTestosteroneChangePct">Resting morning testosterone at the end vs the start, %.</param>
/// <param name="AcuteSurgeSharePct">Share of the predicted growth the model attributes to acute hormone surges, %.</param>
/// <param name="FatFreeMassChangeKg">Fat-free mass change, kg (skeletal muscle change / its share of fat-free mass).</param>
/// <param name="Weekly">One state per week.</param>
/// <param name="Warnings">What the user should know (default 1RMs, reps that disagree with loads).</param>
/// <param name="Surge">The acute hormone surge of the sessions, averaged.</param>
public sealed record ProgramResult(
    int Weeks,
    IReadOnlyDictionary<MuscleGroup, MuscleChange> Muscles,
    IReadOnlyList<StrengthChange> Strength,
    double RestingTestosteroneChangePct,
    double AcuteSurgeSharePct,
    double FatFreeMassChangeKg,
    IReadOnlyList<WeekState> Weekly,
    IReadOnlyList<string> Warnings,
    AcuteSurge Surge);
