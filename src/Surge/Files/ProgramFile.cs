using Surge.Catalogue;
using Surge.Training;

namespace Surge.Files;

/// <summary>
/// Reads a program file (formats.md, "Program file"): weeks of training as a weekly template repeated for
/// <c>weeks</c>, or as <c>blocks</c> run in order, with the athlete, nutrition and an optional held testosterone level.
/// YAML or JSON with the same schema. Bad input never throws: the result holds one <see cref="InputError"/> naming the
/// file, the 1-based line and column, the field path (e.g. <c>blocks[1].week.wed.exercises[2].load</c>) and what was
/// expected.
/// </summary>
/// <remarks>
/// <c>athlete</c> and every exercise are read exactly as in a session file (<see cref="SessionFile"/>), with the same
/// defaults and limits. Program defaults: protein <see cref="Nutrition.Default"/> 1.2 g/kg/day, energy balance
/// 0 kcal/day, testosterone unchanged (null), a day's <c>start</c> 17:00. Limits: protein 0–5 g/kg/day (g/day is divided
/// by the athlete's body mass), energy balance −2000…+2000 kcal/day, testosterone 0.1–150 nmol/L, 1–520 weeks in total
/// (<see cref="TrainingProgram.MaximumWeeks"/>), at most <see cref="Session.MaximumSets"/> sets per training day.
/// Days are <c>mon</c> … <c>sun</c> or <c>monday</c> … <c>sunday</c>, case-insensitive; a day given twice is an error.
/// </remarks>
public static class ProgramFile
{
    /// <summary>Largest document accepted: 5 MB, as for session files.</summary>
    public const int MaximumSize = SessionFile.MaximumSize;

    /// <summary>Most protein accepted, g per kg body mass per day.</summary>
    public const double MaximumProteinGPerKgPerDay = 5.0;

    /// <summary>Largest energy surplus or deficit accepted, kcal/day.</summary>
    public const double MaximumEnergyBalanceKcalPerDay = 2000.0;

    /// <summary>
    /// Reads a program from <paramref name="text"/>. JSON is recognised by the extension <c>.json</c> or a first
    /// character <c>{</c> or <c>[</c>; everything else is read as YAML.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="fileName">The file name, for messages.</param>
    /// <param name="catalogue">The exercise catalogue names are looked up in.</param>
    public static ProgramFileResult Parse(string text, string fileName, ExerciseCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        fileName ??= "";
        if (text is null)
        {
            return ProgramFileResult.Fail(new InputError(fileName, null, null, "", ProgramReader.EmptyMessage));
        }
        if (text.Length > MaximumSize)
        {
            return ProgramFileResult.Fail(new InputError(fileName, null, null, "",
                TextFile.TooLarge("document", text.Length, "characters", MaximumSize)));
        }
        return new ProgramReader(fileName, catalogue).Read(text);
    }
}

/// <summary>The result of reading a program file: a <see cref="TrainingProgram"/> and warnings, or one error.</summary>
/// <param name="Program">The program; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">The first error found; null on success.</param>
/// <param name="Warnings">Warnings about accepted input, in document order (empty on error).</param>
public sealed record ProgramFileResult(TrainingProgram? Program, InputError? Error, IReadOnlyList<InputWarning> Warnings) : IFileResult
{
    /// <summary>Whether a program was read.</summary>
    public bool Success => Error is null && Program is not null;

    /// <inheritdoc/>
    InputError? IFileResult.FirstError => Error;

    internal static ProgramFileResult Ok(TrainingProgram program, IReadOnlyList<InputWarning> warnings) => new(program, null, warnings);

    /// <summary>A program file that could not be read (e.g. by the application layer, before parsing): <paramref name="error"/> alone.</summary>
    public static ProgramFileResult Fail(InputError error) => new(null, error, []);
}
