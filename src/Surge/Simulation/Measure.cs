namespace Surge.Simulation;

/// <summary>The five measures a session simulation reports, in output order.</summary>
public enum Measure
{
    TotalTestosterone,
    FreeTestosterone,
    GrowthHormone,
    Cortisol,
    Lactate,
}

/// <summary>Ids, units and names of <see cref="Measure"/> as written in every output (formats.md).</summary>
public static class Measures
{
    /// <summary>All measures in output order.</summary>
    public static IReadOnlyList<Measure> All { get; } = Enum.GetValues<Measure>();

    /// <summary>The JSON/CSV id, e.g. <c>total_testosterone</c>.</summary>
    public static string Id(this Measure measure) => measure switch
    {
        Measure.TotalTestosterone => "total_testosterone",
        Measure.FreeTestosterone => "free_testosterone",
        Measure.GrowthHormone => "growth_hormone",
        Measure.Cortisol => "cortisol",
        _ => "lactate",
    };

    /// <summary>The unit of the reported values.</summary>
    public static string Unit(this Measure measure) => measure switch
    {
        Measure.TotalTestosterone => "nmol/L",
        Measure.FreeTestosterone => "pmol/L",
        Measure.GrowthHormone => "ug/L",
        Measure.Cortisol => "nmol/L",
        _ => "mmol/L",
    };

    /// <summary>A human title, e.g. "Total testosterone".</summary>
    public static string Title(this Measure measure) => measure switch
    {
        Measure.TotalTestosterone => "Total testosterone",
        Measure.FreeTestosterone => "Free testosterone",
        Measure.GrowthHormone => "Growth hormone",
        Measure.Cortisol => "Cortisol",
        _ => "Blood lactate",
    };
}
