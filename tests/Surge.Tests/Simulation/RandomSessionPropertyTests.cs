using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Surge.Catalogue;
using Surge.Quantities;
using Surge.Simulation;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Simulation;

/// <summary>Random valid sessions never break the simulator: finite, non-negative series on the promised grid.</summary>
public sealed class RandomSessionPropertyTests
{
    private static readonly Gen<double?> _rir = Gen.Frequency(
        (2, Gen.Constant<double?>(null)),
        (3, Gen.Choose(0, 10).Select(r => (double?)(r / 2.0))));

    private static readonly Gen<Tempo?> _tempo = Gen.Frequency(
        (2, Gen.Constant<Tempo?>(null)),
        (3, from e in Gen.Choose(0, 60)
            from bp in Gen.Choose(0, 30)
            from c in Gen.Choose(0, 40)
            from tp in Gen.Choose(0, 30)
            select (Tempo?)new Tempo(e / 10.0, bp / 10.0, c / 10.0, tp / 10.0)));

    private static readonly Gen<Load> _load = RandomInputs.Loads(maxRepetitionMaximum: 40, maxTenthsKg: 3000);

    private static readonly Gen<SetPrescription> _set =
        from reps in Gen.Choose(1, 50)
        from load in _load
        from rest in Gen.Choose(0, 600)
        from rir in _rir
        from tempo in _tempo
        select new SetPrescription(reps, load, TimeSpan.FromSeconds(rest), new Effort(rir), tempo);

    private static readonly Gen<Bout> _bout =
        from exercise in Gen.Elements<Exercise>(ExerciseCatalogue.Default.All.AsEnumerable())
        from count in Gen.Choose(0, 40)
        from uniform in Gen.Elements(true, false)
        from sets in uniform ? _set.Select(s => Enumerable.Repeat(s, count).ToArray()) : Gen.ArrayOf(_set, count)
        from side in Gen.Elements(Side.Both, Side.Left, Side.Right)
        from oneRm in Gen.Frequency((1, Gen.Constant<double?>(null)), (2, Gen.Choose(10, 4000).Select(kg => (double?)(kg / 10.0))))
        from transition in Gen.Frequency((3, Gen.Constant<TimeSpan?>(null)), (1, Gen.Choose(0, 600).Select(s => (TimeSpan?)TimeSpan.FromSeconds(s))))
        select new Bout(exercise, exercise.Name, side, oneRm, sets, transition);

    private static readonly Gen<Athlete> _athlete =
        RandomInputs.Athletes(age: (18, 90), massTenthsKg: (400, 2000), fatPercent: (5, 50));

    private static readonly Gen<Session> _session =
        from athlete in _athlete
        from minuteOfDay in Gen.Choose(0, 24 * 60 - 1)
        from recordUntil in Gen.Choose(10, 600)
        from bouts in Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(_bout, n))
        select new Session(athlete, new DateTime(2026, 11, 20).AddMinutes(minuteOfDay), TimeSpan.FromMinutes(recordUntil), bouts);

    [Property(MaxTest = 200, Replay = "(20261120,4243)")]
    public Property Simulate_RandomValidSession_FiniteNonNegativeSeriesOnTheMinuteGrid() =>
        Prop.ForAll(_session.ToArbitrary(), session =>
        {
            var result = SessionSimulator.Default.Simulate(session);
            var expected = (int)Math.Floor(result.Session.EndMin + session.RecordUntil.TotalMinutes) + 1;
            Assert.Equal(expected, result.PointCount);
            Assert.Equal(Measures.All.Count, result.Measures.Count);
            foreach (var m in result.Measures)
            {
                Assert.Equal(expected, m.Values.Count);
                Assert.Equal(expected, m.NoExerciseValues.Count);
                for (var i = 0; i < expected; i++)
                {
                    if (!(double.IsFinite(m.Values[i]) && m.Values[i] >= 0.0))
                    {
                        Assert.Fail($"{m.Measure.Id()} at t = {i} min is {m.Values[i]} ({Describe(session)})");
                    }
                    if (!(double.IsFinite(m.NoExerciseValues[i]) && m.NoExerciseValues[i] >= 0.0))
                    {
                        Assert.Fail($"no-exercise {m.Measure.Id()} at t = {i} min is {m.NoExerciseValues[i]} ({Describe(session)})");
                    }
                }
            }
            var d = result.Diagnostics;
            if (!new[] { d.LowestPhosphocreatinePct, d.LactateProducedMmol, d.PeakSympatheticDrive, d.PeakHpaDrive, d.LowestPlasmaVolumeChangePct, d.DamageIndex, d.PeakTotalTestosteroneCorrectedChangePct }
                .All(double.IsFinite))
            {
                Assert.Fail($"non-finite diagnostics {d} ({Describe(session)})");
            }
            Assert.All(d.AndrogenReceptorSensitivity, v => Assert.True(double.IsFinite(v) && v > 0.0));
        });

    private static string Describe(Session s) =>
        $"{s.Athlete}, start {s.Start:HH:mm}, record {s.RecordUntil.TotalMinutes} min, "
        + string.Join("; ", s.Bouts.Select(b => $"{b.Exercise.Name} {b.Side} 1RM {b.OneRmKg} × {b.Sets.Count} [{string.Join(", ", b.Sets.Take(3).Select(x => $"{x.Reps}@{x.Load} rest {x.Rest.TotalSeconds}s rir {x.Effort.RepsInReserve} tempo {x.Tempo}"))}]"));
}
