using System.Text;
using System.Text.Json;
using Surge.Adaptation;
using Surge.Catalogue;

namespace Surge.Reports;

/// <summary>The <c>surge train --json</c> object (formats.md) and the <c>surge compare --json</c> object for programs.</summary>
public static class ProgramJson
{
    private static readonly JsonWriterOptions _options = new() { Indented = true };

    /// <summary>
    /// The <c>surge train --json</c> object: <c>weeks</c>, <c>muscles</c>, <c>strength</c>,
    /// <c>resting_testosterone_change_pct</c>, <c>acute_surge_share_pct</c>, <c>weekly</c>; extras
    /// <c>fat_free_mass_change_kg</c>, resting testosterone at start and end, and <c>warnings</c>.
    /// </summary>
    public static string Train(SimulatedProgram program) => Write(writer => WriteProgram(writer, program, includeFile: false));

    /// <summary><c>{"programs": [{"file": …, …train object…}]}</c>.</summary>
    public static string Comparison(IReadOnlyList<SimulatedProgram> programs) => Write(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("programs");
        foreach (var program in programs)
        {
            WriteProgram(writer, program, includeFile: true);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    });

    private static void WriteProgram(Utf8JsonWriter writer, SimulatedProgram program, bool includeFile)
    {
        var result = program.Result;
        writer.WriteStartObject();
        if (includeFile)
        {
            writer.WriteString("file", program.File);
        }
        writer.WriteNumber("weeks", result.Weeks);
        WriteMuscles(writer, result.Muscles);
        WriteStrength(writer, result.Strength, withKilograms: true);
        writer.WriteNumber("resting_testosterone_change_pct", result.RestingTestosteroneChangePct);
        writer.WriteNumber("acute_surge_share_pct", result.AcuteSurgeSharePct);
        writer.WriteStartObject("session_surge");
        writer.WriteNumber("sessions", result.Surge.Sessions);
        writer.WriteNumber("total_testosterone_rise_pct", result.Surge.TotalTestosteroneRisePct);
        writer.WriteNumber("growth_hormone_peak", result.Surge.GrowthHormonePeakUgPerL);
        writer.WriteNumber("cortisol_rise_pct", result.Surge.CortisolRisePct);
        writer.WriteEndObject();

        writer.WriteStartArray("weekly");
        foreach (var week in result.Weekly)
        {
            writer.WriteStartObject();
            writer.WriteNumber("week", week.Week);
            WriteMuscles(writer, week.Muscles);
            WriteStrength(writer, week.Strength, withKilograms: false);
            writer.WriteNumber("resting_testosterone", week.RestingTestosteroneNmolPerL);
            writer.WriteStartObject("hard_sets");
            foreach (var group in MuscleGroups.All)
            {
                writer.WriteNumber(group.Id(), week.HardSets.TryGetValue(group, out var sets) ? sets : 0.0);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        // Extras (formats.md allows added fields).
        writer.WriteNumber("fat_free_mass_change_kg", result.FatFreeMassChangeKg);
        JsonText.NumberOrNull(writer, "resting_testosterone_start", program.StartRestingTestosteroneNmolPerL);
        JsonText.NumberOrNull(writer, "resting_testosterone_end", program.EndRestingTestosteroneNmolPerL);
        writer.WriteStartObject("hard_sets_per_week");
        foreach (var group in MuscleGroups.All)
        {
            writer.WriteNumber(group.Id(), program.MeanHardSetsPerWeek(group));
        }
        writer.WriteEndObject();
        writer.WriteStartArray("warnings");
        foreach (var warning in program.Warnings)
        {
            writer.WriteStringValue(warning);
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMuscles(Utf8JsonWriter writer, IReadOnlyDictionary<MuscleGroup, MuscleChange> muscles)
    {
        writer.WriteStartObject("muscles");
        foreach (var group in MuscleGroups.All)
        {
            var change = muscles.TryGetValue(group, out var c) ? c : new MuscleChange(0, 0, 0);
            writer.WriteStartObject(group.Id());
            writer.WriteNumber("size_change_pct", change.SizeChangePct);
            writer.WriteNumber("left_pct", change.LeftPct);
            writer.WriteNumber("right_pct", change.RightPct);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteStrength(Utf8JsonWriter writer, IReadOnlyList<StrengthChange> strength, bool withKilograms)
    {
        writer.WriteStartObject("strength");
        foreach (var change in SimulatedProgram.DistinctByName(strength))
        {
            writer.WriteStartObject(change.Exercise);
            writer.WriteNumber("one_rm_change_pct", change.OneRmChangePct);
            if (withKilograms)
            {
                writer.WriteNumber("start_one_rm_kg", change.StartOneRmKg);
                writer.WriteNumber("one_rm_kg", change.OneRmKg);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }


    private static string Write(Action<Utf8JsonWriter> write) => JsonText.Write(_options, write);
}
