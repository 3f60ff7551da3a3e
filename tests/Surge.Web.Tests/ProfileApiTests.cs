namespace Surge.Web.Tests;

/// <summary><c>GET|PUT /api/athletes/{id}/profile</c> and <c>POST …/profile/reset-fit</c>: each user's athletes have their own stored profile, used by the history.</summary>
public sealed class ProfileApiTests : ServerTest
{
    private async Task<(Visitor Visitor, long Id)> SignedInWithALogAsync(string email)
    {
        var visitor = await Visitor.SignedInAsync(Factory, email);
        var summary = await Visitor.JsonAsync(await visitor.ImportAsync(Api.StrongExport), HttpStatusCode.OK);
        return (visitor, summary.GetProperty("athlete").GetProperty("id").GetInt64());
    }

    private static async Task<HttpResponseMessage> PutAsync(Visitor visitor, long id, string json, bool withToken = true)
    {
        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/athletes/{id}/profile")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (withToken)
        {
            put.Headers.Add(SurgeWebApp.AntiforgeryHeader, await visitor.TokenAsync());
        }
        return await visitor.Client.SendAsync(put);
    }

    [Fact]
    public async Task Put_stores_the_fields_given_keeps_the_others_and_the_history_uses_them()
    {
        var (ada, id) = await SignedInWithALogAsync("ada@example.com");
        var before = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/profile"), HttpStatusCode.OK);
        Assert.Equal("male", before.GetProperty("sex").GetString());
        var manHistory = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/history"), HttpStatusCode.OK);

        var set = await Visitor.JsonAsync(await PutAsync(ada, id, "{\"sex\": \"female\", \"age\": 60, \"body_mass\": \"150 lb\"}"), HttpStatusCode.OK);
        var kept = await Visitor.JsonAsync(await PutAsync(ada, id, "{\"resting_testosterone\": \"40 ng/dL\"}"), HttpStatusCode.OK);

        Assert.Equal("female", set.GetProperty("sex").GetString());
        Assert.Equal(150 * 0.45359237, set.GetProperty("body_mass_kg").GetDouble(), 6);
        Assert.Equal("female", kept.GetProperty("sex").GetString());
        Assert.Equal(60, kept.GetProperty("age").GetDouble());
        Assert.Equal(40 / 28.84, kept.GetProperty("resting_testosterone_nmol_per_l").GetDouble(), 9);
        var womanHistory = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/history"), HttpStatusCode.OK);
        Assert.Equal("female", womanHistory.GetProperty("athlete").GetProperty("sex").GetString());
        Assert.NotEqual(
            manHistory.GetProperty("sessions")[0].GetProperty("growth_hormone_peak").GetDouble(),
            womanHistory.GetProperty("sessions")[0].GetProperty("growth_hormone_peak").GetDouble());
    }

    private static async Task<HttpResponseMessage> ResetFitAsync(Visitor visitor, long id, bool withToken = true)
    {
        var post = new HttpRequestMessage(HttpMethod.Post, $"/api/athletes/{id}/profile/reset-fit");
        if (withToken)
        {
            post.Headers.Add(SurgeWebApp.AntiforgeryHeader, await visitor.TokenAsync());
        }
        return await visitor.Client.SendAsync(post);
    }

    // What `surge fit --db --store` leaves in the profile: a fitted strength responsiveness.
    private async Task StoreFittedResponsivenessAsync(string email, double factor)
    {
        string owner;
        using (var scope = Factory.Services.CreateScope())
        {
            owner = (await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync(email))!.Id;
        }
        using var store = SurgeStore.Open(Factory.DatabasePath, owner);
        var athlete = store.Athletes().Single().Name;
        store.SaveProfile(new Training.AthleteSettings(StrengthResponsiveness: factor), athlete);
    }

    [Fact]
    public async Task ResetFit_clears_the_fitted_responsiveness_keeps_the_other_fields_and_the_history_drops_it()
    {
        var (ada, id) = await SignedInWithALogAsync("ada@example.com");
        await Visitor.JsonAsync(await PutAsync(ada, id, "{\"age\": 41}"), HttpStatusCode.OK);
        await StoreFittedResponsivenessAsync("ada@example.com", 1.6);
        var fitted = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/history"), HttpStatusCode.OK);
        Assert.Equal(1.6, fitted.GetProperty("athlete").GetProperty("strength_responsiveness").GetDouble(), 9);

        var reset = await Visitor.JsonAsync(await ResetFitAsync(ada, id), HttpStatusCode.OK);

        Assert.False(reset.TryGetProperty("strength_responsiveness", out var left) && left.ValueKind == System.Text.Json.JsonValueKind.Number,
            $"still fitted: {reset}");
        Assert.Equal(41, reset.GetProperty("age").GetDouble());
        var history = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/history"), HttpStatusCode.OK);
        Assert.False(history.GetProperty("athlete").TryGetProperty("strength_responsiveness", out var after) && after.ValueKind == System.Text.Json.JsonValueKind.Number,
            $"the history still uses a fitted value: {history.GetProperty("athlete")}");
    }

    [Fact]
    public async Task ResetFit_touches_only_the_callers_athlete_an_unknown_one_is_404_and_without_the_antiforgery_token_is_refused()
    {
        var (ada, id) = await SignedInWithALogAsync("ada@example.com");
        await StoreFittedResponsivenessAsync("ada@example.com", 1.6);
        var (bob, bobsId) = await SignedInWithALogAsync("bob@example.com");

        // Athletes are numbered per owner: Bob's number is the same, and it names his own athlete, not Ada's.
        Assert.Equal(id, bobsId);
        Assert.Equal(HttpStatusCode.OK, (await ResetFitAsync(bob, bobsId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ResetFitAsync(bob, bobsId + 1)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ResetFitAsync(ada, id, withToken: false)).StatusCode);
        var profile = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/profile"), HttpStatusCode.OK);
        Assert.Equal(1.6, profile.GetProperty("strength_responsiveness").GetDouble(), 9);
    }

    [Theory]
    [InlineData("{\"age\": 12}", "age", "between 15 and 100 years")]
    [InlineData("{\"body_fat\": \"18 kg\"}", "body_fat", "unknown unit 'kg'")]
    [InlineData("{\"sex\": \"male\", \"height\": 180}", "height", "unknown field")]
    [InlineData("[1, 2]", "", "expected a JSON object")]
    public async Task Put_bad_values_answer_400_naming_the_field_and_store_nothing(string json, string field, string expected)
    {
        var (ada, id) = await SignedInWithALogAsync("ada@example.com");

        var problem = await Visitor.JsonAsync(await PutAsync(ada, id, json), HttpStatusCode.BadRequest);

        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(expected, problem.GetProperty("detail").GetString());
        var profile = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/profile"), HttpStatusCode.OK);
        Assert.Equal("male", profile.GetProperty("sex").GetString());
        Assert.Equal(25, profile.GetProperty("age").GetDouble());
    }

    [Fact]
    public async Task Another_users_athlete_is_404_and_a_put_without_the_antiforgery_token_is_refused()
    {
        var (ada, id) = await SignedInWithALogAsync("ada@example.com");
        var bob = await Visitor.SignedInAsync(Factory, "bob@example.com");

        Assert.Equal(HttpStatusCode.NotFound, (await bob.Client.GetAsync($"/api/athletes/{id}/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutAsync(bob, id, "{\"sex\": \"female\"}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PutAsync(ada, id, "{\"sex\": \"female\"}", withToken: false)).StatusCode);
        var profile = await Visitor.JsonAsync(await ada.Client.GetAsync($"/api/athletes/{id}/profile"), HttpStatusCode.OK);
        Assert.Equal("male", profile.GetProperty("sex").GetString());
    }
}
