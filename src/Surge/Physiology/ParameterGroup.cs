using Surge.Catalogue;

namespace Surge.Physiology;

/// <summary>
/// The typed parameters of one body system, read once from a <see cref="ModelParameters"/> set
/// (<see cref="ModelParameters.Group{T}"/>). Each implementation sits in the file of the system's equations, next to
/// the docs/model.md section it cites, and names every data/parameters.yaml entry it binds exactly once.
/// </summary>
/// <typeparam name="TSelf">The record itself.</typeparam>
public interface IParameterGroup<TSelf> where TSelf : class, IParameterGroup<TSelf>
{
    /// <summary>Reads the record's values from <paramref name="r"/>.</summary>
    static abstract TSelf Read(ParameterReader r);
}

/// <summary>Reads named values of a parameter set and remembers which names were read (so a test can show that every
/// entry of data/parameters.yaml is bound by exactly one system).</summary>
public sealed class ParameterReader(ModelParameters parameters)
{
    private readonly List<string> _read = [];

    /// <summary>The names read so far, in order (a name read twice appears twice).</summary>
    public IReadOnlyList<string> NamesRead => _read;

    /// <summary>The value of parameter <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No parameter of that name.</exception>
    public double this[string name]
    {
        get
        {
            _read.Add(name);
            return parameters[name];
        }
    }

    /// <summary>One value per muscle group (indexed by <see cref="MuscleGroup"/>): the entry
    /// <paramref name="prefix"/> + group id, or <paramref name="fallback"/>'s value for groups without their own.</summary>
    public double[] PerGroup(string prefix, string? fallback = null)
    {
        var values = new double[MuscleGroups.Count];
        double? other = null;
        foreach (var group in MuscleGroups.All)
        {
            var name = prefix + group.Id();
            if (fallback is null || parameters.TryGet(name, out _))
            {
                values[(int)group] = this[name];
            }
            else
            {
                values[(int)group] = other ??= this[fallback];
            }
        }
        return values;
    }
}
