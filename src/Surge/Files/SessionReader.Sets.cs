using Surge.Quantities;
using Surge.Training;
using Surge.Yaml;

namespace Surge.Files;

// A set's fields as written (reps, load, rest, effort, tempo) and the set they complete to.
internal sealed partial class SessionReader
{
    private SetPrescription Complete(PartialSet set, YamlTreeMapping where, string path, string boutPath)
    {
        if (set.Reps is null)
        {
            throw Error(where, path + ".reps", "missing required field 'reps' (a whole number of repetitions, 1–1000)" +
                (path == boutPath ? "" : " in this set or its exercise"));
        }
        if (set.Load is null)
        {
            throw Error(where, path + ".load", "missing required field 'load' (e.g. 60 kg, 75 %1RM, 10RM)" +
                (path == boutPath ? "" : " in this set or its exercise"));
        }
        return new SetPrescription(set.Reps.Value, set.Load.Value, set.Rest ?? SessionFile.DefaultRest, set.Effort ?? Effort.Estimated, set.Tempo);
    }

    private PartialSet ReadSetFields(YamlTreeMapping map, string path)
    {
        int? reps = null;
        if (map.Find("reps") is { Value: YamlTreeScalar { Value: var text } } && string.Equals(text.Trim(), "amrap", StringComparison.OrdinalIgnoreCase))
        {
            reps = SetPrescription.AsManyAsPossibleReps;
        }
        else if (map.Find("reps") is { } repsEntry)
        {
            var value = Integer(repsEntry.Value, path + ".reps", "a whole number of repetitions, or amrap (as many as possible)");
            if (value < 1 || value > SessionFile.MaximumReps)
            {
                throw Error(repsEntry.Value, path + ".reps", $"must be between 1 and {SessionFile.MaximumReps} repetitions, got {Describe(repsEntry.Value)}");
            }
            reps = (int)value;
        }
        Load? load = null;
        if (map.Find("load") is { } loadEntry)
        {
            load = Quantity(loadEntry.Value, path + ".load", QuantityParser.ParseLoad);
        }
        TimeSpan? rest = null;
        if (map.Find("rest") is { } restEntry)
        {
            rest = Rest(restEntry.Value, path + ".rest");
        }
        Tempo? tempo = null;
        if (map.Find("tempo") is { } tempoEntry)
        {
            tempo = ReadTempo(tempoEntry.Value, path + ".tempo");
        }

        Effort? effort = null;
        KeyValuePair<YamlTreeScalar, YamlTreeNode>? first = null;
        foreach (var entry in map.Entries)
        {
            var key = entry.Key.Value;
            if (key is not ("rir" or "rpe" or "to_failure"))
            {
                continue;
            }
            if (first is not null)
            {
                throw Error(entry.Key, path + "." + key,
                    $"give only one of rir, rpe and to_failure per set (this set also has '{first.Value.Key.Value}')");
            }
            first = entry;
            var field = path + "." + key;
            switch (key)
            {
                case "rir":
                    var rir = Number(entry.Value, field, "reps in reserve (0–10)", []);
                    if (rir < 0 || rir > 10)
                    {
                        throw Error(entry.Value, field, $"must be between 0 and 10 reps in reserve, got {Describe(entry.Value)}");
                    }
                    effort = new Effort(rir);
                    break;
                case "rpe":
                    var rpe = Number(entry.Value, field, "an RPE (1–10)", []);
                    if (rpe < 1 || rpe > 10)
                    {
                        throw Error(entry.Value, field, $"must be between 1 and 10, got {Describe(entry.Value)}");
                    }
                    if (rpe * 2 != Math.Floor(rpe * 2))
                    {
                        Warn(entry.Value, field, $"RPE is given in whole or half points; {Describe(entry.Value)} is used as written");
                    }
                    effort = Effort.FromRpe(rpe);
                    break;
                default:
                    effort = Boolean(entry.Value, field) ? Effort.Failure : Effort.Estimated;
                    break;
            }
        }
        return new PartialSet(reps, load, rest, effort, tempo);
    }


    private sealed record PartialSet(int? Reps, Load? Load, TimeSpan? Rest, Effort? Effort, Tempo? Tempo)
    {
        /// <summary>This set's fields where given, else those of <paramref name="bout"/>.</summary>
        public PartialSet Over(PartialSet bout) =>
            new(Reps ?? bout.Reps, Load ?? bout.Load, Rest ?? bout.Rest, Effort ?? bout.Effort, Tempo ?? bout.Tempo);
    }
}
