using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Surge.Adaptation;
using Surge.Catalogue;
using Surge.Quantities;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Adaptation;

/// <summary>Random valid programs never break the program simulator: finite numbers, positive sizes and 1RMs, one state per week.</summary>
public sealed class RandomProgramPropertyTests
{
    private static readonly Gen<Load> _load = RandomInputs.Loads(maxRepetitionMaximum: 30, maxTenthsKg: 2000);

    private static readonly Gen<SetPrescription> _set =
        from reps in Gen.Choose(1, 30)
        from load in _load
        from rest in Gen.Choose(30, 300)
        from rir in Gen.Frequency((2, Gen.Constant<double?>(null)), (3, Gen.Choose(0, 20).Select(r => (double?)(r / 2.0))))
        select new SetPrescription(reps, load, TimeSpan.FromSeconds(rest), new Effort(rir), null);

    private static readonly Gen<Bout> _bout =
        from exercise in Gen.Elements<Exercise>(ExerciseCatalogue.Default.All.AsEnumerable())
        from set in _set
        from count in Gen.Choose(1, 6)
        from side in Gen.Elements(Side.Both, Side.Left, Side.Right)
        from oneRm in Gen.Frequency((1, Gen.Constant<double?>(null)), (2, Gen.Choose(10, 3000).Select(kg => (double?)(kg / 10.0))))
        select new Bout(exercise, exercise.Name, side, oneRm, Enumerable.Repeat(set, count).ToArray(), null);

    private static readonly Gen<TrainingDay> _dayTemplate =
        from hour in Gen.Choose(6, 21)
        from bouts in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(_bout, n))
        select new TrainingDay(DayOfWeek.Monday, new TimeOnly(hour, 0), bouts);

    private static readonly Gen<ProgramBlock> _block =
        from weeks in Gen.Choose(1, 6)
        from days in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(_dayTemplate, n))
        select new ProgramBlock(weeks, days.Select((d, i) => d with { Day = (DayOfWeek)(1 + 2 * i) }).ToArray());

    private static readonly Gen<Athlete> _athlete =
        RandomInputs.Athletes(age: (18, 85), massTenthsKg: (450, 1500), fatPercent: (6, 45));

    private static readonly Gen<TrainingProgram> _program =
        from athlete in _athlete
        from protein in Gen.Choose(0, 50)
        from energy in Gen.Choose(-2000, 2000)
        from held in Gen.Frequency((3, Gen.Constant<double?>(null)), (1, Gen.Choose(1, 1500).Select(v => (double?)(v / 10.0))))
        from blocks in Gen.Choose(1, 3).SelectMany(n => Gen.ArrayOf(_block, n))
        select new TrainingProgram(athlete, new Nutrition(protein / 10.0, energy), blocks, held);

    [Property(MaxTest = 50, Replay = "(20260105,1729)")]
    public Property Simulate_RandomValidProgram_FiniteResultsAndPositiveSizes() =>
        Prop.ForAll(_program.ToArbitrary(), program =>
        {
            var result = ProgramSimulator.Default.Simulate(program);
            var where = Describe(program);

            Assert.Equal(program.Weeks, result.Weekly.Count);
            Assert.True(double.IsFinite(result.FatFreeMassChangeKg), $"FFM {result.FatFreeMassChangeKg} ({where})");
            Assert.True(double.IsFinite(result.RestingTestosteroneChangePct) && result.RestingTestosteroneChangePct > -100.0,
                $"resting T change {result.RestingTestosteroneChangePct} % ({where})");
            Assert.True(result.AcuteSurgeSharePct is >= 0.0 and <= 100.0, $"surge share {result.AcuteSurgeSharePct} % ({where})");
            foreach (var week in result.Weekly)
            {
                Assert.Equal(MuscleGroups.Count, week.Muscles.Count);
                foreach (var (group, m) in week.Muscles)
                {
                    foreach (var pct in new[] { m.SizeChangePct, m.LeftPct, m.RightPct })
                    {
                        if (!(double.IsFinite(pct) && pct > -100.0))
                        {
                            Assert.Fail($"week {week.Week} {group.Id()}: size change {pct} % ({where})");
                        }
                    }
                }
                foreach (var s in week.Strength)
                {
                    if (!(double.IsFinite(s.OneRmKg) && s.OneRmKg > 0.0 && double.IsFinite(s.OneRmChangePct)))
                    {
                        Assert.Fail($"week {week.Week} {s.Exercise}: 1RM {s.OneRmKg} kg ({s.OneRmChangePct} %) ({where})");
                    }
                }
                Assert.True(double.IsFinite(week.RestingTestosteroneNmolPerL) && week.RestingTestosteroneNmolPerL > 0.0,
                    $"week {week.Week}: resting T {week.RestingTestosteroneNmolPerL} ({where})");
                Assert.All(week.HardSets.Values, v => Assert.True(double.IsFinite(v) && v >= 0.0, $"week {week.Week}: hard sets {v} ({where})"));
            }
        });

    private static string Describe(TrainingProgram p) =>
        $"{p.Athlete}, {p.Nutrition}, held T {p.HeldTestosteroneNmolPerL}; "
        + string.Join(" | ", p.Blocks.Select(b => $"{b.Weeks} wk: " + string.Join("; ", b.Days.Select(d =>
            $"{d.Day} {d.Start}: " + string.Join(", ", d.Bouts.Select(x => $"{x.Exercise.Name} {x.Side} 1RM {x.OneRmKg} {x.Sets.Count}×{x.Sets[0].Reps}@{x.Sets[0].Load} rir {x.Sets[0].Effort.RepsInReserve}"))))));
}
