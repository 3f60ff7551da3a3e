using System.Globalization;

namespace Surge.Quantities;

/// <summary>A mass or a load. Canonical unit: kilograms. <c>default</c> is 0 kg.</summary>
public readonly record struct Mass
{
    /// <summary>Pounds per kilogram (international avoirdupois pound, exact by definition: 1 lb = 0.45359237 kg).</summary>
    public const double KilogramsPerPound = 0.45359237;

    private Mass(double kilograms) => Kilograms = kilograms;

    /// <summary>The mass in kilograms.</summary>
    public double Kilograms { get; }

    /// <summary>The mass in pounds.</summary>
    public double Pounds => Kilograms / KilogramsPerPound;

    /// <summary>A mass of <paramref name="kilograms"/> kg; must be finite.</summary>
    public static Mass FromKilograms(double kilograms)
    {
        if (!double.IsFinite(kilograms))
        {
            throw new ArgumentOutOfRangeException(nameof(kilograms), kilograms, "A mass must be a finite number of kilograms.");
        }
        return new Mass(kilograms);
    }

    /// <summary>A mass of <paramref name="pounds"/> lb; must be finite.</summary>
    public static Mass FromPounds(double pounds) => FromKilograms(pounds * KilogramsPerPound);

    public override string ToString() => Kilograms.ToString("0.###", CultureInfo.InvariantCulture) + " kg";
}
