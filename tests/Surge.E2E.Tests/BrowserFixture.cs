using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Surge.Web;

namespace Surge.E2E.Tests;

/// <summary>Debian's Chromium, where the suite looks for it; CI installs it (apt-get install chromium).</summary>
public static class Chromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool Installed => File.Exists(Path);

    /// <summary>On CI a missing browser is a failure, not a skip.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A browser test: skipped with the reason when Chromium is not installed, except on CI, where it must run.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Chromium.Installed && !Chromium.Required)
        {
            Skip = $"no browser at {Chromium.Path}: install Debian's chromium (apt-get install -y chromium) to run the end-to-end suite";
        }
    }
}

/// <summary>The web app on a real loopback port with its own database, and one headless Chromium for the suite.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("surge-e2e-").FullName;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The server's SQLite database (to set up what no page writes, such as a fitted profile).</summary>
    public string DatabasePath => System.IO.Path.Combine(_folder, "surge.db");

    /// <summary>The server's services (the user store, to find an account's id).</summary>
    public IServiceProvider Services => _factory!.Services;

    /// <summary>The repository's root (the folder holding Surge.slnx).</summary>
    public static string Repository
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(folder.FullName, "Surge.slnx")))
                {
                    return folder.FullName;
                }
            }
            throw new InvalidOperationException("cannot find Surge.slnx above " + AppContext.BaseDirectory);
        }
    }

    public async Task InitializeAsync()
    {
        if (!Chromium.Installed && !Chromium.Required)
        {
            return;
        }
        var pages = System.IO.Path.Combine(Repository, "src", "Surge.Web", "wwwroot");
        if (!File.Exists(System.IO.Path.Combine(pages, "index.html")))
        {
            throw new InvalidOperationException($"the front end is not built ({pages}/index.html missing): build src/Surge.Web with npm on the PATH, or run npm ci && npm run build in src/Surge.Web/client");
        }
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting(SurgeWebApp.DatabaseKey, System.IO.Path.Combine(_folder, "surge.db"));
            builder.UseSetting(SurgeWebApp.WebRootKey, pages);
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>Console errors and uncaught exceptions of every page (a blocked script or style shows up here).</summary>
    public List<string> PageErrors { get; } = [];

    /// <summary>Asserts that no page has logged a console error or thrown an uncaught exception since the last call (and forgets them).</summary>
    public void AssertNoPageErrors()
    {
        lock (PageErrors)
        {
            var errors = PageErrors.ToArray();
            PageErrors.Clear();
            Assert.True(errors.Length == 0, "errors in the browser:\n" + string.Join("\n", errors));
        }
    }

    /// <summary>A fresh browser context (its own cookies: one visitor) with a page at a laptop's size (or the size given).</summary>
    public async Task<IPage> NewPageAsync(int width = 1440, int height = 1000)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            // A refused sign-in or a 4xx the page shows as a problem is logged by the browser as a failed resource: expected.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                lock (PageErrors)
                {
                    PageErrors.Add($"{page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (PageErrors)
            {
                PageErrors.Add($"{page.Url}: uncaught {error}");
            }
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file cleanup.
        }
    }
}
