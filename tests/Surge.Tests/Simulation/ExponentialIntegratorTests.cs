using Surge.Numerics;
using Surge.Simulation;

namespace Surge.Tests.Simulation;

/// <summary>Numerics of the exponential midpoint integrator: exactness, order, the system path, positivity, conservation.</summary>
public sealed class ExponentialIntegratorTests
{
    /// <summary>A production–loss system given by a delegate.</summary>
    private sealed class DelegateSystem(int dimension, Action<double, ReadOnlySpan<double>, Span<double>, Span<double>> rates) : IProductionLossSystem
    {
        public int Dimension { get; } = dimension;

        public void Rates(double t, ReadOnlySpan<double> x, Span<double> a, Span<double> b) => rates(t, x, a, b);
    }

    private static double[] Integrate(IProductionLossSystem system, double[] x0, double tEnd, double h)
    {
        var integrator = new ExponentialIntegrator(system.Dimension);
        var x = (double[])x0.Clone();
        var steps = (int)Math.Round(tEnd / h);
        for (var n = 0; n < steps; n++)
        {
            integrator.Step(system, n * h, h, x);
        }
        return x;
    }

    private static double Order(double coarseError, double fineError) => Math.Log2(coarseError / fineError);

    // (a) constant rates ------------------------------------------------------------------------------

    [Theory]
    [InlineData(2.0, 0.5, 0.0, 0.1)]
    [InlineData(2.0, 0.5, 10.0, 3.0)]
    [InlineData(0.0, 4.0, 7.0, 1.0)]
    [InlineData(5.0, 1e-10, 1.0, 2.0)]
    public void Step_ConstantRates_ExactInOneStep(double a, double b, double x0, double h)
    {
        var system = new DelegateSystem(1, (_, _, ra, rb) => { ra[0] = a; rb[0] = b; });
        var x = new[] { x0 };
        new ExponentialIntegrator(1).Step(system, 0.0, h, x);
        var exact = b * h < 1e-8 ? x0 + (a - b * x0) * h : a / b + (x0 - a / b) * Math.Exp(-b * h);
        Assert.Equal(exact, x[0], 12);
        Assert.Equal(exact, ExponentialIntegrator.Advance(x0, a, b, h), 12);
    }

    // (b) analytic time-dependent and nonlinear problems ----------------------------------------------

    [Fact]
    public void Step_SinusoidalForcing_SecondOrderConvergence()
    {
        // dx/dt = (1 + sin t) − x, x(0) = 2: x = 1 + (sin t − cos t)/2 + (x0 − 1/2) e^(−t).
        var system = new DelegateSystem(1, (t, _, a, b) => { a[0] = 1.0 + Math.Sin(t); b[0] = 1.0; });
        const double tEnd = 6.0;
        static double Exact(double t) => 1.0 + 0.5 * (Math.Sin(t) - Math.Cos(t)) + 1.5 * Math.Exp(-t);
        var errors = new[] { 0.2, 0.1, 0.05 }.Select(h => Math.Abs(Integrate(system, [2.0], tEnd, h)[0] - Exact(tEnd))).ToArray();
        AssertSecondOrder(errors, "dx/dt = 1 + sin t − x");
    }

    [Fact]
    public void Step_LogisticGrowth_SecondOrderConvergence()
    {
        // dx/dt = r x (1 − x/K) as production r x and loss r x / K: x = K / (1 + (K/x0 − 1) e^(−r t)).
        const double r = 1.3, k = 5.0, x0 = 0.2, tEnd = 5.0;
        var system = new DelegateSystem(1, (_, x, a, b) => { a[0] = r * x[0]; b[0] = r * x[0] / k; });
        var exact = k / (1.0 + (k / x0 - 1.0) * Math.Exp(-r * tEnd));
        var errors = new[] { 0.2, 0.1, 0.05 }.Select(h => Math.Abs(Integrate(system, [x0], tEnd, h)[0] - exact)).ToArray();
        AssertSecondOrder(errors, "logistic");
    }

    // (c) time-dependent forcing through the system path ------------------------------------------------

    /// <summary>
    /// Response at t of stage <paramref name="stage"/> (1-based) of a linear chain with loss rates
    /// <paramref name="k"/> and transfer k₁…, to the input e^(−r₀ t) into stage 1, from zero:
    /// (∏ transfer rates) Σⱼ e^(−rⱼ t) / ∏_(m≠j) (rₘ − rⱼ) over r₀, k₁ … k_stage.
    /// </summary>
    private static double ChainResponse(double r0, double[] k, int stage, double t)
    {
        var rates = new[] { r0 }.Concat(k.Take(stage)).ToArray();
        var gain = 1.0;
        for (var i = 0; i < stage - 1; i++)
        {
            gain *= k[i];
        }
        var sum = 0.0;
        for (var j = 0; j < rates.Length; j++)
        {
            var denominator = 1.0;
            for (var m = 0; m < rates.Length; m++)
            {
                if (m != j)
                {
                    denominator *= rates[m] - rates[j];
                }
            }
            sum += Math.Exp(-rates[j] * t) / denominator;
        }
        return gain * sum;
    }

    [Fact]
    public void Step_ChainWithTimeDependentProduction_MatchesClosedFormAtSecondOrder()
    {
        // A → B → C, input p(t) = P0 + P1 e^(−λt) into A; A, B, C start at zero.
        double[] k = [0.9, 0.35, 0.12];
        const double p0 = 0.5, p1 = 3.0, lambda = 0.6, tEnd = 20.0;
        var system = new DelegateSystem(3, (t, x, a, b) =>
        {
            a[0] = p0 + p1 * Math.Exp(-lambda * t);
            a[1] = k[0] * x[0];
            a[2] = k[1] * x[1];
            b[0] = k[0];
            b[1] = k[1];
            b[2] = k[2];
        });
        var exact = Enumerable.Range(1, 3).Select(s => p0 * ChainResponse(0.0, k, s, tEnd) + p1 * ChainResponse(lambda, k, s, tEnd)).ToArray();
        var steps = new[] { 0.4, 0.2, 0.1 };
        var errors = steps.Select(h =>
        {
            var x = Integrate(system, [0.0, 0.0, 0.0], tEnd, h);
            return x.Select((v, i) => Math.Abs(v - exact[i])).Max();
        }).ToArray();
        var scale = exact.Max();
        Assert.True(errors[2] <= 1e-3 * scale, $"chain: max error {errors[2]:E3} at h = 0.1 (exact A, B, C = {string.Join(", ", exact.Select(v => v.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture)))})");
        AssertSecondOrder(errors, "chain A→B→C");
    }

    private static void AssertSecondOrder(double[] errors, string problem)
    {
        var first = Order(errors[0], errors[1]);
        var second = Order(errors[1], errors[2]);
        var message = $"{problem}: errors {string.Join(", ", errors.Select(e => e.ToString("E3", System.Globalization.CultureInfo.InvariantCulture)))}, observed orders {first:0.###}, {second:0.###}";
        Assert.True(first is >= 1.8 and <= 2.2, message);
        Assert.True(second is >= 1.8 and <= 2.2, message);
    }

    // (d) positivity ----------------------------------------------------------------------------------

    [Theory]
    [InlineData(1e6, 1.0, 0.0)]
    [InlineData(1e9, 10.0, 1e-3)]
    [InlineData(1e300, 1.0, 5.0)]
    [InlineData(1e4, 0.25, 0.0)]
    public void Step_StiffDecay_StaysNonNegativeAndFinite(double b, double h, double a)
    {
        // Stiff decay feeding a second, slow variable: both stay ≥ 0 and finite.
        var system = new DelegateSystem(2, (_, x, ra, rb) =>
        {
            ra[0] = a;
            rb[0] = b;
            ra[1] = Math.Max(0.0, x[0]);
            rb[1] = 0.1;
        });
        var integrator = new ExponentialIntegrator(2);
        double[] x = [100.0, 0.0];
        for (var n = 0; n < 200; n++)
        {
            integrator.Step(system, n * h, h, x);
            Assert.True(double.IsFinite(x[0]) && double.IsFinite(x[1]) && x[0] >= 0.0 && x[1] >= 0.0,
                $"b·h = {b * h:E2}: after {n + 1} steps x = ({x[0]}, {x[1]})");
        }
        Assert.Equal(a / b, x[0], 12);
    }

    // (e) conservation --------------------------------------------------------------------------------

    private static DelegateSystem Exchange(double k12, double k21) => new(2, (_, x, a, b) =>
    {
        a[0] = k21 * x[1];
        b[0] = k12;
        a[1] = k12 * x[0];
        b[1] = k21;
    });

    [Fact]
    public void Step_ClosedSymmetricExchange_ConservesTotalMass()
    {
        var system = Exchange(0.7, 0.7);
        var integrator = new ExponentialIntegrator(2);
        double[] x = [9.0, 1.0];
        const double total = 10.0;
        for (var n = 0; n < 1000; n++)
        {
            integrator.Step(system, n * 0.5, 0.5, x);
            Assert.True(Math.Abs(x[0] + x[1] - total) <= 1e-9 * total, $"step {n + 1}: total {x[0] + x[1]:R}");
        }
        Assert.Equal(5.0, x[0], 9);
    }

    [Fact]
    public void Step_ClosedExchangeAtEquilibrium_StaysExactlyThere()
    {
        // Unequal rates: equilibrium A·k12 = B·k21; the exponential stages reproduce steady states exactly.
        var system = Exchange(0.3, 1.2);
        var integrator = new ExponentialIntegrator(2);
        double[] x = [8.0, 2.0];
        for (var n = 0; n < 1000; n++)
        {
            integrator.Step(system, n * 2.0, 2.0, x);
        }
        Assert.True(Math.Abs(x[0] + x[1] - 10.0) <= 1e-9 * 10.0, $"total {x[0] + x[1]:R}");
        Assert.Equal(8.0, x[0], 9);
    }

    [Fact]
    public void Step_ClosedAsymmetricExchange_TotalMassDriftVanishesAtSecondOrder()
    {
        // With unequal rates the scheme is not exactly conservative: the drift of the total is a
        // truncation error, and it must vanish at second order as the step halves.
        var system = Exchange(0.3, 1.2);
        var errors = new[] { 0.4, 0.2, 0.1 }.Select(h =>
        {
            var integrator = new ExponentialIntegrator(2);
            double[] x = [1.0, 9.0];
            var worst = 0.0;
            var steps = (int)Math.Round(10.0 / h);
            for (var n = 0; n < steps; n++)
            {
                integrator.Step(system, n * h, h, x);
                worst = Math.Max(worst, Math.Abs(x[0] + x[1] - 10.0));
            }
            return worst;
        }).ToArray();
        Assert.True(errors[2] <= 1e-3 * 10.0, $"largest drift of the total at h = 0.1: {errors[2]:E3}");
        AssertSecondOrder(errors, "asymmetric exchange, drift of the total");
    }

    // (f) the multistep (exponential Adams–Bashforth) path used in recovery -------------------------------

    private static double[] IntegrateMultistep(IProductionLossSystem system, double[] x0, double tEnd, double h)
    {
        var integrator = new ExponentialIntegrator(system.Dimension);
        var x = (double[])x0.Clone();
        var steps = (int)Math.Round(tEnd / h);
        for (var n = 0; n < steps; n++)
        {
            integrator.StepMultistep(system, n * h, h, x);
        }
        return x;
    }

    [Fact]
    public void StepMultistep_SinusoidalForcing_SecondOrderConvergence()
    {
        var system = new DelegateSystem(1, (t, _, a, b) => { a[0] = 1.0 + Math.Sin(t); b[0] = 1.0; });
        const double tEnd = 6.0;
        var exact = 1.0 + 0.5 * (Math.Sin(tEnd) - Math.Cos(tEnd)) + 1.5 * Math.Exp(-tEnd);
        var errors = new[] { 0.2, 0.1, 0.05 }.Select(h => Math.Abs(IntegrateMultistep(system, [2.0], tEnd, h)[0] - exact)).ToArray();
        AssertSecondOrder(errors, "multistep, dx/dt = 1 + sin t − x");
    }

    [Fact]
    public void StepMultistep_ChainWithTimeDependentProduction_SecondOrderThroughSystemPath()
    {
        // A → B → C with input 3 e^(−0.7 t) into A (loss rates 0.9, 0.4, 0.25), as in the midpoint test.
        double[] k = [0.9, 0.4, 0.25];
        var system = new DelegateSystem(3, (t, x, a, b) =>
        {
            a[0] = 3.0 * Math.Exp(-0.7 * t);
            a[1] = k[0] * x[0];
            a[2] = k[1] * x[1];
            b[0] = k[0];
            b[1] = k[1];
            b[2] = k[2];
        });
        const double tEnd = 8.0;
        var exact = 3.0 * ChainResponse(0.7, k, 3, tEnd);
        var errors = new[] { 0.2, 0.1, 0.05 }.Select(h => Math.Abs(IntegrateMultistep(system, [0.0, 0.0, 0.0], tEnd, h)[2] - exact)).ToArray();
        Assert.True(errors[2] <= 1e-3 * Math.Abs(exact), $"error {errors[2]:E3} at h = 0.05 against {exact:G6}");
        AssertSecondOrder(errors, "multistep, chain A→B→C");
    }

    [Fact]
    public void StepMultistep_StiffDecayAfterReset_StaysNonNegative()
    {
        // Rates that fall steeply would extrapolate below zero; the multistep keeps a and b non-negative.
        var system = new DelegateSystem(1, (t, _, a, b) => { a[0] = Math.Max(0.0, 5.0 - 4.0 * t); b[0] = 50.0; });
        var integrator = new ExponentialIntegrator(1);
        double[] x = [1.0];
        for (var n = 0; n < 40; n++)
        {
            if (n == 20)
            {
                integrator.Reset();
            }
            integrator.StepMultistep(system, n * 0.25, 0.25, x);
            Assert.True(x[0] >= 0.0 && double.IsFinite(x[0]), $"x = {x[0]} after step {n}");
        }
    }

    [Fact]
    public void StepMultistep_DenseOutput_SecondOrderAtTheInteriorPoint()
    {
        // Two-unit steps with the state at one unit filled in from the step's own rates: dx/dt = 1 + sin t − x.
        var system = new DelegateSystem(1, (t, _, a, b) => { a[0] = 1.0 + Math.Sin(t); b[0] = 1.0; });
        static double Exact(double t) => 1.0 + 0.5 * (Math.Sin(t) - Math.Cos(t)) + 1.5 * Math.Exp(-t);
        var errors = new[] { 0.2, 0.1, 0.05 }.Select(h =>
        {
            var integrator = new ExponentialIntegrator(1);
            double[] x = [2.0];
            double[] dense = [0.0];
            var steps = (int)Math.Round(6.0 / h);
            var worst = 0.0;
            for (var n = 0; n < steps; n++)
            {
                integrator.StepMultistep(system, n * h, h, x, 0.5 * h, dense);
                worst = Math.Max(worst, Math.Abs(dense[0] - Exact(n * h + 0.5 * h)));
            }
            return worst;
        }).ToArray();
        AssertSecondOrder(errors, "multistep dense output at the half step");
    }

    [Fact]
    public void DenseOutput_AfterAMultistep_SecondOrderAtEveryQuarter()
    {
        // Four-unit steps with the states at one, two and three quarters filled in from the step's own rates (the
        // simulator's four-minute recovery steps): dx/dt = 1 + sin t − x.
        var system = new DelegateSystem(1, (t, _, a, b) => { a[0] = 1.0 + Math.Sin(t); b[0] = 1.0; });
        static double Exact(double t) => 1.0 + 0.5 * (Math.Sin(t) - Math.Cos(t)) + 1.5 * Math.Exp(-t);
        var errors = new[] { 0.4, 0.2, 0.1 }.Select(h =>
        {
            var integrator = new ExponentialIntegrator(1);
            double[] x = [2.0];
            double[] dense = [0.0];
            var steps = (int)Math.Round(6.0 / h);
            var worst = 0.0;
            for (var n = 0; n < steps; n++)
            {
                integrator.StepMultistep(system, n * h, h, x);
                for (var q = 1; q < 4; q++)
                {
                    integrator.DenseOutput(0.25 * q * h, dense, null);
                    worst = Math.Max(worst, Math.Abs(dense[0] - Exact(n * h + 0.25 * q * h)));
                }
            }
            return worst;
        }).ToArray();
        AssertSecondOrder(errors, "dense output at the quarters of a multistep");
    }
}
