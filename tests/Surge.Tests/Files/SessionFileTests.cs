using System.Text;
using Surge.Files;
using Surge.Quantities;
using Surge.Tests.Support;
using Surge.Training;

namespace Surge.Tests.Files;

public sealed class SessionFileTests
{
    [Fact]
    public void Parse_ValidYaml_ReadsEveryField()
    {
        var result = SessionYaml.Valid().Parse();
        Assert.True(result.Success, result.Error?.ToString());
        Assert.Empty(result.Warnings);
        var session = result.Session!;
        Assert.Equal(new Athlete(Sex.Male, 30, 85, 0.14, TrainingStatus.Trained, 18), session.Athlete);
        Assert.Equal(new DateTime(2026, 11, 20, 17, 30, 0), session.Start);
        Assert.Equal(TimeSpan.FromMinutes(120), session.RecordUntil);
        Assert.Equal(2, session.Bouts.Count);
        Assert.Equal(6, session.SetCount);

        var squat = session.Bouts[0];
        Assert.Equal("back squat", squat.Exercise.Name);
        Assert.Equal("back squat", squat.NameAsWritten);
        Assert.Equal(Side.Both, squat.Side);
        Assert.Null(squat.OneRmKg);
        Assert.Null(squat.Transition);
        Assert.All(squat.Sets, s => Assert.Equal(
            new SetPrescription(10, Load.PercentOfOneRm(75), TimeSpan.FromSeconds(90), new Effort(2), new Tempo(3, 0, 1, 0)), s));

        var curl = session.Bouts[1];
        Assert.Equal("dumbbell curl", curl.Exercise.Name);
        Assert.Equal(Side.Left, curl.Side);
        Assert.Equal(20.0, curl.OneRmKg);
        Assert.Equal(new SetPrescription(12, Load.Absolute(Mass.FromKilograms(12)), TimeSpan.FromSeconds(60), new Effort(3), null), curl.Sets[0]);
        Assert.Equal(new SetPrescription(10, Load.Absolute(Mass.FromKilograms(14)), TimeSpan.FromMinutes(2), Effort.Failure, null), curl.Sets[1]);
    }

    [Fact]
    public void Parse_JsonDocument_GivesSameSessionAsYaml()
    {
        const string json = """
            {
            	"athlete": {"sex": "male", "age": 30, "body_mass": "85 kg", "body_fat": 14,
            	            "training_status": "trained", "resting_testosterone": "18 nmol/L"},
            	"start": "2026-11-20T17:30",
            	"record_until": 120,
            	"exercises": [
            		{"exercise": "back squat", "sets": 4, "reps": 10, "load": "75 %1RM", "rest": 90, "rir": 2, "tempo": "3-0-1-0"},
            		{"exercise": "dumbbell curl", "side": "left", "one_rm": "20 kg", "rest": "60 s",
            		 "sets": [{"reps": 12, "load": 12, "rir": 3}, {"reps": 10, "load": "14kg", "to_failure": true, "rest": "2 min"}]}
            	]
            }
            """;
        var fromJson = SessionYaml.ParseValid(json, "session.json");
        var fromYaml = SessionYaml.ParseValid(SessionYaml.Valid().ToString());
        Assert.Equal(fromYaml.Athlete, fromJson.Athlete);
        Assert.Equal(fromYaml.Start, fromJson.Start);
        Assert.Equal(fromYaml.RecordUntil, fromJson.RecordUntil);
        Assert.Equal(fromYaml.Bouts.Count, fromJson.Bouts.Count);
        for (var i = 0; i < fromYaml.Bouts.Count; i++)
        {
            Assert.Equal(fromYaml.Bouts[i].Sets, fromJson.Bouts[i].Sets);
            Assert.Equal(fromYaml.Bouts[i].Side, fromJson.Bouts[i].Side);
            Assert.Equal(fromYaml.Bouts[i].OneRmKg, fromJson.Bouts[i].OneRmKg);
        }
    }

    [Fact]
    public void Parse_MinimalSession_AppliesDefaults()
    {
        var session = SessionYaml.ParseValid("exercises:\n  - {exercise: leg press, sets: 2, reps: 12, load: 12RM}\n");
        Assert.Equal(Athlete.Default, session.Athlete);
        Assert.Equal(new DateTime(2026, 11, 20, 17, 0, 0), session.Start);
        Assert.Equal(TimeSpan.FromMinutes(180), session.RecordUntil);
        Assert.All(session.Bouts[0].Sets, s =>
        {
            Assert.Equal(SessionFile.DefaultRest, s.Rest);
            Assert.Equal(TimeSpan.FromSeconds(120), s.Rest);
            Assert.Equal(Effort.Estimated, s.Effort);
            Assert.Null(s.Tempo);
        });
    }

    [Fact]
    public void Parse_FemaleAthlete_GetsFemaleDefaults()
    {
        var session = SessionYaml.ParseValid("athlete: {sex: Female}\nexercises: []\n");
        Assert.Equal(Athlete.Create(Sex.Female), session.Athlete);
        Assert.Equal(62.0, session.Athlete.BodyMassKg);
        Assert.Equal(0.25, session.Athlete.BodyFatFraction);
    }

    [Theory]
    [InlineData("exercises: []")]
    [InlineData("exercises:")]
    [InlineData("start: 2026-11-20T17:30")]
    public void Parse_NoExercises_GivesRestControlSession(string text) =>
        Assert.Empty(SessionYaml.ParseValid(text).Bouts);

    [Theory]
    [InlineData("17:30", 2026, 11, 20, 17, 30)]
    [InlineData("7:05", 2026, 11, 20, 7, 5)]
    [InlineData("\"17:30\"", 2026, 11, 20, 17, 30)]
    [InlineData("2027-01-02T06:45", 2027, 1, 2, 6, 45)]
    [InlineData("2027-01-02T06:45:00", 2027, 1, 2, 6, 45)]
    [InlineData("2027-01-02 06:45", 2027, 1, 2, 6, 45)]
    [InlineData("2027-01-02", 2027, 1, 2, 17, 0)]
    public void Parse_StartForms_GiveLocalDateTime(string start, int year, int month, int day, int hour, int minute) =>
        Assert.Equal(new DateTime(year, month, day, hour, minute, 0), SessionYaml.ParseValid($"start: {start}\n").Start);

    [Fact]
    public void Parse_TimeOnlyStartWithoutDefaultDate_UsesToday()
    {
        var result = Surge.App.InputFiles.ParseSession("start: \"09:15\"\n", "s.yaml", TestCatalogue.Instance);
        Assert.True(result.Success);
        Assert.Equal(DateTime.Today.AddHours(9).AddMinutes(15), result.Session!.Start);
    }

    [Theory]
    [InlineData("3-0-1-0", 3, 0, 1, 0)]
    [InlineData("3010", 3, 0, 1, 0)]
    [InlineData("2-1-x-0", 2, 1, 0.5, 0)]
    [InlineData("20X1", 2, 0, 0.5, 1)]
    [InlineData("2.5-0-1-0.5", 2.5, 0, 1, 0.5)]
    public void Parse_TempoForms_GiveSecondsPerPhase(string tempo, double eccentric, double bottom, double concentric, double top)
    {
        var session = SessionYaml.ParseValid($"exercises:\n  - {{exercise: leg press, sets: 1, reps: 5, load: 5RM, tempo: {tempo}}}\n");
        Assert.Equal(new Tempo(eccentric, bottom, concentric, top), session.Bouts[0].Sets[0].Tempo);
    }

    [Theory]
    [InlineData("rir: 2", 2.0)]
    [InlineData("rir: 1.5", 1.5)]
    [InlineData("rpe: 8", 2.0)]
    [InlineData("rpe: 9.5", 0.5)]
    [InlineData("to_failure: true", 0.0)]
    [InlineData("to_failure: false", null)]
    public void Parse_EffortForms_GiveRepsInReserve(string effort, double? repsInReserve)
    {
        var session = SessionYaml.ParseValid($"exercises:\n  - {{exercise: leg press, sets: 1, reps: 5, load: 5RM, {effort}}}\n");
        Assert.Equal(new Effort(repsInReserve), session.Bouts[0].Sets[0].Effort);
    }

    [Fact]
    public void Parse_SetEffort_ReplacesExerciseEffort()
    {
        var session = SessionYaml.ParseValid("""
            exercises:
              - exercise: leg press
                rir: 3
                reps: 10
                load: 10RM
                sets:
                  - {}
                  - {rpe: 10}
                  - {to_failure: true, reps: 8}
            """);
        Assert.Equal([new Effort(3), new Effort(0), Effort.Failure], session.Bouts[0].Sets.Select(s => s.Effort));
        Assert.Equal([10, 10, 8], session.Bouts[0].Sets.Select(s => s.Reps));
    }

    [Fact]
    public void Parse_RpeWithOddDecimals_WarnsWithLocation()
    {
        var result = SessionYaml.Parse("exercises:\n  - {exercise: leg press, sets: 1, reps: 5, load: 5RM, rpe: 8.3}\n");
        Assert.True(result.Success);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("session.yaml:2:61: exercises[0].rpe: RPE is given in whole or half points; '8.3' is used as written", warning.ToString());
    }

    [Fact]
    public void Parse_Transitions_SessionDefaultAndExerciseOverride()
    {
        var session = SessionYaml.ParseValid("""
            transition: 3 min
            exercises:
              - {exercise: leg press, sets: 1, reps: 5, load: 5RM}
              - {exercise: leg extension, sets: 1, reps: 5, load: 5RM, transition: 30}
            """);
        Assert.Equal(TimeSpan.FromMinutes(3), session.Bouts[0].Transition);
        Assert.Equal(TimeSpan.FromSeconds(30), session.Bouts[1].Transition);
    }

    [Fact]
    public void Parse_AthleteQuantities_ConvertUnits()
    {
        var session = SessionYaml.ParseValid("athlete: {body_mass: 176.37 lb, resting_testosterone: 600 ng/dL, age: 40 years, training_status: ELITE}\n");
        Assert.Equal(80.0, session.Athlete.BodyMassKg, 2);
        Assert.Equal(600 / 28.84, session.Athlete.MorningTestosteroneNmolPerL!.Value, 9);
        Assert.Equal(40.0, session.Athlete.AgeYears);
        Assert.Equal(TrainingStatus.Elite, session.Athlete.TrainingStatus);
    }

    [Fact]
    public void Parse_NameAsWritten_KeptForOutput()
    {
        var session = SessionYaml.ParseValid("exercises:\n  - {exercise: Leg Press (Machine), sets: 1, reps: 5, load: 5RM, side: RIGHT}\n");
        Assert.Equal("Leg Press (Machine)", session.Bouts[0].NameAsWritten);
        Assert.Equal("leg press", session.Bouts[0].Exercise.Name);
        Assert.Equal(Side.Right, session.Bouts[0].Side);
    }

    [Fact]
    public void Parse_AnchorsAndAliases_AreResolved()
    {
        var session = SessionYaml.ParseValid("""
            exercises:
              - &squat {exercise: back squat, sets: 2, reps: 5, load: 5RM}
              - *squat
            """);
        Assert.Equal(4, session.SetCount);
    }

    [Fact]
    public void Parse_ByteOrderMarkAndCrLf_AreAccepted()
    {
        var session = SessionYaml.ParseValid("\uFEFFstart: 2026-11-20T08:00\r\nexercises:\r\n  - {exercise: leg press, sets: 1, reps: 5, load: 5RM}\r\n");
        Assert.Single(session.Bouts);
    }

    [Fact]
    public void Parse_ExactlyMaximumSets_IsAccepted()
    {
        var text = SessionYaml.Exercises()
            .Exercise("leg press", sets: 600)
            .Exercise("leg extension", sets: Session.MaximumSets - 600)
            .ToString();
        Assert.Equal(Session.MaximumSets, SessionYaml.ParseValid(text).SetCount);
    }

    [Fact]
    public void Parse_SameText_GivesEqualResults()
    {
        var first = SessionYaml.Valid().Parse().Session!;
        var second = SessionYaml.Valid().Parse().Session!;
        Assert.Equal(first.Athlete, second.Athlete);
        Assert.Equal(first.Bouts.SelectMany(b => b.Sets), second.Bouts.SelectMany(b => b.Sets));
    }

    [Fact]
    public void InputError_ToString_RendersKnownParts()
    {
        Assert.Equal("a.yaml:3:7: exercises[0].reps: bad", new InputError("a.yaml", 3, 7, "exercises[0].reps", "bad").ToString());
        Assert.Equal("a.yaml:3: bad", new InputError("a.yaml", 3, null, "", "bad").ToString());
        Assert.Equal("a.yaml: x: bad", new InputError("a.yaml", null, null, "x", "bad").ToString());
    }

    [Fact]
    public void Parse_Utf8Text_ReadsNonAsciiNames()
    {
        var text = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes("# Beinpresse – Übung\nexercises:\n  - {exercise: leg press, sets: 1, reps: 5, load: 5RM}\n"));
        Assert.Single(SessionYaml.ParseValid(text).Bouts);
    }
}
