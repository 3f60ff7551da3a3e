using System.Text.Json.Nodes;

namespace Surge.E2E.Tests;

/// <summary>
/// The pages take the model's data (muscle groups, defaults, the reps-to-%1RM relation) from <c>GET /api/model</c>:
/// they show what it answers, and when it does not answer they say so and can try again.
/// </summary>
public sealed class ModelDataTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    /// <summary>Every test ends with no console error and no uncaught exception in any page it opened.</summary>
    public void Dispose() => fixture.AssertNoPageErrors();

    [BrowserFact]
    public async Task The_program_page_lists_the_muscles_in_the_order_the_api_gives()
    {
        var page = await fixture.NewPageAsync();
        var reversed = MuscleGroups.AllIds.Reverse().ToArray();
        await page.RouteAsync("**/api/model", async route =>
        {
            var answer = await route.FetchAsync();
            var json = JsonNode.Parse(await answer.TextAsync())!;
            json["muscles"] = new JsonArray(reversed.Select(m => (JsonNode)JsonValue.Create(m)).ToArray());
            await route.FulfillAsync(new RouteFulfillOptions { Response = answer, Body = json.ToJsonString() });
        });
        await page.GotoAsync("/#/program");
        await page.Locator("[data-testid=program-page][data-state=idle]").WaitForAsync();
        var shown = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('[data-testid=muscle-table] tr[data-muscle]')].map(tr => tr.dataset.muscle)");
        Assert.Equal(reversed, shown);
    }

    [BrowserFact]
    public async Task Without_the_model_the_page_says_so_and_tries_again_on_request()
    {
        var page = await fixture.NewPageAsync();
        var problem = JsonSerializer.Serialize(new { title = "Service Unavailable", status = 503, detail = "the model is not available" });
        await page.RouteAsync("**/api/model", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 503,
            ContentType = "application/problem+json",
            Body = problem,
        }));
        await page.GotoAsync("/#/session");
        await page.GetByTestId("model-problem").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("session-page").CountAsync());

        await page.UnrouteAllAsync();
        await page.GetByTestId("model-retry").ClickAsync();
        await page.Locator("[data-testid=session-page][data-state=idle]").WaitForAsync();
        Assert.Equal(0, await page.GetByTestId("model-problem").CountAsync());
    }
}
