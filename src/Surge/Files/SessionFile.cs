using System.Text;
using Surge.Catalogue;
using Surge.Training;

namespace Surge.Files;

/// <summary>
/// Reads a session file (formats.md, "Session file"), YAML or JSON with the same schema, into a <see cref="Session"/>.
/// Bad input never throws: the result holds one <see cref="InputError"/> naming the file, the 1-based line and
/// column, the field path (0-based indexes, e.g. <c>exercises[2].sets[1].reps</c>) and what was expected.
/// </summary>
/// <remarks>
/// Defaults: athlete male, 25 years, 80 kg (62 kg female), 15 % body fat (25 % female), trained, habitual
/// testosterone from sex and age; <c>start</c> 17:00 on <c>defaultDate</c> (today when null); <c>record_until</c>
/// 180 min; <c>side</c> both; <c>rest</c> 120 s (<see cref="DefaultRest"/>) when neither the set nor its exercise
/// gives one; no <c>transition</c> (the last set's rest). Limits: reps 1–1000, sets ≥ 1 and at most
/// <see cref="Session.MaximumSets"/> in total, loads up to 100 %1RM, 1–100RM or 0–1000 kg, rest and transition
/// at most 24 h, <c>record_until</c> at most 48 h, documents at most 5 MB, age 15–100 years, body mass 30–250 kg,
/// body fat 3–60 %, testosterone 0.1–150 nmol/L, <c>rir</c> 0–10, <c>rpe</c> 1–10.
/// </remarks>
public static class SessionFile
{
    /// <summary>Largest document accepted: 5 MB (5 × 1024 × 1024 bytes, or characters for text already read).</summary>
    public const int MaximumSize = 5 * 1024 * 1024;

    /// <summary>Most repetitions in one set.</summary>
    public const int MaximumReps = 1000;

    /// <summary>The rest after a set when neither the set nor its exercise states one: 120 s.</summary>
    public static readonly TimeSpan DefaultRest = TimeSpan.FromSeconds(120);

    /// <summary>Longest rest or transition: 24 h.</summary>
    public static readonly TimeSpan MaximumRest = TimeSpan.FromHours(24);

    /// <summary>
    /// Reads a session from <paramref name="text"/>. JSON is recognised by the extension <c>.json</c> or a first
    /// character <c>{</c> or <c>[</c>; everything else is read as YAML.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <param name="fileName">The file name, for messages.</param>
    /// <param name="catalogue">The exercise catalogue names are looked up in.</param>
    /// <param name="defaultDate">The date for a time-only or missing <c>start</c> (the core reads no clock: Surge.App's
    /// <c>InputFiles.ParseSession</c> gives today).</param>
    public static SessionFileResult Parse(string text, string fileName, ExerciseCatalogue catalogue, DateOnly defaultDate)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        fileName ??= "";
        if (text is null)
        {
            return SessionFileResult.Fail(new InputError(fileName, null, null, "", "the file is empty: expected a session (athlete, start, record_until, exercises)"));
        }
        if (text.Length > MaximumSize)
        {
            return SessionFileResult.Fail(new InputError(fileName, null, null, "",
                TextFile.TooLarge("document", text.Length, "characters", MaximumSize)));
        }
        var reader = new SessionReader(fileName, catalogue, defaultDate);
        return reader.Read(text);
    }
}
