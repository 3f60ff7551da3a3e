namespace Surge.Simulation;

/// <summary>
/// A system written in production–loss form, dxᵢ/dt = aᵢ(t, x) − bᵢ(t, x)·xᵢ with aᵢ ≥ 0 and bᵢ ≥ 0.
/// </summary>
public interface IProductionLossSystem
{
    /// <summary>Number of state variables.</summary>
    int Dimension { get; }

    /// <summary>Writes the production rates <paramref name="a"/> and loss rate constants <paramref name="b"/> at time <paramref name="t"/>.</summary>
    void Rates(double t, ReadOnlySpan<double> x, Span<double> a, Span<double> b);
}

/// <summary>
/// Second-order exponential midpoint integrator for production–loss systems (docs/model.md, "Numerics").
/// Each stage advances xᵢ exactly as if aᵢ and bᵢ were frozen: x·e^(−bh) + (a/b)(1 − e^(−bh)). The first stage
/// goes to the midpoint with the rates at the start; the second goes the whole step with the rates at the
/// midpoint. It is exact for constant rates, second-order in general, unconditionally stable for stiff decay,
/// and keeps non-negative states non-negative. Math.NET offers only fixed-step Runge–Kutta, which loses
/// positivity and needs tiny steps for the fast lactate exchange, hence this small integrator of our own.
/// Allocation-free after construction; not thread-safe (one instance per simulation).
/// </summary>
public sealed class ExponentialIntegrator
{
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly double[] _mid;

    public ExponentialIntegrator(int dimension)
    {
        _a = new double[dimension];
        _b = new double[dimension];
        _mid = new double[dimension];
    }

    /// <summary>Advances <paramref name="x"/> in place from <paramref name="t"/> to t + <paramref name="h"/>.</summary>
    public void Step(IProductionLossSystem system, double t, double h, Span<double> x)
    {
        var n = system.Dimension;
        var a = _a.AsSpan(0, n);
        var b = _b.AsSpan(0, n);
        var mid = _mid.AsSpan(0, n);
        system.Rates(t, x, a, b);
        for (var i = 0; i < n; i++)
        {
            mid[i] = Advance(x[i], a[i], b[i], 0.5 * h);
        }
        system.Rates(t + 0.5 * h, mid, a, b);
        for (var i = 0; i < n; i++)
        {
            x[i] = Advance(x[i], a[i], b[i], h);
        }
    }

    /// <summary>The exact solution of dx/dt = a − b·x over <paramref name="h"/> with a, b frozen.</summary>
    public static double Advance(double x, double a, double b, double h)
    {
        var bh = b * h;
        if (bh < 1e-8)
        {
            return x + (a - b * x) * h;
        }
        var decay = Math.Exp(-bh);
        return x * decay + a / b * (1.0 - decay);
    }
}
