namespace Surge.E2E.Tests;

/// <summary>
/// The athlete profile on the History page in headless Chromium: the form shows the stored profile, saving it
/// (PUT /api/athletes/{id}/profile) redraws the predictions with it, a reload shows what was stored, and the
/// readiness per muscle is shown.
/// </summary>
public sealed class ProfilePageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IDisposable
{
    private static readonly string _export = Path.Combine(AppContext.BaseDirectory, "examples", "strong-8-weeks.csv");

    /// <summary>Every test ends with no console error and no uncaught exception in any page it opened.</summary>
    public void Dispose() => fixture.AssertNoPageErrors();

    /// <summary>A new page on the History page: signed up as <paramref name="email"/>, the example export uploaded (kg), the profile form shown.</summary>
    private async Task<IPage> SignedUpWithTheExportAsync(string email)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/#/history");
        await page.GetByTestId("register-email").FillAsync(email);
        await page.GetByTestId("register-password").FillAsync("correct horse battery");
        await page.GetByTestId("register-submit").ClickAsync();
        await page.GetByTestId("upload-file").SetInputFilesAsync(_export);
        await page.GetByTestId("upload-unit").SelectOptionAsync("kg");
        await page.GetByTestId("upload-submit").ClickAsync();
        await page.Locator("[data-testid=profile-form][data-state=idle]").WaitForAsync();
        return page;
    }

    private static Task<string> FirstGrowthHormonePeakAsync(IPage page) =>
        page.GetByTestId("history-sessions").Locator("tbody tr").First.Locator("td").Nth(4).InnerTextAsync();

    [BrowserFact]
    public async Task A_fitted_responsiveness_is_shown_and_reset_from_the_profile()
    {
        var page = await SignedUpWithTheExportAsync("fitted@example.com");
        Assert.False(await page.GetByTestId("profile-reset-fit").IsVisibleAsync());

        // What `surge fit --db --store` would have stored for this account's athlete.
        string owner;
        using (var scope = fixture.Services.CreateScope())
        {
            owner = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>()
                .FindByEmailAsync("fitted@example.com"))!.Id;
        }
        using (var store = Surge.Storage.SurgeStore.Open(fixture.DatabasePath, owner))
        {
            store.SaveProfile(new Surge.Training.AthleteSettings(StrengthResponsiveness: 1.4, GrowthHormoneResponse: 1.5), store.Athletes().Single().Name);
        }
        await page.ReloadAsync();
        await page.Locator("[data-testid=profile-form][data-state=idle]").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("profile-fitted")).ToContainTextAsync("1.4");
        await Assertions.Expect(page.GetByTestId("profile-fitted")).ToContainTextAsync("GH × 1.5");
        await Assertions.Expect(page.GetByTestId("history-athlete")).ToContainTextAsync("strength responsiveness");

        await page.GetByTestId("profile-reset-fit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("profile-status")).ToHaveTextAsync("fitted values cleared; predictions updated");
        await Assertions.Expect(page.GetByTestId("profile-reset-fit")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("history-athlete")).Not.ToContainTextAsync("strength responsiveness");
    }

    [BrowserFact]
    public async Task Saving_the_profile_redraws_the_predictions_and_survives_a_reload()
    {
        var page = await SignedUpWithTheExportAsync("profile@example.com");
        await page.GetByTestId("history-sessions").WaitForAsync();
        Assert.Equal("male", await page.GetByTestId("profile-sex").InputValueAsync());
        Assert.True(await page.GetByTestId("readiness").Locator("tbody tr").CountAsync() > 2);
        Assert.Contains("%", await page.GetByTestId("readiness").Locator("td").First.InnerTextAsync(), StringComparison.Ordinal);
        var manPeak = await FirstGrowthHormonePeakAsync(page);

        await page.GetByTestId("profile-sex").SelectOptionAsync("female");
        await page.GetByTestId("profile-age").FillAsync("60");
        await page.GetByTestId("profile-mass").FillAsync("61");
        await page.GetByTestId("profile-testosterone").FillAsync("1.2");
        await page.GetByTestId("profile-save").ClickAsync();

        await Assertions.Expect(page.GetByTestId("profile-status")).ToHaveTextAsync("saved; predictions updated");
        await Assertions.Expect(page.GetByTestId("history-athlete")).ToContainTextAsync("female, 60 years, 61 kg");
        Assert.NotEqual(manPeak, await FirstGrowthHormonePeakAsync(page));

        await page.ReloadAsync();
        await page.Locator("[data-testid=profile-form][data-state=idle]").WaitForAsync();
        Assert.Equal("female", await page.GetByTestId("profile-sex").InputValueAsync());
        Assert.Equal("60", await page.GetByTestId("profile-age").InputValueAsync());
        Assert.Equal("1.2", await page.GetByTestId("profile-testosterone").InputValueAsync());
    }

    [BrowserFact]
    public async Task An_out_of_range_age_is_refused_in_the_page_without_a_request()
    {
        var page = await SignedUpWithTheExportAsync("range@example.com");
        var puts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "PUT")
            {
                puts++;
            }
        };

        await page.GetByTestId("profile-age").FillAsync("12");
        await page.GetByTestId("profile-save").ClickAsync();
        await page.WaitForTimeoutAsync(300);

        Assert.Equal(0, puts);
        Assert.False(await page.GetByTestId("profile-age").EvaluateAsync<bool>("e => e.validity.valid"));
    }
}
