namespace Surge.E2E.Tests;

/// <summary>
/// Signed out, no page logs an error (not even a failed request) to the console.
/// </summary>
public sealed partial class PagesTests
{
    /// <summary>Every console error and warning of the page from now on, failed requests included (the fixture lets those pass).</summary>
    private static List<string> ConsoleWarningsAndErrors(IPage page)
    {
        var seen = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (seen)
                {
                    seen.Add($"{page.Url}: console {message.Type}: {message.Text}");
                }
            }
        };
        return seen;
    }

    [BrowserFact]
    public async Task Signed_out_no_page_logs_anything_to_the_console_or_answers_an_error()
    {
        var page = await fixture.NewPageAsync();
        var seen = ConsoleWarningsAndErrors(page);
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                seen.Add($"{page.Url}: {response.Status} from {response.Url}");
            }
        };
        foreach (var route in _routes)
        {
            await page.GotoAsync($"/#/{route}");
            await ReadyAsync(page, route);
        }
        // And moving between the pages by the nav, as a visitor does.
        foreach (var route in _routes)
        {
            await Id(page, $"nav-{route}").ClickAsync();
            await ReadyAsync(page, route);
        }
        await page.WaitForTimeoutAsync(300);
        output.WriteLine($"signed out, four pages opened twice: {seen.Count} console errors or error answers");
        Assert.True(seen.Count == 0, string.Join("\n", seen));
        await Id(page, "nav-signin").WaitForAsync();
    }
}
