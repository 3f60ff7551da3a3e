using Surge.Physiology;

namespace Surge.Tests.Physiology;

/// <summary>
/// The exact lactate propagator used after the last set (docs/model.md, section 4, "Recovery") against a fine
/// fourth-order Runge–Kutta integration of the same rates (<see cref="LactateKinetics.BloodRates"/>,
/// <see cref="LactateKinetics.PeripheralRates"/> and the muscles' exchange), for two groups of unequal mass.
/// </summary>
public sealed class LactateAtRestTests
{
    private static readonly LactateParameters _p = ModelParameters.Default.Group<LactateParameters>();

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(15.0)]
    public void MatchesAFineIntegrationOfTheRates(double h)
    {
        double[] mass = [9.0, 3.5];
        var kinetics = new LactateKinetics(_p, _p.Space * 80.0, mass.Sum());
        // Muscles well above the blood, the periphery still below it: the state just after a hard session.
        double[] start = [14.0, 6.0, 7.5, 2.0];
        var exact = Exact(kinetics, mass, start, h);
        var fine = RungeKutta(kinetics, mass, start, h, steps: 20_000);
        for (var i = 0; i < start.Length; i++)
        {
            Assert.True(Math.Abs(exact[i] - fine[i]) < 1e-6 * Math.Max(1.0, Math.Abs(fine[i])),
                $"variable {i} after {h} min: exact {exact[i]:0.000000} vs fine {fine[i]:0.000000} mmol");
        }
    }

    [Fact]
    public void LosesLactateOnlyByRemoval()
    {
        // Without removal the total amount in muscle, blood and periphery is conserved: the propagator only moves it.
        var noRemoval = _p with { RemovalRate = 0.0 };
        double[] mass = [9.0, 3.5];
        var space = noRemoval.Space * 80.0;
        var kinetics = new LactateKinetics(noRemoval, space, mass.Sum());
        double[] start = [14.0, 6.0, 7.5, 2.0];
        var after = Exact(kinetics, mass, start, 30.0);
        double Amount(double[] s) => mass[0] * s[0] + mass[1] * s[1] + noRemoval.CentralFraction * space * s[2] + (1 - noRemoval.CentralFraction) * space * s[3];
        Assert.Equal(Amount(start), Amount(after), 6);
    }

    /// <summary>State order: muscle 1, muscle 2 (mmol/kg), blood, periphery (mmol/L).</summary>
    private static double[] Exact(LactateKinetics kinetics, double[] mass, double[] s, double h)
    {
        var atRest = kinetics.AtRest();
        var meanBefore = (mass[0] * s[0] + mass[1] * s[1]) / mass.Sum();
        var mean = meanBefore;
        var blood = s[2];
        var peripheral = s[3];
        atRest.Advance(ref mean, ref blood, ref peripheral, h);
        var decay = atRest.GroupDepartureDecay(h);
        return [mean + (s[0] - meanBefore) * decay, mean + (s[1] - meanBefore) * decay, blood, peripheral];
    }

    private static double[] RungeKutta(LactateKinetics kinetics, double[] mass, double[] s, double h, int steps)
    {
        double[] Derivative(double[] y)
        {
            var k = kinetics.ExchangePerMin;
            kinetics.BloodRates(k * (mass[0] * y[0] + mass[1] * y[1]), y[3], out var bloodIn, out var bloodLoss);
            kinetics.PeripheralRates(y[2], out var peripheralIn, out var peripheralLoss);
            return [k * (y[2] - y[0]), k * (y[2] - y[1]), bloodIn - bloodLoss * y[2], peripheralIn - peripheralLoss * y[3]];
        }
        var y = (double[])s.Clone();
        var dt = h / steps;
        for (var n = 0; n < steps; n++)
        {
            var k1 = Derivative(y);
            var k2 = Derivative(y.Select((v, i) => v + 0.5 * dt * k1[i]).ToArray());
            var k3 = Derivative(y.Select((v, i) => v + 0.5 * dt * k2[i]).ToArray());
            var k4 = Derivative(y.Select((v, i) => v + dt * k3[i]).ToArray());
            for (var i = 0; i < y.Length; i++)
            {
                y[i] += dt / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
            }
        }
        return y;
    }
}
