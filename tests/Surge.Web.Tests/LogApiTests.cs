namespace Surge.Web.Tests;

/// <summary>Uploading logs and reading them back: each user sees and deletes only their own athletes.</summary>
public sealed class LogApiTests : ServerTest
{
    [Fact]
    public async Task Upload_shows_the_import_summary_then_history_with_weekly_sets()
    {
        var ada = await Visitor.SignedInAsync(Factory, "ada@example.com");
        var summary = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        Assert.Equal(24, summary.GetProperty("workouts").GetInt32());
        Assert.Equal(390, summary.GetProperty("sets").GetInt32());
        Assert.Equal(24, summary.GetProperty("added").GetInt32());
        Assert.Equal("default", summary.GetProperty("athlete").GetProperty("name").GetString());
        var id = summary.GetProperty("athlete").GetProperty("id").GetInt64();

        var again = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        Assert.Equal(0, again.GetProperty("added").GetInt32());
        Assert.Equal(24, again.GetProperty("already_present").GetInt32());

        var athletes = await Visitor.JsonAsync(await ada.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        var only = Assert.Single(athletes.GetProperty("athletes").EnumerateArray());
        Assert.Equal(id, only.GetProperty("id").GetInt64());
        Assert.Equal(390, only.GetProperty("sets").GetInt32());
        Assert.Equal("2026-09-28", only.GetProperty("first").GetString());

        var history = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/history"), HttpStatusCode.OK);
        Assert.Equal(24, history.GetProperty("workouts").GetInt32());
        var weeks = history.GetProperty("weeks").EnumerateArray().ToArray();
        Assert.Equal(8, weeks.Length);
        Assert.True(weeks[0].GetProperty("hard_sets").GetProperty("quadriceps").GetDouble() > 0);
        Assert.Equal(24, history.GetProperty("sessions").GetArrayLength());
        Assert.True(history.GetProperty("projection").GetProperty("muscles").EnumerateObject().Any());
        Assert.Equal("default", history.GetProperty("athlete").GetProperty("name").GetString());
        Assert.Equal("male", history.GetProperty("athlete").GetProperty("sex").GetString());
        Assert.Equal("2026-11-21", history.GetProperty("readiness").GetProperty("date").GetString());
        Assert.True(history.GetProperty("readiness").GetProperty("muscles").EnumerateObject().Any());

        var byName = await Visitor.JsonAsync(await ada.Client.GetAsync("/api/history?athlete=default&from=2026-11-01"), HttpStatusCode.OK);
        Assert.True(byName.GetProperty("workouts").GetInt32() is > 0 and < 24);
    }

    [Fact]
    public async Task A_second_user_gets_404_on_the_first_users_data_and_cannot_delete_it()
    {
        var ada = await Visitor.SignedInAsync(Factory, "ada@example.com");
        var summary = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport, athlete: "Ada"), HttpStatusCode.OK);
        var id = summary.GetProperty("athlete").GetProperty("id").GetInt64();

        var bob = await Visitor.SignedInAsync(Factory, "bob@example.com");
        var list = await Visitor.JsonAsync(await bob.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("athletes").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync($"/api/athletes/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync($"/api/athletes/{id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync("/api/history?athlete=Ada")).StatusCode);
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/athletes/{id}");
        delete.Headers.Add(SurgeWebApp.AntiforgeryHeader, await bob.TokenAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.SendAsync(delete)).StatusCode);

        // Bob's own import of the same file is his alone and does not touch Ada's.
        var bobs = await Visitor.JsonAsync(await bob.ImportAsync(Api.StrongExport, athlete: "Ada"), HttpStatusCode.OK);
        Assert.Equal(24, bobs.GetProperty("added").GetInt32());
        // Numbered within his account: his athlete 1, as hers is her athlete 1, and they stay apart.
        Assert.Equal(id, bobs.GetProperty("athlete").GetProperty("id").GetInt64());
        Assert.Equal(1, id);

        var still = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}"), HttpStatusCode.OK);
        Assert.Equal(390, still.GetProperty("sets").GetInt32());
    }

    [Fact]
    public async Task The_owner_deletes_an_athlete_with_everything_stored_for_it()
    {
        var ada = await Visitor.SignedInAsync(Factory, "ada@example.com");
        var id = (await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport), HttpStatusCode.OK)).GetProperty("athlete").GetProperty("id").GetInt64();

        var withoutToken = await ada.Client.DeleteAsync($"/api/athletes/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/api/athletes/{id}");
        delete.Headers.Add(SurgeWebApp.AntiforgeryHeader, await ada.TokenAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await ada.Client.SendAsync(delete)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ada.Client.GetAsync($"/api/athletes/{id}")).StatusCode);

        // Importing again starts from nothing: every workout is new.
        var again = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        Assert.Equal(24, again.GetProperty("added").GetInt32());
    }

    [Fact]
    public async Task Closing_an_account_deletes_its_data_and_its_tokens_stop_working()
    {
        var ada = await Visitor.SignedInAsync(Factory, "ada@example.com");
        await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        var bob = await Visitor.SignedInAsync(Factory, "bob@example.com");
        await Visitor.JsonAsync(await bob.ImportAsync(Api.StrongExport), HttpStatusCode.OK);

        // An API client of Ada's with a bearer token.
        var login = await Visitor.JsonAsync(await Factory.CreateClient().PostAsync("/api/account/login", Api.Json("""{"email":"ada@example.com","password":"correct horse battery"}""")), HttpStatusCode.OK);
        var api = Factory.CreateClient(new() { HandleCookies = false });
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/athletes")).StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await ada.Client.DeleteAsync("/api/account")).StatusCode); // no antiforgery token
        var close = new HttpRequestMessage(HttpMethod.Delete, "/api/account");
        close.Headers.Add(SurgeWebApp.AntiforgeryHeader, await ada.TokenAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await ada.Client.SendAsync(close)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await ada.Client.GetAsync("/api/account")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ada.LoginAsync("ada@example.com")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/athletes")).StatusCode);
        var csv = await File.ReadAllTextAsync(Api.StrongExport);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.PostAsync("/api/import?format=strong&unit=kg", new StringContent(csv, Encoding.UTF8, "text/csv"))).StatusCode);

        var bobs = await Visitor.JsonAsync(await bob.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        Assert.Equal(390, Assert.Single(bobs.GetProperty("athletes").EnumerateArray()).GetProperty("sets").GetInt32());

        // The address can register again, and starts empty.
        var again = await Visitor.SignedInAsync(Factory, "ada@example.com");
        var none = await Visitor.JsonAsync(await again.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("athletes").GetArrayLength());
    }

    [Fact]
    public async Task Bad_uploads_are_400_problems_naming_the_field_or_line()
    {
        var ada = await Visitor.SignedInAsync(Factory, "ada@example.com");
        var noUnit = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport, unit: null), HttpStatusCode.BadRequest);
        Assert.Contains("unit", noUnit.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);

        var badFormat = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport, format: "fitbod"), HttpStatusCode.BadRequest);
        Assert.Equal("format", badFormat.GetProperty("field").GetString());

        var badUnit = await Visitor.JsonAsync(await ada.ImportAsync(Api.StrongExport, unit: "stone"), HttpStatusCode.BadRequest);
        Assert.Equal("unit", badUnit.GetProperty("field").GetString());

        var broken = Path.Combine(Path.GetTempPath(), $"surge-broken-{Guid.NewGuid():N}.csv");
        var lines = (await File.ReadAllLinesAsync(Api.StrongExport)).Take(6).ToList();
        lines[4] = string.Join(",", lines[4].Split(',').Select((cell, i) => i == 0 ? "not a date" : cell));
        await File.WriteAllLinesAsync(broken, lines);
        var notStrong = Path.Combine(Path.GetTempPath(), $"surge-not-strong-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(notStrong, "when,what,how much\n2026-01-01,squat,100\n");
        try
        {
            // A malformed row is skipped and reported with its line, as surge import does; the rest is imported.
            var skipped = await Visitor.JsonAsync(await ada.ImportAsync(broken), HttpStatusCode.OK);
            // Counted by kind; the first row of the kind is named with its line.
            var kind = Assert.Single(skipped.GetProperty("skipped").EnumerateObject());
            Assert.StartsWith("malformed: ", kind.Name, StringComparison.Ordinal);
            Assert.Contains("(line 5)", skipped.GetProperty("skipped_first").GetProperty(kind.Name).GetString(), StringComparison.Ordinal);

            var problem = await Visitor.JsonAsync(await ada.ImportAsync(notStrong, athlete: "other"), HttpStatusCode.BadRequest);
            Assert.Equal(1, problem.GetProperty("line").GetInt32());
            Assert.Contains(Path.GetFileName(notStrong), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
            File.Delete(notStrong);
        }

        var notCsv = await ada.Client.PostAsync("/api/import?format=strong", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notCsv.StatusCode);
        var athletes = await Visitor.JsonAsync(await ada.Client.GetAsync("/api/athletes"), HttpStatusCode.OK);
        Assert.Equal("default", Assert.Single(athletes.GetProperty("athletes").EnumerateArray()).GetProperty("name").GetString());

        var dates = await Visitor.JsonAsync(await ada.Client.GetAsync("/api/history?from=2026-13-01"), HttpStatusCode.BadRequest);
        Assert.Equal("from", dates.GetProperty("field").GetString());
    }
}
