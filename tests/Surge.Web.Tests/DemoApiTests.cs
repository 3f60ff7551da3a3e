namespace Surge.Web.Tests;

/// <summary><c>GET /api/history/demo</c>: the shipped example log analysed for anyone, as a signed-in user's import of it.</summary>
public sealed class DemoApiTests : ServerTest
{
    [Fact]
    public async Task Demo_without_an_account_is_the_history_of_the_shipped_log_as_an_import_of_it_shows()
    {
        var anonymous = Visitor.Of(Factory);
        var demo = await Visitor.JsonAsync(await anonymous.Client.GetAsync("/api/history/demo"), HttpStatusCode.OK);

        var ada = await Visitor.SignedInAsync(Factory, "ada@example.com");
        var summary = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        var id = summary.GetProperty("athlete").GetProperty("id").GetInt64();
        var imported = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/history"), HttpStatusCode.OK);

        foreach (var property in new[] { "workouts", "sets", "first", "last", "weeks", "sessions", "projection", "readiness", "warm_ups", "fitness_fatigue" })
        {
            Assert.Equal(imported.GetProperty(property).GetRawText(), demo.GetProperty(property).GetRawText());
        }
        Assert.Equal(24, demo.GetProperty("workouts").GetInt32());
        Assert.Equal("demo", demo.GetProperty("athlete").GetProperty("name").GetString());
        Assert.Equal("examples/strong-8-weeks.csv", demo.GetProperty("demo").GetProperty("file").GetString());
    }

    [Fact]
    public async Task Demo_log_is_the_file_in_examples_byte_for_byte_and_stores_nothing()
    {
        Assert.Equal(await File.ReadAllBytesAsync(Api.StrongExport), DemoApi.DemoLog());

        var anonymous = Visitor.Of(Factory);
        await Visitor.JsonAsync(await anonymous.Client.GetAsync("/api/history/demo"), HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.Client.GetAsync("/api/athletes")).StatusCode);
        var ada = await Visitor.SignedInAsync(Factory, "ada@example.com");
        var athletes = await Visitor.JsonAsync(await ada.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        Assert.Empty(athletes.GetProperty("athletes").EnumerateArray());
    }

    [Fact]
    public async Task History_answers_each_weeks_best_estimated_1rm_per_exercise_without_warm_ups()
    {
        // Week of 2026-09-28: 100 kg × 5 and 90 kg × 8; week of 2026-10-05: 105 kg × 5 and a warm-up of 140 kg × 1.
        const string csv = """
            Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE
            2026-09-28 06:00:00 pm,Legs,1h,Squat (Barbell),1,100.0,5.0,0,0,,,
            2026-09-28 06:00:00 pm,Legs,1h,Squat (Barbell),2,90.0,8.0,0,0,,,
            2026-10-06 06:00:00 pm,Legs,1h,Squat (Barbell),W,140.0,1.0,0,0,,,
            2026-10-06 06:00:00 pm,Legs,1h,Squat (Barbell),1,105.0,5.0,0,0,,,
            """;
        var folder = Directory.CreateTempSubdirectory("surge-e1rm-");
        try
        {
            var path = Path.Combine(folder.FullName, "squats.csv");
            await File.WriteAllTextAsync(path, csv);
            var ada = await Visitor.SignedInAsync(Factory, "ada@example.com");
            var id = (await Visitor.JsonAsync(await ada.ImportAsync(path), HttpStatusCode.OK)).GetProperty("athlete").GetProperty("id").GetInt64();

            var history = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/history"), HttpStatusCode.OK);

            var squat = Surge.Catalogue.ExerciseCatalogue.Default.Find("back squat")!;
            double E1rm(double kg, int reps) => Math.Round(Surge.Catalogue.LoadScale.OneRmFromSetKg(squat, kg, reps, 80)!.Value, 1);
            var weeks = history.GetProperty("e1rm_weekly").GetProperty(squat.Name).EnumerateArray().ToArray();
            Assert.Equal(["2026-09-28", "2026-10-05"], weeks.Select(w => w.GetProperty("week_start").GetString()));
            Assert.Equal(Math.Max(E1rm(100, 5), E1rm(90, 8)), weeks[0].GetProperty("e1rm_kg").GetDouble());
            Assert.Equal(E1rm(105, 5), weeks[1].GetProperty("e1rm_kg").GetDouble());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Demo_carries_the_weekly_estimated_1rm_of_the_shipped_log()
    {
        var demo = await Visitor.JsonAsync(await Visitor.Of(Factory).Client.GetAsync("/api/history/demo"), HttpStatusCode.OK);

        var lifts = demo.GetProperty("e1rm_weekly").EnumerateObject().ToArray();
        Assert.NotEmpty(lifts);
        Assert.Contains(lifts, l => l.Value.GetArrayLength() == 8);
        Assert.All(lifts.SelectMany(l => l.Value.EnumerateArray()), w => Assert.InRange(w.GetProperty("e1rm_kg").GetDouble(), 1, 500));
    }

    [Fact]
    public async Task Demo_carries_fitness_fatigue_and_form_for_every_day_of_the_shipped_log()
    {
        var demo = await Visitor.JsonAsync(await Visitor.Of(Factory).Client.GetAsync("/api/history/demo"), HttpStatusCode.OK);

        var series = demo.GetProperty("fitness_fatigue");
        Assert.Equal("hard sets/day", series.GetProperty("unit").GetString());
        var days = series.GetProperty("days").EnumerateArray().ToArray();
        var first = DateOnly.Parse(demo.GetProperty("first").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var last = DateOnly.Parse(demo.GetProperty("last").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(last.DayNumber - first.DayNumber + 2, days.Length);
        Assert.All(days, d =>
        {
            Assert.True(d.GetProperty("fitness").GetDouble() >= 0);
            Assert.True(d.GetProperty("fatigue").GetDouble() >= 0);
            Assert.Equal(d.GetProperty("fitness").GetDouble() - d.GetProperty("fatigue").GetDouble(), d.GetProperty("form").GetDouble(), 9);
        });
    }
}
