using System.Globalization;

namespace Surge.Quantities;

/// <summary>How a set's load is stated.</summary>
public enum LoadKind
{
    /// <summary>An absolute external weight (<see cref="Load.Value"/> in kg).</summary>
    Absolute,
    /// <summary>A fraction of the one-repetition maximum (<see cref="Load.Value"/> as a fraction, 0.75 = 75 %1RM).</summary>
    FractionOfOneRm,
    /// <summary>The heaviest load for N repetitions (<see cref="Load.Value"/> = N).</summary>
    RepetitionMaximum,
}

/// <summary>A set's load: absolute (kg), relative (%1RM) or an N-repetition maximum.</summary>
public readonly record struct Load(LoadKind Kind, double Value)
{
    public static Load Absolute(Mass mass) => new(LoadKind.Absolute, mass.Kilograms);

    public static Load PercentOfOneRm(double percent) => new(LoadKind.FractionOfOneRm, percent / 100.0);

    public static Load RepetitionMaximum(int repetitions) => new(LoadKind.RepetitionMaximum, repetitions);

    public override string ToString() => Kind switch
    {
        LoadKind.Absolute => Value.ToString("0.##", CultureInfo.InvariantCulture) + " kg",
        LoadKind.FractionOfOneRm => (Value * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %1RM",
        _ => Value.ToString("0", CultureInfo.InvariantCulture) + "RM",
    };
}
