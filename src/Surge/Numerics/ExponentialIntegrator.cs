using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Surge.Numerics;

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
/// A part of a production–loss system that the caller can advance exactly (e.g. a linear block with constant
/// coefficients): after each stage the integrator lets it overwrite its variables with the exact values.
/// </summary>
public interface IExactPart
{
    /// <summary>Overwrites the part's variables of <paramref name="target"/> with their exact values <paramref name="h"/> after <paramref name="start"/>.</summary>
    void Advance(ReadOnlySpan<double> start, Span<double> target, double h);
}

/// <summary>
/// Second-order exponential midpoint integrator for production–loss systems (docs/model.md, "Numerics").
/// Each stage advances xᵢ exactly as if aᵢ and bᵢ were frozen: x·e^(−bh) + (a/b)(1 − e^(−bh)). The first stage
/// goes to the midpoint with the rates at the start; the second goes the whole step with the rates at the
/// midpoint. It is exact for constant rates, second-order in general, unconditionally stable for stiff decay,
/// and keeps non-negative states non-negative. Math.NET offers only fixed-step Runge–Kutta, which loses
/// positivity and needs tiny steps for the fast lactate exchange, hence this small integrator of our own.
/// (System.Numerics.Tensors' TensorPrimitives.Exp was tried: for 10–60 components its per-call overhead cost more
/// than one fused Vector256 loop.)
/// Allocation-free after construction; not thread-safe (one instance per simulation).
/// </summary>
public sealed class ExponentialIntegrator
{
    private readonly double[] _a;
    private readonly double[] _b;
    private readonly double[] _mid;
    private readonly double[] _start;
    private readonly int[] _smallIndex;
    private readonly double[] _smallValue;
    private readonly double[] _previousA;
    private readonly double[] _previousB;
    private double _previousT = double.NaN;

    public ExponentialIntegrator(int dimension)
    {
        _a = new double[dimension];
        _b = new double[dimension];
        _mid = new double[dimension];
        _start = new double[dimension];
        _smallIndex = new int[dimension];
        _smallValue = new double[dimension];
        _previousA = new double[dimension];
        _previousB = new double[dimension];
    }

    /// <summary>
    /// Forgets the rates remembered by <see cref="Step(IProductionLossSystem, double, double, Span{double}, IExactPart?)"/>; call when the forcing jumps (a set starts or ends) so that
    /// <see cref="StepMultistep(IProductionLossSystem, double, double, Span{double})"/> never extrapolates across the jump.
    /// </summary>
    public void Reset() => _previousT = double.NaN;

    /// <summary>
    /// Exponential Adams–Bashforth step: the rates at the midpoint are extrapolated from those at <paramref name="t"/>
    /// and at the previous step's start (kept non-negative), so each step costs one evaluation of the rates instead
    /// of two. Second order for smooth forcing; falls back to <see cref="Step(IProductionLossSystem, double, double, Span{double})"/> when no previous rates are known.
    /// </summary>
    public void StepMultistep(IProductionLossSystem system, double t, double h, Span<double> x) => StepMultistep(system, t, h, x, null);

    /// <summary>
    /// As <see cref="StepMultistep(IProductionLossSystem, double, double, Span{double})"/>, and also writes to
    /// <paramref name="dense"/> the state at t + <paramref name="denseH"/> (0 &lt; denseH &lt; h) from the same rates
    /// (<see cref="DenseOutput"/>).
    /// </summary>
    public void StepMultistep(IProductionLossSystem system, double t, double h, Span<double> x, double denseH, Span<double> dense)
    {
        StepMultistep(system, t, h, x, null);
        DenseOutput(denseH, dense, null);
    }

    /// <summary>
    /// As <see cref="StepMultistep(IProductionLossSystem, double, double, Span{double})"/>, with the variables of
    /// <paramref name="exact"/> (if any) set to their exact values at the end.
    /// </summary>
    public void StepMultistep(IProductionLossSystem system, double t, double h, Span<double> x, IExactPart? exact)
    {
        if (double.IsNaN(_previousT) || t <= _previousT)
        {
            Step(system, t, h, x, exact);
            return;
        }
        var n = system.Dimension;
        var a = _a.AsSpan(0, n);
        var b = _b.AsSpan(0, n);
        system.Rates(t, x, a, b);
        var slope = 0.5 * h / (t - _previousT);
        // Midpoint rates r + slope·(r − r_previous), kept non-negative, for a and b; the current rates become the
        // previous ones.
        for (var i = 0; i < n; i++)
        {
            var ai = a[i];
            var bi = b[i];
            a[i] = Math.Max(0.0, ai + slope * (ai - _previousA[i]));
            b[i] = Math.Max(0.0, bi + slope * (bi - _previousB[i]));
            _previousA[i] = ai;
            _previousB[i] = bi;
        }
        _previousT = t;
        Finish(x, a, b, h, exact);
    }

    /// <summary>
    /// Dense output of the step just taken: writes to <paramref name="result"/> the state <paramref name="h"/> after
    /// that step's start with the rates that step used (the variables of <paramref name="exact"/>, if any, exactly), at
    /// no further evaluation of the rates. Call it right after the step.
    /// </summary>
    public void DenseOutput(double h, Span<double> result, IExactPart? exact)
    {
        var n = result.Length;
        var start = _start.AsSpan(0, n);
        AdvanceAll(start, _a.AsSpan(0, n), _b.AsSpan(0, n), h, result);
        exact?.Advance(start, result, h);
    }

    /// <summary>Advances <paramref name="x"/> in place from <paramref name="t"/> to t + <paramref name="h"/>.</summary>
    public void Step(IProductionLossSystem system, double t, double h, Span<double> x) => Step(system, t, h, x, null);

    /// <summary>
    /// As <see cref="Step(IProductionLossSystem, double, double, Span{double})"/>, with the variables of
    /// <paramref name="exact"/> (if any) set to their exact values at the midpoint, before the rates there are taken,
    /// and at the end.
    /// </summary>
    public void Step(IProductionLossSystem system, double t, double h, Span<double> x, IExactPart? exact)
    {
        var n = system.Dimension;
        var a = _a.AsSpan(0, n);
        var b = _b.AsSpan(0, n);
        var mid = _mid.AsSpan(0, n);
        system.Rates(t, x, a, b);
        a.CopyTo(_previousA);
        b.CopyTo(_previousB);
        _previousT = t;
        AdvanceAll(x, a, b, 0.5 * h, mid);
        exact?.Advance(x, mid, 0.5 * h);
        system.Rates(t + 0.5 * h, mid, a, b);
        Finish(x, a, b, h, exact);
    }

    /// <summary>
    /// The whole step with the rates <paramref name="a"/>, <paramref name="b"/>: keeps the starting state (for
    /// <see cref="DenseOutput"/>), advances <paramref name="x"/> and lets <paramref name="exact"/> set its variables.
    /// </summary>
    private void Finish(Span<double> x, ReadOnlySpan<double> a, ReadOnlySpan<double> b, double h, IExactPart? exact)
    {
        var start = _start.AsSpan(0, x.Length);
        x.CopyTo(start);
        AdvanceAll(start, a, b, h, x);
        exact?.Advance(start, x, h);
    }

    /// <summary>
    /// <see cref="Advance"/> for every component, four at a time with SIMD where the hardware has it.
    /// </summary>
    private void AdvanceAll(ReadOnlySpan<double> x, ReadOnlySpan<double> a, ReadOnlySpan<double> b, double h, Span<double> result)
    {
        var n = x.Length;
        // Where b·h is tiny (or b is 0) the quotient form loses precision: those use the Taylor form, computed
        // first because result may be x itself.
        var small = 0;
        for (var i = 0; i < n; i++)
        {
            if (b[i] * h < 1e-8)
            {
                _smallIndex[small] = i;
                _smallValue[small++] = x[i] + (a[i] - b[i] * x[i]) * h;
            }
        }
        // result = x·e^(−bh) + (a/b)(1 − e^(−bh)) = a/b + (x − a/b)·e^(−bh), four components at a time (SIMD
        // exponential of .NET's Vector256), the tail one by one.
        var i0 = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var minusH = Vector256.Create(-h);
            ref var xr = ref MemoryMarshal.GetReference(x);
            ref var ar = ref MemoryMarshal.GetReference(a);
            ref var br = ref MemoryMarshal.GetReference(b);
            ref var rr = ref MemoryMarshal.GetReference(result);
            for (; i0 + 4 <= n; i0 += 4)
            {
                var bv = Vector256.LoadUnsafe(ref br, (nuint)i0);
                var ratio = Vector256.LoadUnsafe(ref ar, (nuint)i0) / bv;
                var decay = Vector256.Exp(bv * minusH);
                (ratio + (Vector256.LoadUnsafe(ref xr, (nuint)i0) - ratio) * decay).StoreUnsafe(ref rr, (nuint)i0);
            }
        }
        for (var i = i0; i < n; i++)
        {
            var ratio = a[i] / b[i];
            result[i] = ratio + (x[i] - ratio) * Math.Exp(-b[i] * h);
        }
        for (var k = 0; k < small; k++)
        {
            result[_smallIndex[k]] = _smallValue[k];
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
