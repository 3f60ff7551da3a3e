namespace Surge.E2E.Tests;

/// <summary>
/// The pages on a phone (390 px) and on a projector at 200 % zoom (640–960 px): no horizontal scrolling, the top bar
/// whole, a chart in view beside or above the control being changed.
/// </summary>
public sealed partial class PagesTests
{

    private static readonly string[] _routes = ["session", "program", "trial", "history", "validation"];

    private static Task ReadyAsync(IPage page, string route) => route switch
    {
        "session" => IdleAsync(page, "session-page"),
        "program" => IdleAsync(page, "program-page"),
        "validation" => IdleAsync(page, "validation-page"),
        "trial" => page.Locator("[data-testid=trial-limits]:has-text('subjects per arm')").WaitForAsync(),
        _ => page.Locator("[data-testid=signin-form], [data-testid=upload-form]").First.WaitForAsync(),
    };

    private sealed record Widths(int ScrollWidth, int InnerWidth, double ValidationRight, double AccountRight);

    private static async Task<Widths> WidthsAsync(IPage page)
    {
        var json = await page.EvaluateAsync<JsonElement>(@"() => {
            const right = (id) => document.querySelector(`[data-testid=${id}]`)?.getBoundingClientRect().right ?? -1;
            return { scroll: document.documentElement.scrollWidth, inner: window.innerWidth,
                     validation: right('nav-validation'), account: right('account') };
        }");
        return new Widths(json.GetProperty("scroll").GetInt32(), json.GetProperty("inner").GetInt32(),
            json.GetProperty("validation").GetDouble(), json.GetProperty("account").GetDouble());
    }

    [BrowserFact]
    public async Task Every_page_fits_a_390px_phone_without_horizontal_scrolling()
    {
        var page = await fixture.NewPageAsync(390, 844);
        var failures = new List<string>();
        foreach (var route in _routes)
        {
            await page.GotoAsync($"/#/{route}");
            await ReadyAsync(page, route);
            await page.WaitForTimeoutAsync(150); // the charts fit their holders on the next animation frame
            var w = await WidthsAsync(page);
            output.WriteLine($"{route} at 390 px: scrollWidth {w.ScrollWidth}, innerWidth {w.InnerWidth}; 'Validation' ends at {w.ValidationRight:0}, the account area at {w.AccountRight:0}");
            if (w.ScrollWidth > w.InnerWidth)
            {
                failures.Add($"{route}: scrollWidth {w.ScrollWidth} > innerWidth {w.InnerWidth}");
            }
            if (w.ValidationRight > w.InnerWidth || w.AccountRight > w.InnerWidth)
            {
                failures.Add($"{route}: the top bar is cut off ('Validation' ends at {w.ValidationRight:0}, 'Sign in' at {w.AccountRight:0} of {w.InnerWidth})");
            }
            // The phone shots show the editor under the charts it drives (the strip of charts stays at the top).
            var editor = route switch { "session" => "row-0", "program" => "program-weeks", _ => null };
            if (editor is not null)
            {
                await Id(page, editor).EvaluateAsync("el => el.scrollIntoView({ block: 'start' })");
            }
            await ScreenshotAsync(page, route == "history" ? "web-history-signed-out-phone.png" : $"web-{route}-phone.png");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// How much of the element is inside the viewport (px of height), and whether its centre is uncovered (the topmost
    /// element there is inside <paramref name="owner"/>, by default the element itself). With several matches, the one
    /// most in view.
    /// </summary>
    private static async Task<(double Visible, bool OnTop)> InViewAsync(IPage page, string selector, string? owner = null)
    {
        var json = await page.EvaluateAsync<JsonElement>(@"([selector, owner]) => {
            let best = { visible: 0, onTop: false };
            for (const el of document.querySelectorAll(selector)) {
                const r = el.getBoundingClientRect();
                const visible = Math.max(0, Math.min(r.bottom, window.innerHeight) - Math.max(r.top, 0));
                if (visible <= 0) continue;
                const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
                const y = (Math.max(r.top, 0) + Math.min(r.bottom, window.innerHeight)) / 2;
                const hit = document.elementFromPoint(x, y);
                const box = owner ? el.closest(owner) : el;
                const onTop = Boolean(hit && box && (hit === box || box.contains(hit)));
                if (onTop && !best.onTop || onTop === best.onTop && visible > best.visible) best = { visible, onTop };
            }
            return best;
        }", new[] { selector, owner ?? "" });
        return (json.GetProperty("visible").GetDouble(), json.GetProperty("onTop").GetBoolean());
    }

    [BrowserFact]
    public async Task On_a_projector_or_a_narrow_window_a_chart_is_in_view_with_the_control_being_changed()
    {
        var failures = new List<string>();
        foreach (var (width, height) in new[] { (640, 720), (960, 540), (390, 844) })
        {
            var page = await fixture.NewPageAsync(width, height);
            await page.GotoAsync("/#/session");
            await IdleAsync(page, "session-page");
            // The last row of the leg day: the control furthest down the editor.
            var rows = int.Parse(await Id(page, "exercise-rows").GetAttributeAsync("data-count") ?? "0", CultureInfo.InvariantCulture);
            var input = $"rest-input-{rows - 1}";
            await Id(page, input).FillAsync("200");
            await IdleAsync(page, "session-page");
            var control = await InViewAsync(page, $"[data-testid={input}]");
            var chart = await InViewAsync(page, "[data-testid^=chart-] canvas", "[data-testid^=chart-]");
            output.WriteLine($"session at {width}x{height}: {input} {control.Visible:0} px in view (uncovered: {control.OnTop}); a chart {chart.Visible:0} px in view (uncovered: {chart.OnTop})");
            if (!control.OnTop || chart.Visible < 80 || !chart.OnTop)
            {
                failures.Add($"session at {width}x{height}: control {control.Visible:0} px (uncovered {control.OnTop}), chart {chart.Visible:0} px (uncovered {chart.OnTop})");
            }

            await page.GotoAsync("/#/program");
            await IdleAsync(page, "program-page");
            await Id(page, "program-weeks").FillAsync("20");
            await IdleAsync(page, "program-page");
            control = await InViewAsync(page, "[data-testid=program-weeks]");
            chart = await InViewAsync(page, "[data-testid^=chart-] canvas", "[data-testid^=chart-]");
            output.WriteLine($"program at {width}x{height}: weeks {control.Visible:0} px in view (uncovered: {control.OnTop}); a chart {chart.Visible:0} px in view (uncovered: {chart.OnTop})");
            if (!control.OnTop || chart.Visible < 80 || !chart.OnTop)
            {
                failures.Add($"program at {width}x{height}: control {control.Visible:0} px (uncovered {control.OnTop}), chart {chart.Visible:0} px (uncovered {chart.OnTop})");
            }
            await page.Context.CloseAsync();
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
